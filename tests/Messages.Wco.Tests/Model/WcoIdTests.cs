using System.Reflection;
using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Wco.Tests.Model;

/// <summary>
/// Every WCO DM id of the canonical model against Fixtures/wco/wco-ids.tsv, whose rows are derived from the WCOID
/// annotations of the WCO DM schemas in ../shared (checked here too) or cite a published specification.
/// </summary>
public sealed class WcoIdTests
{
    private const string NoId = "-";

    private static IEnumerable<(string Member, string Id, string Source)> Rows() =>
        File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "wco", "wco-ids.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1], f[2]));

    public static IEnumerable<TestCaseData> DataFileRows() =>
        Rows().Select(r => new TestCaseData(r.Member, r.Id).SetArgDisplayNames(r.Member));

    public static IEnumerable<TestCaseData> XsdRows() =>
        from row in Rows()
        let source = row.Source.Split(' ')
        where source[0] == "xsd"
        select new TestCaseData(source[1], source[2], row.Id).SetArgDisplayNames(row.Member);

    private static string? ModelId(string member)
    {
        var parts = member.Split('.');
        var type = typeof(Declaration).Assembly.GetType(typeof(Declaration).Namespace + "." + parts[0]) ?? throw new InvalidOperationException($"no model type {parts[0]}");
        MemberInfo target = parts.Length == 1 ? type : type.GetProperty(parts[1]) ?? throw new InvalidOperationException($"no property {member}");
        return target.GetCustomAttribute<WcoIdAttribute>()?.Id;
    }

    private static readonly Type[] s_passengerListTypes = [typeof(PassengerList), typeof(Traveller), typeof(TravelDocument), typeof(FlightLeg), typeof(FlightIdentifier)];

    public static IEnumerable<TestCaseData> PassengerListMembers() =>
        from type in s_passengerListTypes
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where property.GetCustomAttribute<JsonIgnoreAttribute>() is null
        select new TestCaseData(property).SetArgDisplayNames(type.Name + "." + property.Name);

    private static string? NoIdReason(string member)
    {
        var parts = member.Split('.');
        var type = typeof(Declaration).Assembly.GetType(typeof(Declaration).Namespace + "." + parts[0]) ?? throw new InvalidOperationException($"no model type {parts[0]}");
        return parts.Length == 1 ? null : type.GetProperty(parts[1])?.GetCustomAttribute<NoWcoIdAttribute>()?.Reason;
    }

    [TestCaseSource(nameof(DataFileRows))]
    public void Member_knowsTheWcoIdOfTheDataFile(string member, string expected)
    {
        Assert.That(ModelId(member), Is.EqualTo(expected == NoId ? null : expected));
        if (expected == NoId)
        {
            Assert.That(NoIdReason(member), Is.Not.Null.And.Not.Empty, "a member without an id says why (NoWcoId)");
        }
    }

    [TestCaseSource(nameof(PassengerListMembers))]
    public void PassengerListMember_hasAWcoIdOrSaysWhyNot(PropertyInfo property)
    {
        var id = property.GetCustomAttribute<WcoIdAttribute>()?.Id;
        var reason = property.GetCustomAttribute<NoWcoIdAttribute>()?.Reason;
        var member = property.DeclaringType!.Name + "." + property.Name;

        Assert.That(id is null ^ reason is null, Is.True, "either a WCO DM id or the reason there is none, not both");
        Assert.That(id ?? reason, Is.Not.Empty);
        Assert.That(Rows().Where(r => r.Member == member).Select(r => r.Id), Is.EqualTo(new[] { id ?? NoId }), "one row in Fixtures/wco/wco-ids.tsv with the same id");
    }

    [Test]
    public void Model_everyMemberWithoutAnId_isADashInTheDataFile()
    {
        var none = Rows().Where(r => r.Id == NoId).Select(r => r.Member).ToHashSet(StringComparer.Ordinal);
        var marked = typeof(Declaration).Assembly.GetTypes().Where(t => t.Namespace == typeof(Declaration).Namespace)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttribute<NoWcoIdAttribute>() is not null)
                .Select(p => t.Name + "." + p.Name))
            .ToList();

        Assert.That(marked, Has.Count.GreaterThan(30));
        Assert.That(marked.Where(m => !none.Contains(m)), Is.Empty, "a NoWcoId without its '-' row in Fixtures/wco/wco-ids.tsv");
    }

    [Test]
    public void Model_everyWcoId_isStatedInTheDataFile()
    {
        var listed = Rows().Select(r => r.Member).ToHashSet(StringComparer.Ordinal);
        var types = typeof(Declaration).Assembly.GetTypes().Where(t => t.Namespace == typeof(Declaration).Namespace).ToList();
        var members = types.Where(t => t.GetCustomAttribute<WcoIdAttribute>() is not null).Select(t => t.Name)
            .Concat(types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetCustomAttribute<WcoIdAttribute>() is not null)
                .Select(p => t.Name + "." + p.Name)));

        Assert.That(members.Where(m => !listed.Contains(m)), Is.Empty, "an id without a source in Fixtures/wco/wco-ids.tsv");
    }

    [TestCaseSource(nameof(XsdRows))]
    public void DataFile_xsdRow_agreesWithTheSchemaAnnotation(string file, string path, string expected)
    {
        var xsd = SharedData.PathOf("samples/wco/schemas/wco/" + file);
        Assert.That(xsd is not null && File.Exists(xsd), Is.True, "../shared/samples/wco/schemas is required");

        var ids = XsdWcoIds.Load(xsd!);

        Assert.That(ids.TryGetValue(path, out var id) ? id : null, Is.EqualTo(expected), path);
    }

    [Test]
    public void WcoIds_haveTheShapeOfTheDataModel()
    {
        // WCO DM ids are three characters (digits, or a letter and digits, or two digits and a class letter) or a letter and three digits.
        var ids = typeof(Declaration).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetCustomAttribute<WcoIdAttribute>()?.Id)
            .OfType<string>()
            .ToList();

        Assert.That(ids, Has.Count.GreaterThan(60));
        Assert.That(ids, Has.All.Match("^([0-9]{3}|[0-9]{2}[A-Z]|[A-Z][0-9]{3})$"));
    }
}
