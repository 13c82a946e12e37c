using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for every canonical document: no reflection at run time.
/// Strictness (duplicate keys, unknown members, required members, nullability, depth, enums by name only) is set
/// here once.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(Internal.StrictEnumConverterFactory)],
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = CanonicalJson.MaxDepth,
    WriteIndented = true)]
[JsonSerializable(typeof(CanonicalDocument))]
[JsonSerializable(typeof(Declaration))]
[JsonSerializable(typeof(CargoReport))]
[JsonSerializable(typeof(PassengerList))]
[JsonSerializable(typeof(Permit))]
[JsonSerializable(typeof(Response))]
public sealed partial class CanonicalJsonContext : JsonSerializerContext;
