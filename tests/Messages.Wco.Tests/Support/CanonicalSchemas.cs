using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Wco.Tests.Support;

/// <summary>Validates JSON against the committed canonical schemas in <c>schemas/canonical/</c> (JSON Schema 2020-12).</summary>
internal static class CanonicalSchemas
{
    private static readonly ConcurrentDictionary<string, JsonSchema> s_schemas = new(StringComparer.Ordinal);

    /// <summary>Every error the schema of <paramref name="documentType"/> finds in <paramref name="json"/>; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string documentType, string json)
    {
        var schema = s_schemas.GetOrAdd(documentType, static type => JsonSchema.FromFile(
            Path.Combine(SharedData.RepositoryRoot, "schemas", "canonical", type + ".schema.json"),
            new BuildOptions
            {
                SchemaRegistry = new SchemaRegistry(),

                // x-wcoId annotates each property with its WCO DM id; draft 2020-12 lets validators ignore such keywords.
                Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true),
            }));
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).ToList();
    }
}
