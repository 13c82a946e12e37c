using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Json.Internal;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Tests.Support;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Wco.Tests.Json;

/// <summary>
/// The hand-written canonical JSON reader held to the source-generated System.Text.Json contract it replaces for
/// reading: the same members, the same documents read, and for every mutation of real documents (a member removed,
/// doubled, nulled, given another JSON type, an unknown member added) the same finding at the same pointer.
/// </summary>
public sealed class CanonicalJsonReaderTests
{
    private static readonly JsonTypeInfo<CanonicalDocument> s_serializerContract = CanonicalJsonContext.Default.CanonicalDocument;

    private static ReadResult<CanonicalDocument> Read(string json) => CanonicalJson.Read(Encoding.UTF8.GetBytes(json));

    private static ReadResult<CanonicalDocument> ReadWithSerializer(string json) => CanonicalJson.ReadWithSerializer(Encoding.UTF8.GetBytes(json), s_serializerContract);

    /// <summary>Every canonical document at hand: the fixtures of both test projects, a built declaration and the UK CDS samples read from XML.</summary>
    public static IEnumerable<TestCaseData> Documents() => Corpus().Select(d => new TestCaseData(d.Json).SetArgDisplayNames(d.Name));

    /// <summary>The documents mutated: every kind, and a few UK CDS declarations (the others hold the same members).</summary>
    public static IEnumerable<TestCaseData> MutatedDocuments() =>
        Corpus().Where(d => !d.Name.StartsWith("TT_", StringComparison.Ordinal))
            .Concat(Corpus().Where(d => d.Name.StartsWith("TT_", StringComparison.Ordinal)).Take(3))
            .Select(d => new TestCaseData(d.Json).SetArgDisplayNames(d.Name));

