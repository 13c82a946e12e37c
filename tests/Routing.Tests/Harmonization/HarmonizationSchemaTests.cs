using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Harmonization;

/// <summary>The catalogue and the split output against their JSON Schemas in schemas/harmonization.</summary>
public sealed class HarmonizationSchemaTests
{
    private static string SchemaPath(string name) => Path.Combine(SharedData.RepositoryRoot, "schemas", "harmonization", name);

    // JsonSchema.Net registers every schema by its $id, once per process.
    private static readonly Lazy<JsonSchema> s_agencies = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath("agencies.schema.json"))));
    private static readonly Lazy<JsonSchema> s_split = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath("split.schema.json"))));

    private static EvaluationResults Evaluate(string schemaName, JsonNode instance)
    {
        var schema = schemaName == "agencies.schema.json" ? s_agencies.Value : s_split.Value;
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values)));

    [Test]
    public void AgenciesJson_isValidAgainstItsSchema()
    {
        var results = Evaluate("agencies.schema.json", JsonNode.Parse(File.ReadAllText(SchemaPath(AgencyCatalogue.FileName)))!);

        Assert.That(results.IsValid, Is.True, Errors(results));
    }

    [Test]
    public void AgenciesSchema_rejectsAMisspelledCriterion()
    {
        var catalogue = JsonNode.Parse(File.ReadAllText(SchemaPath(AgencyCatalogue.FileName)))!;
        catalogue["agencies"]![1]!["concernedBy"]![0]!["hscodes"] = new JsonArray("06");

        Assert.That(Evaluate("agencies.schema.json", catalogue).IsValid, Is.False);
    }

    [TestCase("import-mixed.json")]
    [TestCase("cargo-report.json")]
    [TestCase("permit-decision.json")]
    [TestCase("permit-application.json")]
    [TestCase("passenger-list.json")]
    public void Split_ownFixture_isValidAgainstTheSplitSchema_asWholeAndAsEachDelivery(string fixture)
    {
        var splitter = new DocumentSplitter(AgencyCatalogue.LoadDefault());
        var split = splitter.Split(CanonicalJson.Read(Fixture.Bytes("harmonization/" + fixture)).Value!, "0194f9b2-0000-7000-8000-000000000001");

        var whole = Evaluate("split.schema.json", split.ToJson());
        Assert.That(whole.IsValid, Is.True, Errors(whole));
        foreach (var package in split.Packages)
        {
            var delivery = Evaluate("split.schema.json", split.DeliveryFor(package));
            Assert.That(delivery.IsValid, Is.True, package.Agency.Id + ": " + Errors(delivery));
        }
    }

    [Test]
    public void SplitSchema_rejectsAnAgencyEntryWithoutReasons()
    {
        var splitter = new DocumentSplitter(AgencyCatalogue.LoadDefault());
        var split = splitter.Split(CanonicalJson.Read(Fixture.Bytes("harmonization/import-mixed.json")).Value!).ToJson();
        split["agencies"]!["radio"]!.AsObject().Remove("reasons");

        Assert.That(Evaluate("split.schema.json", split).IsValid, Is.False);
    }
}
