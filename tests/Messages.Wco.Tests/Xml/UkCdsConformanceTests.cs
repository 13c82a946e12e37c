using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Wco.Tests.Xml;

/// <summary>
/// The UK CDS samples in ../shared: every valid declaration reads into the canonical model with nothing
/// lost, writes back to XML that the UK schema accepts, and reads again to the same canonical document.
/// Counts are taken from the source XML independently of the reader.
/// </summary>
public sealed class UkCdsConformanceTests
{
    private const string Dec = WcoNamespaces.Declaration;
    private static readonly Lazy<XmlSchemaSet?> s_ukSchemas = new(() =>
        SharedData.PathOf("samples/wco/schemas/customs/wrapper_submit.xsd") is { } p && File.Exists(p) ? WcoXmlSchemas.Load(p) : null);

    private static readonly Lazy<XmlSchemaSet> s_subset = new(() => WcoXmlSchemas.LoadSubset(Path.Combine(SharedData.RepositoryRoot, "schemas", "wco")));

    public static IEnumerable<TestCaseData> Declarations() =>
        SharedData.Cases("samples/wco/declarations", "*.xml").Where(c => !((string)c.Arguments[0]!).Contains("TT_EX002a", StringComparison.Ordinal));

    public static IEnumerable<TestCaseData> Notifications() => SharedData.Cases("samples/wco/notifications", "*.xml");

    private static ReadResult<CanonicalDocument> ReadFile(string path, WcoXmlReaderOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return WcoXmlReader.Read(stream, options);
    }

    [Test]
    public void Samples_arePresent() =>
        Assert.That(Declarations().Count(), Is.EqualTo(22), "../shared/samples/wco/declarations should hold 22 well-formed declarations");

    [TestCaseSource(nameof(Declarations))]
    public void Read_ukDeclaration_readsWithoutErrorsOrUnmappedElements(string path)
    {
        var read = ReadFile(path);

        Assert.That(read.Diagnostics, Is.Empty, string.Join("\n", read.Diagnostics));
        Assert.That(read.Value, Is.InstanceOf<Declaration>());
    }

    [TestCaseSource(nameof(Declarations))]
    public void Read_ukDeclaration_agreesWithTheSourceCounts(string path)
    {
        var source = XDocument.Load(path);
        var declarationElement = source.Descendants(XName.Get("Declaration", Dec)).Single();
        var sourceLrn = declarationElement.Element(XName.Get("FunctionalReferenceID", Dec))!.Value.Trim();
        var sourceItems = declarationElement.Descendants(XName.Get("GovernmentAgencyGoodsItem", Dec)).Count();
        string[] partyElements = ["Declarant", "Exporter", "Importer", "Agent", "Consignee", "Consignor", "Carrier", "Buyer", "Seller"];
        var sourceParties = partyElements.Sum(name => declarationElement.Descendants(XName.Get(name, Dec)).Count());

        var declaration = (Declaration)ReadFile(path).Value!;

        Assert.That(declaration.Lrn.Value, Is.EqualTo(sourceLrn));
        Assert.That(declaration.GoodsItems, Has.Count.EqualTo(sourceItems));
        Assert.That(declaration.Parties, Has.Count.EqualTo(sourceParties));
    }

    // What the business rules find in the samples themselves, checked by hand against each file: the exporter of
    // TT_EX021a is commented out, TT_EX043a and TT_EX051a declare other package totals than their items, and the
    // acceptance time of TT_EX009a and TT_EX023a precedes their issue time. Every other sample is consistent.
    private static readonly Dictionary<string, string[]> s_knownFindings = new(StringComparer.Ordinal)
    {
        ["TT_EX009a"] = ["BUS0004 /acceptanceDateTime"],
        ["TT_EX021a"] = ["BUS0002 /parties"],
        ["TT_EX023a"] = ["BUS0004 /acceptanceDateTime"],
        ["TT_EX043a"] = ["BUS0001 /totalPackageQuantity"],
        ["TT_EX051a"] = ["BUS0001 /totalPackageQuantity"],
    };

