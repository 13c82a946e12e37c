using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Json;

/// <summary>
/// The JSON Schema (draft 2020-12) of each canonical document, derived from the model and its
/// source-generated metadata, so schema and model can not drift apart. Each property carries its WCO DM
/// id as <c>x-wcoId</c>. The committed copies live in <c>schemas/canonical/</c>.
/// </summary>
public static class CanonicalJsonSchema
{
    private const string SchemaDialect = "https://json-schema.org/draft/2020-12/schema";

    // The shapes the coded value types accept (see each type's TryParse).
    private static readonly Dictionary<Type, string> s_codePatterns = new()
    {
        [typeof(HsCode)] = "^([0-9]{6}|[0-9]{8}|[0-9]{10})$",
        [typeof(CountryCode)] = "^[A-Z]{2}$",
        [typeof(CurrencyCode)] = "^[A-Z]{3}$",
        [typeof(AirportCode)] = "^[A-Z]{3}$",
        [typeof(UnLocode)] = "^[A-Z]{2}[A-Z2-9]{3}$",
        [typeof(Lrn)] = "^[^\\u0000-\\u001F]{1,35}$",
        [typeof(Ucr)] = "^[^\\u0000-\\u001F]{1,35}$",
    };

    /// <summary>Every document kind with its <c>documentType</c> value.</summary>
    public static IReadOnlyList<(string DocumentType, Type Type)> Documents { get; } =
    [
        ("declaration", typeof(Declaration)),
        ("cargoReport", typeof(CargoReport)),
        ("passengerList", typeof(PassengerList)),
        ("permit", typeof(Permit)),
        ("response", typeof(Response)),
    ];

    /// <summary>The schema of one document kind, as indented JSON text.</summary>
    public static string Generate(string documentType)
    {
        var type = Documents.Single(d => d.DocumentType == documentType).Type;
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, node) =>
            {
                // Coded values have custom converters the exporter can not see into: describe them as strings of their shape.
                var type = context.TypeInfo.Type;
                var nullable = Nullable.GetUnderlyingType(type) is not null;
                var underlying = Nullable.GetUnderlyingType(type) ?? type;
                if (s_codePatterns.TryGetValue(underlying, out var pattern))
                {
                    node = new JsonObject
                    {
                        ["type"] = nullable ? new JsonArray("string", "null") : "string",
                        ["pattern"] = pattern,
                    };
                }
                else if (underlying.IsEnum)
                {
                    // Enums are read by name only (StrictEnumConverter): the member names, and null where the member is optional.
                    var names = new JsonArray();
                    foreach (var name in Enum.GetNames(underlying))
                    {
                        names.Add(name);
                    }

                    if (nullable)
                    {
                        names.Add(null);
                    }

                    node = new JsonObject { ["enum"] = names };
                }

                var id = context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(WcoIdAttribute), false).OfType<WcoIdAttribute>().FirstOrDefault()?.Id;
                if (id is not null && node is JsonObject obj)
                {
                    obj["x-wcoId"] = id;
                }

                return node;
            },
        };
        var schema = (JsonObject)CanonicalJsonContext.Default.Options.GetJsonSchemaAsNode(type, exporterOptions);

        var root = new JsonObject
        {
            ["$schema"] = SchemaDialect,
            ["$id"] = $"https://unipass.example/schemas/canonical/{documentType}.schema.json",
            ["title"] = type.Name,
        };
        var wcoId = type.GetCustomAttribute<WcoIdAttribute>()?.Id;
        if (wcoId is not null)
        {
            root["x-wcoId"] = wcoId;
        }

        // The kind is the polymorphic discriminator of CanonicalDocument; it comes first and is required.
        var properties = new JsonObject { ["documentType"] = new JsonObject { ["const"] = documentType } };
        foreach (var (name, value) in (JsonObject)schema["properties"]!)
        {
            properties[name] = value?.DeepClone();
        }

        var required = new JsonArray("documentType");
        if (schema["required"] is JsonArray existing)
        {
            foreach (var r in existing)
            {
                required.Add(r?.DeepClone());
            }
        }

        foreach (var (name, value) in schema)
        {
            if (name is not "properties" and not "required")
            {
                root[name] = value?.DeepClone();
            }
        }

        root["properties"] = properties;
        root["required"] = required;
        root["additionalProperties"] = false;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
