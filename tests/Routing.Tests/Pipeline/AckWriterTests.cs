using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Schema;
using Json.Schema;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

/// <summary>The negative acknowledgements for XML and JSON are canonical responses, valid against our own schemas.</summary>
public sealed class AckWriterTests
{
    private static readonly Lazy<XmlSchemaSet> s_wcoSubset = new(() => WcoXmlSchemas.LoadSubset(Path.Combine(SharedData.RepositoryRoot, "schemas", "wco")));

    private static readonly Lazy<JsonSchema> s_responseSchema = new(() => JsonSchema.FromFile(
        Path.Combine(SharedData.RepositoryRoot, "schemas", "canonical", "response.schema.json"),
        new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true) }));

    [Test]
    public async Task WriteRejection_notWellFormedCdsDeclaration_isAWcoResponseValidAgainstOurSchema()
    {
        using var harness = new PipelineHarness();
        var path = SharedData.PathOf("samples/wco/declarations/TT_EX002a__TT_EX002a.xml");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var completion = await harness.RouteAsync(await File.ReadAllBytesAsync(path!));

        var ack = completion!.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.WcoResponse));
        var xml = Encoding.UTF8.GetString(ack.Content.Span);
        Assert.That(Validate(xml), Is.Empty);
        var response = (Response)WcoXmlReader.Read(new MemoryStream(ack.Content.ToArray())).Value!;
        Assert.That(response.FunctionCode, Is.EqualTo("03"));
        Assert.That(response.FunctionalReferenceId, Is.EqualTo(completion.MessageId.ToString("N")));
        var error = response.Errors.Single();
        Assert.That(error.Code, Is.EqualTo(WcoXmlDiagnosticIds.NotWellFormed));
        Assert.That(error.Description, Does.Contain("at /MetaData/Declaration"));
    }

    [Test]
    public async Task WriteRejection_findingQuotingAControlCharacter_isWrittenWithTheCharacterNamed()
    {
        // The XML parser's message names the byte it stopped at (here U+0018, which no XML document can carry).
        using var harness = new PipelineHarness();
        var path = SharedData.PathOf("samples/wco/declarations/TT_IM005a__TT_IM005a.xml");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");
        var text = await File.ReadAllTextAsync(path!);
        var at = text.IndexOf("<Declaration", StringComparison.Ordinal);
        var damaged = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), "\u0018", text.AsSpan(at)));

        var completion = await harness.RouteAsync(damaged);

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        var ack = completion.Acks.Single();
        Assert.That(Validate(Encoding.UTF8.GetString(ack.Content.Span)), Is.Empty);
        var error = ((Response)WcoXmlReader.Read(new MemoryStream(ack.Content.ToArray())).Value!).Errors.Single();
        Assert.That(error.Code, Is.EqualTo(WcoXmlDiagnosticIds.NotWellFormed));
        Assert.That(error.Description, Does.Contain("U+0018"));
        Assert.That(error.Description!.Contains('\u0018', StringComparison.Ordinal), Is.False);
    }

    [Test]
    public async Task WriteRejection_longFindingText_staysWithinTheSchemasLimits()
    {
        var finding = new string('x', 2_000);
        using var harness = new PipelineHarness(extraStage: new RejectingStage(new Routing.Pipeline.PipelineFinding("GTW9999", "/MetaData/" + new string('a', 100), finding)));

        var completion = await harness.RouteAsync("<md:MetaData xmlns:md=\"urn:wco:datamodel:WCO:DocumentMetaData-DMS:2\"/>"u8.ToArray(), contentType: "application/xml");

        Assert.That(Validate(Encoding.UTF8.GetString(completion!.Acks.Single().Content.Span)), Is.Empty);
    }

    [Test]
    public async Task WriteRejection_longFindingOfSurrogatePairs_isCutBetweenPairs()
    {
        // 600 characters outside the BMP, each two UTF-16 units: the cut at 511 units would fall inside one.
        var finding = string.Concat(Enumerable.Repeat("\U0001F6A2", 600));
        using var harness = new PipelineHarness(extraStage: new RejectingStage(new Routing.Pipeline.PipelineFinding("GTW9999", "/MetaData", finding)));

        var completion = await harness.RouteAsync("<md:MetaData xmlns:md=\"urn:wco:datamodel:WCO:DocumentMetaData-DMS:2\"/>"u8.ToArray(), contentType: "application/xml");

        var ack = completion!.Acks.Single();
        Assert.That(Validate(Encoding.UTF8.GetString(ack.Content.Span)), Is.Empty);
        var description = ((Response)WcoXmlReader.Read(new MemoryStream(ack.Content.ToArray())).Value!).Errors.Single().Description!;
        Assert.That(description, Does.EndWith("\U0001F6A2…"));
        Assert.That(description.Length, Is.LessThanOrEqualTo(512));
    }

    [Test]
    public async Task WriteRejection_jsonWithoutLrn_isACanonicalResponseValidAgainstItsSchema()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(Fixtures.Fixture.Bytes("declaration-without-lrn.json"));

        var ack = completion!.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.Json));
        using var json = JsonDocument.Parse(ack.Content);
        var result = s_responseSchema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.That(result.IsValid, Is.True);
        var read = CanonicalJson.Read(ack.Content.Span);
        Assert.That(read.Diagnostics, Is.Empty);
        var response = (Response)read.Value!;
        Assert.That(response.FunctionCode, Is.EqualTo("03"));
        Assert.That(response.Errors.Select(e => e.Code), Has.Some.EqualTo("JSN0004"));
    }

    [Test]
    public async Task WriteRejection_jsonFinding_keepsItsPointerAsLocation()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync("{\"documentType\":\"declaration\",\"functionCode\":\"9\",\"typeCode\":\"IMA\",\"lrn\":\"L1\",\"parties\":[null]}"u8.ToArray());

        var response = (Response)CanonicalJson.Read(completion!.Acks.Single().Content.Span).Value!;
        Assert.That(response.Errors.Single().Location, Is.EqualTo("/parties/0"));
    }

    private static List<string> Validate(string xml)
    {
        var findings = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = s_wcoSubset.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => findings.Add($"{e.Exception?.LineNumber}:{e.Exception?.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return findings;
    }
}
