using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Validation;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Wco.Tests;

/// <summary>
/// What malformed or unusual documents do downstream of the readers: a list left out of the JSON is an empty list (the
/// model never holds a null list), a control character read from JSON is refused by name when written as XML, and
/// seeded byte-level mutations of every XML and JSON document at hand never make reading, the business rules or
/// writing throw anything but that refusal.
/// </summary>
public sealed class MalformedDocumentTests
{
    private const int MutationsPerDocument = 40;

    private static readonly BusinessRules s_rules = new(TimeProvider.System);

    private static string JsonFixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "json", name));

    public static IEnumerable<TestCaseData> JsonFixtures() =>
        new[] { "passenger-list.json", "cargo-report.json", "permit.json", "response.json" }.Select(n => new TestCaseData(n).SetArgDisplayNames(n));

    [TestCaseSource(nameof(JsonFixtures))]
    public void Read_everyListLeftOut_readsAnEmptyList(string name)
    {
        var original = JsonNode.Parse(JsonFixture(name))!;
        var lists = Arrays(original).ToArray();
        Assert.That(lists, Is.Not.Empty, "the fixture has lists to leave out");

        foreach (var path in lists)
        {
            var json = JsonNode.Parse(JsonFixture(name))!;
            Remove(json, path);
            var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());

            var read = CanonicalJson.Read(bytes);
            var serialized = CanonicalJson.Read(bytes, CanonicalJsonContext.Default.CanonicalDocument);
            foreach (var (reader, result) in new[] { ("reader", read), ("serializer", serialized) })
            {
                if (result.Value is { } document)
                {
                    Assert.That(NullLists(document, "").ToArray(), Is.Empty, $"{reader}, {path} left out");
                }
                else
                {
                    Assert.That(result.Diagnostics, Is.Not.Empty, $"{reader}, {path} left out: no document and no finding");
                }
            }
        }
    }

    [Test]
    public void Write_responseWithoutAdditionalInformation_writesXml()
    {
        var json = JsonNode.Parse(JsonFixture("response.json"))!.AsObject();
        json.Remove("additionalInformation");
        var response = CanonicalJson.Read(Encoding.UTF8.GetBytes(json.ToJsonString())).Value;

        var xml = WcoXmlWriter.WriteString(response!);

        Assert.That(WcoXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))).Value, Is.InstanceOf<Response>());
    }

    [Test]
    public void Write_controlCharacterReadFromJson_refusedByElementAndPosition()
    {
        var json = JsonNode.Parse(JsonFixture("response.json"))!.AsObject();
        json["functionalReferenceId"] = "RES\b1";
        var response = CanonicalJson.Read(Encoding.UTF8.GetBytes(json.ToJsonString())).Value;
        Assert.That(response, Is.Not.Null, "JSON carries the character");

        var refused = Assert.Throws<ArgumentException>(() => WcoXmlWriter.WriteString(response!));

        Assert.That(refused!.Message, Is.EqualTo("FunctionalReferenceID holds U+0008 at character 4, which XML 1.0 cannot carry."));
    }

    /// <summary>Every XML and JSON document at hand: our fixtures, the harmonization fixtures and the UK CDS samples.</summary>
    public static IEnumerable<TestCaseData> Documents()
    {
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "tests", "Routing.Tests", "Fixtures", "harmonization"), "*.json"))
            .Concat(SharedData.Files("samples/wco/declarations", "*.xml"))
            .Concat(SharedData.Files("samples/wco/notifications", "*.xml"))
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return files.Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));
    }

    [TestCaseSource(nameof(Documents))]
    public void Read_mutatedDocument_neverThrowsDownstream(string path)
    {
        var original = File.ReadAllBytes(path);
        var json = path.EndsWith(".json", StringComparison.Ordinal);
        var random = new Random(ByteMutations.Seed(Path.GetFileName(path)));
        for (var i = 0; i < MutationsPerDocument; i++)
        {
            var mutated = ByteMutations.Apply(original, random, "<>/=\"' &;:{}[],\\0123456789.-\n\tabcdefxmlns"u8, maxCopy: 200);
            var where = $"mutation {i} of {Path.GetFileName(path)}: {Convert.ToBase64String(mutated)}";

            var result = json ? CanonicalJson.Read(mutated) : WcoXmlReader.Read(new MemoryStream(mutated));
            if (result.Value is not { } document)
            {
                Assert.That(result.Diagnostics, Is.Not.Empty, where);
                continue;
            }

            Assert.That(NullLists(document, "").ToArray(), Is.Empty, where);
            Assert.DoesNotThrow(() => s_rules.Check(document), where);
            Assert.That(CanonicalJson.Read(CanonicalJson.Write(document)).Value, Is.Not.Null, $"JSON round trip, {where}");
            if (WcoXmlWriter.CanWrite(document))
            {
                try
                {
                    var xml = WcoXmlWriter.WriteString(document);
                    Assert.That(WcoXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))).Value, Is.Not.Null, $"XML round trip, {where}");
                }
                catch (ArgumentException e) when (json && e.Message.EndsWith("which XML 1.0 cannot carry.", StringComparison.Ordinal))
                {
                    // A control character the JSON held: refused by name, as it must be.
                }
            }
        }
    }

    /// <summary>The paths of the list properties of <paramref name="value"/> (and of what it holds) that are null.</summary>
    private static IEnumerable<string> NullLists(object value, string path)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(string))
            {
                continue;
            }

            var held = property.GetValue(value);
            if (typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                if (held is null)
                {
                    yield return path + "/" + property.Name;
                    continue;
                }

                foreach (var item in (IEnumerable)held)
                {
                    if (item is not null && IsModel(item.GetType()))
                    {
                        foreach (var inner in NullLists(item, path + "/" + property.Name + "[]"))
                        {
                            yield return inner;
                        }
                    }
                }
            }
            else if (held is not null && IsModel(held.GetType()))
            {
                foreach (var inner in NullLists(held, path + "/" + property.Name))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsModel(Type type) => type.Namespace == typeof(CanonicalDocument).Namespace && !type.IsValueType && !type.IsEnum;

    /// <summary>The JSON pointers of every array member in <paramref name="node"/>.</summary>
    private static IEnumerable<string> Arrays(JsonNode node, string pointer = "")
    {
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o)
            {
                if (child is JsonArray)
                {
                    yield return pointer + "/" + key;
                }

                if (child is not null)
                {
                    foreach (var inner in Arrays(child, pointer + "/" + key))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] is { } child)
                {
                    foreach (var inner in Arrays(child, pointer + "/" + i))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static void Remove(JsonNode root, string pointer)
    {
        var parts = pointer.Split('/')[1..];
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }

        node.AsObject().Remove(parts[^1]);
    }
}
