using System.Text.Json;
using System.Text.Json.Nodes;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>The split as JSON: the whole split (<see cref="ToJson"/>) and what one agency receives (<see cref="DeliveryFor"/>).</summary>
public sealed partial class SplitResult
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <summary>
    /// The whole split: <c>catalogue</c>, <c>messageId</c> (when known), <c>documentType</c>, <c>key</c>, <c>common</c>,
    /// and <c>agencies</c> with one entry per concerned agency (its <c>reasons</c>, <c>items</c>, <c>fromCommon</c> field
    /// list and unique <c>fields</c>). A fresh copy on every call.
    /// </summary>
    public JsonObject ToJson()
    {
        var root = Envelope();
        root["common"] = Common.DeepClone();
        var agencies = new JsonObject();
        foreach (var package in Packages)
        {
            var entry = new JsonObject
            {
                ["name"] = package.Agency.Name,
                ["topic"] = package.Agency.Topic,
            };
            AddPackage(entry, package);
            agencies[package.Agency.Id] = entry;
        }

        root["agencies"] = agencies;
        return root;
    }

    /// <summary>
    /// The record an agency receives on <c>oga.&lt;agency&gt;</c>: its package, and in <c>common</c> the fields of the
    /// common core it needs (its <c>fromCommon</c>, on its items) and no other. So no agency receives a field it does
    /// not need, and a field the trader entered once is reused for every agency that needs it.
    /// </summary>
    public JsonObject DeliveryFor(AgencyPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (!Packages.Contains(package))
        {
            throw new ArgumentException($"The package of '{package.Agency.Id}' is not part of this split.", nameof(package));
        }

        var root = Envelope();
        root["agency"] = package.Agency.Id;
        AddPackage(root, package);
        root["common"] = package.FromCommonFields.DeepClone();
        return root;
    }

    /// <summary><see cref="ToJson"/> as indented UTF-8.</summary>
    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(ToJson(), s_indented);

    private JsonObject Envelope()
    {
        var root = new JsonObject { ["catalogue"] = CatalogueVersion };
        if (MessageId is not null)
        {
            root["messageId"] = MessageId;
        }

        root["documentType"] = DocumentType;
        if (Key is not null)
        {
            root["key"] = Key;
        }

        return root;
    }

    private static void AddPackage(JsonObject entry, AgencyPackage package)
    {
        entry["reasons"] = new JsonArray([.. package.Reasons.Select(Reason)]);
        entry["items"] = package.Items.DeepClone();
        entry["fromCommon"] = new JsonArray([.. package.FromCommon.Select(f => (JsonNode)f)]);
        entry["fields"] = package.Fields.DeepClone();
    }

    private static JsonObject Reason(SplitReason reason)
    {
        var json = new JsonObject
        {
            ["condition"] = reason.Condition.Id,
            ["because"] = reason.Condition.Because,
        };
        if (reason.Matched.Count > 0)
        {
            json["matched"] = Values(reason.Matched);
        }

        if (reason.Items.Count > 0)
        {
            json["items"] = new JsonArray([.. reason.Items.Select(m => (JsonNode)new JsonObject
            {
                ["item"] = m.Item.DeepClone(),
                ["matched"] = Values(m.Matched),
            })]);
        }

        return json;
    }

    // Matched values in a fixed order, whatever order the evaluator found them in.
    private static JsonObject Values(IReadOnlyDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            json[name] = value;
        }

        return json;
    }
}