    private static IEnumerable<(string Name, string Json)> Corpus()
    {
        foreach (var file in new[] { "passenger-list.json", "cargo-report.json", "permit.json", "response.json" })
        {
            yield return (file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "json", file)));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "tests", "Routing.Tests", "Fixtures", "harmonization"), "*.json").Order(StringComparer.Ordinal))
        {
            yield return ("harmonization/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        yield return ("import declaration", CanonicalJson.WriteString(Support.Documents.ImportDeclaration()));
        foreach (var path in SharedData.Files("samples/wco/declarations", "*.xml"))
        {
            using var stream = File.OpenRead(path);
            if (WcoXmlReader.Read(stream).Value is { } document)
            {
                yield return (Path.GetFileName(path), CanonicalJson.WriteString(document));
            }
        }
    }

    [Test]
    public void Members_areThoseOfTheSourceGeneratedContract()
    {
        var tables = CanonicalJsonReader.Members();
        var reachable = new HashSet<Type>();
        foreach (var (_, type) in CanonicalJsonSchema.Documents)
        {
            Collect(type, reachable);
        }

        Assert.That(tables.Keys, Is.EquivalentTo(reachable), "a table for every object type a document holds");
        foreach (var (type, table) in tables)
        {
            var info = CanonicalJsonContext.Default.GetTypeInfo(type)!;
            // The members JSON can set (computed, ignored properties such as IsImport have no setter).
            var properties = info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).ToList();
            var names = properties.Select(p => p.Name).ToList();
            var required = properties.Where(p => p.IsRequired || IsRequiredParameter(p)).Select(p => p.Name).ToList();
            var document = typeof(CanonicalDocument).IsAssignableFrom(type);
            var expectedNames = document ? names.Prepend("documentType").ToList() : names;

            Assert.That(table.Names, Is.EqualTo(expectedNames), type.Name + ": members in the writer's order");
            Assert.That(Enumerable.Range(0, table.Names.Count).Where(i => (table.RequiredMask & (1UL << i)) != 0).Select(i => table.Names[i]), Is.EquivalentTo(required), type.Name + ": required members");
        }
    }

    [TestCaseSource(nameof(Documents))]
    public void Read_document_isWhatTheSerializerReadsAndWritesBackTheSame(string json)
    {
        var read = Read(json);
        var reference = ReadWithSerializer(json);

        Assert.That(read.Diagnostics, Is.Empty, string.Join("; ", read.Diagnostics));
        Assert.That(reference.Diagnostics, Is.Empty);
        var written = CanonicalJson.WriteString(read.Value!);
        Assert.That(written, Is.EqualTo(CanonicalJson.WriteString(reference.Value!)));
        Assert.That(CanonicalJson.WriteString(Read(written).Value!), Is.EqualTo(written), "canonical → JSON → canonical is exact");
    }

    [TestCaseSource(nameof(MutatedDocuments))]
    public void Read_everyMutation_findsWhatTheSerializerFinds(string json)
    {
        var differences = new List<string>();
        var mutations = 0;
        foreach (var mutated in Mutations(JsonNode.Parse(json)!))
        {
            mutations++;
            var read = Read(mutated);
            var reference = ReadWithSerializer(mutated);
            var got = Outcome(read);
            var expected = Outcome(reference);
            if (got != expected)
            {
                differences.Add($"{mutated}\n  hand-written: {got}\n  serializer:   {expected}");
            }
        }

        Assert.That(mutations, Is.GreaterThan(10));
        Assert.That(differences, Is.Empty, $"{differences.Count} of {mutations} mutations differ:\n" + string.Join("\n", differences.Take(10)));
    }

    [Test]
    public void Read_escapedDuplicateMemberName_isJsn0002()
    {
        var read = Read("""{"documentType":"permit","permitId":"P1","perm\u0069tId":"P2","typeCode":"C640","issuingAgency":"veterinary","stage":"Application"}""");

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.DuplicateKey));
        Assert.That(d.Pointer, Is.EqualTo("/permitId"));
    }

    [Test]
    public void Read_escapedMemberNames_areMatchedUnescaped()
    {
        var read = Read("""{"document\u0054ype":"permit","permitId":"P1","type\u0043ode":"C640","issuingAgency":"veterinary","stage":"Applic\u0061tion"}""");

        Assert.That(read.Diagnostics, Is.Empty);
        Assert.That(((Permit)read.Value!).Stage, Is.EqualTo(PermitStage.Application));
    }

    [Test]
    public void Read_duplicateInANestedObject_pointsAtTheMemberThere()
    {
        var read = Read(Permit(",\"items\":[{\"sequenceNumber\":1},{\"sequenceNumber\":2,\"quantity\":{\"value\":1,\"value\":2}}]"));

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.DuplicateKey));
        Assert.That(d.Pointer, Is.EqualTo("/items/1/quantity/value"));
    }

    [Test]
    public void Read_missingRequiredInANestedObject_pointsAtTheObjectAndNamesTheMembers()
    {
        var read = Read("""{"documentType":"passengerList","kind":"Crew","flight":{"carrierCode":"BA","flightNumber":"1"},"travellers":[{"role":"CrewMember","surname":"DOE"},{"givenNames":["JO"]}]}""");

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.MissingRequired));
        Assert.That(d.Pointer, Is.EqualTo("/travellers/1"));
        Assert.That(d.Message, Does.Contain("'role'").And.Contain("'surname'"));
    }

    [Test]
    public void Read_unknownMemberWithAHostileValue_isJsn0006BeforeTheValueIsRead()
    {
        const int Depth = 100_000;
        var read = Read(Permit(",\"items\":[{\"sequenceNumber\":1,\"extra\":" + new string('[', Depth) + new string(']', Depth) + "}]"));

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.UnknownMember));
        Assert.That(d.Pointer, Is.EqualTo("/items/0/extra"));
        Assert.That(d.Message, Does.Contain("PermitItem"));
    }

    [TestCase("\"sequenceNumber\":1.5", "/items/0/sequenceNumber")]
    [TestCase("\"sequenceNumber\":99999999999", "/items/0/sequenceNumber")]
    [TestCase("\"sequenceNumber\":1,\"quantity\":{\"value\":1e400}", "/items/0/quantity/value")]
    [TestCase("\"sequenceNumber\":1,\"quantity\":{\"value\":\"1\"}", "/items/0/quantity/value")]
    [TestCase("\"sequenceNumber\":1,\"originCountry\":\"gb\"", "/items/0/originCountry")]
    [TestCase("\"sequenceNumber\":1,\"quantity\":[]", "/items/0/quantity")]
    [TestCase("\"sequenceNumber\":true", "/items/0/sequenceNumber")]
    public void Read_wrongTypeOrShape_isJsn0005AtTheValue(string item, string pointer)
    {
        var read = Read(Permit(",\"items\":[{" + item + "}]"));

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.TypeMismatch));
        Assert.That(d.Pointer, Is.EqualTo(pointer));
    }

    [TestCase("\"issueDate\":\"2026-02-30\"", "/issueDate")]
    [TestCase("\"issueDate\":\"2026-01-01T00:00:00\"", "/issueDate")]
    [TestCase("\"issueDate\":20260101", "/issueDate")]
    public void Read_badCalendarDate_isJsn0005(string member, string pointer)
    {
        var read = Read(Permit("," + member));

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.TypeMismatch));
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo(pointer));
        Assert.That(ReadWithSerializer(Permit("," + member)).Diagnostics.Single().Pointer, Is.EqualTo(pointer), "as the serializer found");
    }

    [Test]
    public void Read_positionOfTheFinding_isLineAndByteColumnOfTheToken()
    {
        var read = Read("{\"documentType\":\"permit\",\"permitId\":\"P1\",\"typeCode\":\"C640\",\n  \"issuingAgency\":\"v\",\"stage\":\"Application\",\n  \"items\":[{\"sequenceNumber\":\"one\"}]}");

        var d = read.Diagnostics.Single();
        Assert.That((d.Line, d.Column), Is.EqualTo((3, 30)));
    }

    [TestCase("", JsonDiagnosticIds.Syntax)]
    [TestCase("   ", JsonDiagnosticIds.Syntax)]
    [TestCase("null", JsonDiagnosticIds.TypeMismatch)]
    [TestCase("[]", JsonDiagnosticIds.TypeMismatch)]
    [TestCase("\"declaration\"", JsonDiagnosticIds.TypeMismatch)]
    [TestCase("{\"documentType\":\"permit\",\"permitId\":\"P1\",\"typeCode\":\"C640\",\"issuingAgency\":\"v\",\"stage\":\"Application\"} {}", JsonDiagnosticIds.Syntax)]
    [TestCase("{\"documentType\":\"permit\",}", JsonDiagnosticIds.Syntax)]
    [TestCase("{\"documentType\":\"permit\" /* c */}", JsonDiagnosticIds.Syntax)]
    [TestCase("{\"documentType\":\"permit\",\"permitId\":\"P1", JsonDiagnosticIds.Syntax)]
    [TestCase("{\"documentType\":5}", JsonDiagnosticIds.TypeMismatch)]
    [TestCase("{\"documentType\":null}", JsonDiagnosticIds.TypeMismatch)]
    [TestCase("{\"documentType\":\"Permit\"}", JsonDiagnosticIds.UnknownDocumentType)]
    [TestCase("{}", JsonDiagnosticIds.UnknownDocumentType)]
    public void Read_hostileOrBrokenInput_isOneError(string json, string id)
    {
        var read = Read(json);

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(id), read.Diagnostics.Single().ToString());
    }

    [Test]
    public void Read_rootNestedBeyondTheLimit_isRejected()
    {
        var read = Read(new string('[', 100_000) + new string(']', 100_000));

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().IsError, Is.True);
    }

    [Test]
    public void Read_nestingBeyondTheLimitInsideAKnownArrayBeforeTheDocumentType_isJsn0003()
    {
        var json = "{\"items\":[" + new string('{', 0) + new string('[', CanonicalJson.MaxDepth) + new string(']', CanonicalJson.MaxDepth) + "],\"documentType\":\"permit\"}";

        Assert.That(Read(json).Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.TooDeep));
    }

    [Test]
    public void Read_invalidUtf8InAString_isJsn0005AtTheString()
    {
        var bytes = Encoding.UTF8.GetBytes(Permit(",\"decisionCode\":\"AB\""));
        var at = Encoding.UTF8.GetBytes(Permit(",\"decisionCode\":\"A")).Length;
        bytes[at] = 0xFF;

        var read = CanonicalJson.Read(bytes);

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/decisionCode"));
    }

    [TestCase("\\ud800")]
    [TestCase("\\udc00x")]
    public void Read_loneSurrogateEscape_isAnErrorNotAnException(string escaped)
    {
        var read = Read(Permit(",\"decisionCode\":\"" + escaped + "\""));

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/decisionCode"));
    }

    [Test]
    public void Read_loneSurrogateEscapeInAMemberName_isAnUnknownMember()
    {
        var read = Read(Permit(",\"x\\ud800\":1"));

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.UnknownMember));
    }

    [Test]
    public void Read_manyUnknownMembers_stopsAtTheFirst()
    {
        var members = string.Concat(Enumerable.Range(0, 50_000).Select(i => $",\"m{i}\":{i}"));

        var read = Read(Permit(members));

        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/m0"));
    }

    [TestCase("\"invoice\"", JsonDiagnosticIds.UnknownDocumentType)]
    [TestCase("true", JsonDiagnosticIds.TypeMismatch)]
    [TestCase("[]", JsonDiagnosticIds.TypeMismatch)]
    [TestCase("{}", JsonDiagnosticIds.TypeMismatch)]
    public void Read_documentTypeNotAKnownName_pointsAtIt(string value, string id)
    {
        var read = Read("{\"documentType\":" + value + ",\"permitId\":\"P1\"}");

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(id));
        Assert.That(d.Pointer, Is.EqualTo("/documentType"));
        Assert.That(d.Message, Does.Contain("declaration"));
    }

    [Test]
    public void Read_secondDocumentType_isADuplicate()
    {
        var read = Read(Permit(",\"documentType\":\"permit\""));

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.DuplicateKey));
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/documentType"));
    }

    [Test]
    public void Read_documentTypeOfAnotherKindInANestedObject_isAnUnknownMember()
    {
        var read = Read(Permit(",\"holder\":{\"role\":\"PermitHolder\",\"documentType\":\"permit\"}"));

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.UnknownMember));
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/holder/documentType"));
    }

    [Test]
    public void Read_membersInAnyOrder_readTheSame()
    {
        var inOrder = Read(Permit(",\"items\":[{\"sequenceNumber\":1,\"description\":\"d\",\"quantity\":{\"value\":2.50,\"unit\":\"KGM\"}}]"));
        var reversed = Read("{\"items\":[{\"quantity\":{\"unit\":\"KGM\",\"value\":2.50},\"description\":\"d\",\"sequenceNumber\":1}],\"stage\":\"Application\",\"issuingAgency\":\"veterinary\",\"typeCode\":\"C640\",\"permitId\":\"P1\",\"documentType\":\"permit\"}");

        Assert.That(reversed.Diagnostics, Is.Empty);
        Assert.That(CanonicalJson.WriteString(reversed.Value!), Is.EqualTo(CanonicalJson.WriteString(inOrder.Value!)));
        Assert.That(CanonicalJson.WriteString(reversed.Value!), Does.Contain("2.50"), "decimals keep their scale");
    }

    private static string Permit(string more) =>
        "{\"documentType\":\"permit\",\"permitId\":\"P1\",\"typeCode\":\"C640\",\"issuingAgency\":\"veterinary\",\"stage\":\"Application\"" + more + "}";

    private static string Outcome(ReadResult<CanonicalDocument> read) =>
        read.Diagnostics.Count == 0 ? "read: " + CanonicalJson.WriteString(read.Value!) : string.Join("; ", read.Diagnostics.Select(d => d.Id + " at " + d.Pointer));

    private const string Placeholder = "\u0001dup\u0001";

    // Each mutation changes one place of the document: every object loses each member in turn, gains an unknown one,
    // has its first member doubled; every value in turn becomes null, a number, a string, an array, an object, true.
    private static IEnumerable<string> Mutations(JsonNode root)
    {
        var places = new List<JsonNode>();
        Walk(root, places);
        JsonNode?[] replacements = [null, JsonValue.Create(1), JsonValue.Create("x"), new JsonArray(), new JsonObject(), JsonValue.Create(true)];
        for (var i = 0; i < places.Count; i++)
        {
            if (places[i] is JsonObject obj)
            {
                foreach (var name in obj.Select(m => m.Key).ToList())
                {
                    yield return Mutate(root, i, o => ((JsonObject)o).Remove(name));
                }

                yield return Mutate(root, i, o => ((JsonObject)o)["unexpected"] = 1);
                if (obj.Count > 0)
                {
                    var first = obj.First();
                    yield return Mutate(root, i, o => ((JsonObject)o)[Placeholder] = first.Value?.DeepClone()).Replace(Placeholder, first.Key, StringComparison.Ordinal);
                }
            }

            // A documentType of another value the serializer reports at the root, the reader at the member (tested on its own).
            if (places[i].Parent is not null && places[i].GetPath() != "$.documentType")
            {
                foreach (var replacement in replacements)
                {
                    yield return Mutate(root, i, node => node.ReplaceWith(replacement?.DeepClone()));
                }
            }
        }
    }

    private static string Mutate(JsonNode root, int place, Action<JsonNode> change)
    {
        var copy = root.DeepClone();
        var places = new List<JsonNode>();
        Walk(copy, places);
        change(places[place]);
        return copy.ToJsonString();
    }

    private static void Walk(JsonNode node, List<JsonNode> places)
    {
        places.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    if (value is not null)
                    {
                        Walk(value, places);
                    }
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    if (value is not null)
                    {
                        Walk(value, places);
                    }
                }

                break;
        }
    }

    // RespectRequiredConstructorParameters: a constructor parameter without a default is required.
    private static bool IsRequiredParameter(JsonPropertyInfo property) =>
        property.AssociatedParameter is { HasDefaultValue: false, IsMemberInitializer: false };

    private static void Collect(Type type, HashSet<Type> types)
    {
        var info = CanonicalJsonContext.Default.GetTypeInfo(type);
        if (info is null || info.Kind != JsonTypeInfoKind.Object || !types.Add(type))
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                propertyType = propertyType.GetGenericArguments()[0];
            }

            Collect(propertyType, types);
        }
    }
}
