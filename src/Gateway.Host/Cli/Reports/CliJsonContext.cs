using System.Text.Json.Serialization;

namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary>The JSON shapes of the CLI's reports, generated at build time (camelCase; nulls written, so every object has every field).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(FileReport))]
[JsonSerializable(typeof(InspectReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