    [TestCaseSource(nameof(Declarations))]
    public void Check_ukDeclaration_findsExactlyTheSamplesOwnInconsistencies(string path)
    {
        var declaration = (Declaration)ReadFile(path).Value!;
        var rules = new UniPass.Gateway.Messages.Wco.Validation.BusinessRules(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
        var name = Path.GetFileName(path).Split("__")[0];

        var findings = rules.Check(declaration).Select(f => f.Id + " " + f.Pointer);

        Assert.That(findings, Is.EquivalentTo(s_knownFindings.GetValueOrDefault(name, [])));
    }

    [TestCaseSource(nameof(Declarations))]
    public void Write_ukDeclaration_keepsEveryMappedValue(string path)
    {
        var declaration = (Declaration)ReadFile(path).Value!;

        var written = WcoXmlWriter.WriteString(declaration);

        // Every leaf value of the source (and its attributes) appears in the output at the same element path.
        Assert.That(LeafValues(XDocument.Parse(written)), Is.EquivalentTo(LeafValues(XDocument.Load(path))));
    }

    [TestCaseSource(nameof(Declarations))]
    public void Write_ukDeclaration_isValidAgainstTheUkSchemaAndOurSubset(string path)
    {
        var declaration = (Declaration)ReadFile(path).Value!;
        var written = WcoXmlWriter.WriteString(declaration, new WcoXmlWriterOptions { ResponsibleCountryCode = "GB", ResponsibleAgencyName = "HMRC" });

        Assert.That(Validate(written, s_subset.Value), Is.Empty);
        if (s_ukSchemas.Value is { } uk)
        {
            Assert.That(Validate(written, uk), Is.Empty);
        }
    }

    [TestCaseSource(nameof(Declarations))]
    public void Write_thenRead_ukDeclaration_givesTheSameCanonicalJson(string path)
    {
        var declaration = (Declaration)ReadFile(path).Value!;
        using var stream = new MemoryStream();
        WcoXmlWriter.Write(declaration, stream);
        stream.Position = 0;

        var reread = WcoXmlReader.Read(stream);

        Assert.That(reread.Diagnostics, Is.Empty);
        Assert.That(CanonicalJson.WriteString(reread.Value!), Is.EqualTo(CanonicalJson.WriteString(declaration)));
    }

    [Test]
    public void Read_notWellFormedSample_isWco0001WithLineAndColumn()
    {
        var path = SharedData.PathOf("samples/wco/declarations/TT_EX002a__TT_EX002a.xml");
        Assert.That(path is not null && File.Exists(path), Is.True, "../shared/samples is required");

        var read = ReadFile(path!);

        var error = read.Diagnostics.Single(d => d.IsError);
        Assert.That(error.Id, Is.EqualTo(WcoXmlDiagnosticIds.NotWellFormed));
        Assert.That(error.Line, Is.EqualTo(72));
        Assert.That(error.Column, Is.GreaterThan(0));

        // The broken comment follows the third AuthorisationHolder: the error is in the Declaration, not in that holder.
        Assert.That(error.Pointer, Is.EqualTo("/MetaData/Declaration"));
        Assert.That(read.Value, Is.Null);
    }

    [Test]
    public void Read_declarationInsideHmrcWrapper_findsTheDeclaration()
    {
        var path = SharedData.PathOf("samples/wco/declarations/TT_IM023a__TT_IM023a.xml");
        Assert.That(path is not null && File.Exists(path), Is.True, "../shared/samples is required");

        var read = ReadFile(path!);

        Assert.That(read.Succeeded, Is.True, string.Join("\n", read.Diagnostics));
        Assert.That(((Declaration)read.Value!).TypeCode, Does.StartWith("IM"));
    }

    [TestCaseSource(nameof(Notifications))]
    public void Read_ukNotification_isAResponseWithADocumentationStyleWarning(string path)
    {
        var source = XDocument.Load(path);
        var errors = source.Descendants("Error").Count();

        var read = ReadFile(path);

        Assert.That(read.Value, Is.InstanceOf<Response>());
        Assert.That(read.Diagnostics.Where(d => d.IsError), Is.Empty);
        Assert.That(read.Diagnostics.Select(d => d.Id), Does.Contain(WcoXmlDiagnosticIds.NoNamespace));
        var response = (Response)read.Value!;
        Assert.That(response.FunctionCode, Is.EqualTo(source.Descendants("Response").Elements("FunctionCode").Single().Value));
        Assert.That(response.Errors, Has.Count.EqualTo(errors));
    }

    [Test]
    public void Read_withUkSchemaConfigured_validSampleHasNoSchemaFindings()
    {
        Assert.That(s_ukSchemas.Value, Is.Not.Null, "../shared/samples/wco/schemas is required");
        var path = SharedData.PathOf("samples/wco/declarations/TT_IM019a__TT_IM019a.xml")!;

        var read = ReadFile(path, new WcoXmlReaderOptions { ExternalSchemas = s_ukSchemas.Value });

        Assert.That(read.Diagnostics, Is.Empty);
    }

    [Test]
    public void Read_withUkSchemaConfigured_invalidInputIsWco0009()
    {
        Assert.That(s_ukSchemas.Value, Is.Not.Null, "../shared/samples/wco/schemas is required");
        var path = SharedData.PathOf("samples/wco/declarations/TT_IM019a__TT_IM019a.xml")!;
        var text = File.ReadAllText(path).Replace("<GoodsItemQuantity>1</GoodsItemQuantity>", "<GoodsItemQuantity>one</GoodsItemQuantity>", StringComparison.Ordinal);

        var read = WcoXmlReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new WcoXmlReaderOptions { ExternalSchemas = s_ukSchemas.Value });

        var finding = read.Diagnostics.First(d => d.Id == WcoXmlDiagnosticIds.SchemaInvalid);
        Assert.That(finding.Pointer, Is.EqualTo("/MetaData/Declaration/GoodsItemQuantity"));
        Assert.That(finding.Line, Is.GreaterThan(0));
    }

    internal static List<string> Validate(string xml, XmlSchemaSet schemas)
    {
        var findings = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => findings.Add($"{e.Exception?.LineNumber}:{e.Exception?.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return findings;
    }

    // "Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/Classification/ID=22030001" for every leaf below
    // Declaration, and "...@currencyID=GBP" for every attribute except namespace declarations and schema locations.
    private static List<string> LeafValues(XDocument document)
    {
        var declaration = document.Descendants(XName.Get("Declaration", Dec)).Single();
        var values = new List<string>();
        foreach (var element in declaration.DescendantsAndSelf())
        {
            var path = string.Join("/", element.AncestorsAndSelf().TakeWhile(e => e != declaration.Parent).Reverse().Select(e => e.Name.LocalName));
            if (!element.HasElements && element != declaration)
            {
                values.Add(path + "=" + element.Value.Trim());
            }

            values.AddRange(element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName != "schemaLocation").Select(a => path + "@" + a.Name.LocalName + "=" + a.Value));
        }

        return values;
    }
}
