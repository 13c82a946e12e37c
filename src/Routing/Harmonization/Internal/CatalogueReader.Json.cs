using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>Reading JSON values with findings instead of exceptions; every finding points (RFC 6901) at the value.</summary>
internal sealed partial class CatalogueReader
{
    private readonly List<Diagnostic> _diagnostics = [];

    private bool HasErrors => _diagnostics.Any(d => d.IsError);

    private void Error(string id, string pointer, string message) => _diagnostics.Add(new Diagnostic(id, DiagnosticSeverity.Error, pointer, message));

    private void Warning(string id, string pointer, string message) => _diagnostics.Add(new Diagnostic(id, DiagnosticSeverity.Warning, pointer, message));

    private static string Child(string pointer, string name) => pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Child(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "a value",
    };

    /// <summary>The object at <paramref name="pointer"/>; unknown members are findings.</summary>
    private JsonObject? ExpectObject(JsonNode? node, string pointer, params string[] members)
    {
        if (node is not JsonObject obj)
        {
            Error(HarmonizationDiagnosticIds.WrongType, pointer, $"expected an object, found {Describe(node)}");
            return null;
        }

        if (members.Length > 0)
        {
            foreach (var (name, _) in obj)
            {
                if (!members.Contains(name, StringComparer.Ordinal))
                {
                    Error(HarmonizationDiagnosticIds.UnknownMember, Child(pointer, name), $"unknown member '{name}'; expected one of: {string.Join(", ", members)}");
                }
            }
        }

        return obj;
    }

    private JsonNode? Required(JsonObject obj, string name, string pointer)
    {
        if (obj.TryGetPropertyValue(name, out var node))
        {
            return node;
        }

        Error(HarmonizationDiagnosticIds.MissingMember, pointer, $"'{name}' is required");
        return null;
    }

    private string? ExpectString(JsonNode? node, string pointer)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            if (text.Length > 0)
            {
                return text;
            }

            Error(HarmonizationDiagnosticIds.WrongType, pointer, "expected a non-empty string");
            return null;
        }

        Error(HarmonizationDiagnosticIds.WrongType, pointer, $"expected a string, found {Describe(node)}");
        return null;
    }

    private string? RequiredString(JsonObject obj, string name, string pointer)
    {
        if (!obj.ContainsKey(name))
        {
            Error(HarmonizationDiagnosticIds.MissingMember, pointer, $"'{name}' is required");
            return null;
        }

        return ExpectString(obj[name], Child(pointer, name));
    }

    private string? OptionalString(JsonObject obj, string name, string pointer) =>
        obj.ContainsKey(name) ? ExpectString(obj[name], Child(pointer, name)) : null;

    private bool OptionalBoolean(JsonObject obj, string name, string pointer)
    {
        if (!obj.TryGetPropertyValue(name, out var node))
        {
            return false;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        Error(HarmonizationDiagnosticIds.WrongType, Child(pointer, name), $"expected true or false, found {Describe(node)}");
        return false;
    }

    /// <summary>The strings of an array, each with its pointer; a non-string element is a finding and left out.</summary>
    private List<(string Value, string Pointer)> ExpectStrings(JsonNode? node, string pointer, bool allowEmpty = false)
    {
        var result = new List<(string, string)>();
        if (node is not JsonArray array)
        {
            Error(HarmonizationDiagnosticIds.WrongType, pointer, $"expected an array of strings, found {Describe(node)}");
            return result;
        }

        if (array.Count == 0 && !allowEmpty)
        {
            Error(HarmonizationDiagnosticIds.WrongType, pointer, "expected at least one entry");
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (ExpectString(array[i], Child(pointer, i)) is { } text)
            {
                result.Add((text, Child(pointer, i)));
            }
        }

        return result;
    }
}
