using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Wco.Tests.Json;

/// <summary>
/// The committed schemas in schemas/canonical/ must equal what the model generates. When the model
/// changes, run the tests with UNIPASS_UPDATE_SCHEMAS=1 once to rewrite them, and review the diff.
/// </summary>
public sealed class CanonicalJsonSchemaTests
{
    private static IEnumerable<string> DocumentTypes => CanonicalJsonSchema.Documents.Select(d => d.DocumentType);

    private static string SchemaPath(string documentType) => Path.Combine(SharedData.RepositoryRoot, "schemas", "canonical", documentType + ".schema.json");

    [TestCaseSource(nameof(DocumentTypes))]
    public void Generate_equalsTheCommittedSchema(string documentType)
    {
        var generated = CanonicalJsonSchema.Generate(documentType);
        var path = SchemaPath(documentType);
        if (Environment.GetEnvironmentVariable("UNIPASS_UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing; run the tests with UNIPASS_UPDATE_SCHEMAS=1");
        Assert.That(File.ReadAllText(path).ReplaceLineEndings("\n"), Is.EqualTo(generated), $"{path} is stale; run the tests with UNIPASS_UPDATE_SCHEMAS=1");
    }

    [Test]
    public void Generate_declaration_requiresTheKeyFieldsAndNamesWcoIds()
    {
        var schema = JsonNode.Parse(CanonicalJsonSchema.Generate("declaration"))!;

        var required = schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.That(required, Is.SupersetOf(new[] { "documentType", "functionCode", "typeCode", "lrn" }));
        Assert.That(schema["properties"]!["lrn"]!["x-wcoId"]!.GetValue<string>(), Is.EqualTo("D026"));
        Assert.That(schema["properties"]!["documentType"]!["const"]!.GetValue<string>(), Is.EqualTo("declaration"));
        Assert.That(schema["additionalProperties"]!.GetValue<bool>(), Is.False);
    }
}
