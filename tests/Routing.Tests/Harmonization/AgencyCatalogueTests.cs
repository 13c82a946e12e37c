using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Harmonization;

public sealed class AgencyCatalogueTests
{
    private static string ShippedPath => Path.Combine(SharedData.RepositoryRoot, "schemas", "harmonization", AgencyCatalogue.FileName);

    private static JsonObject Shipped() => (JsonObject)JsonNode.Parse(File.ReadAllBytes(ShippedPath))!;

    private static ReadResult<AgencyCatalogue> Parse(JsonNode catalogue) => AgencyCatalogue.Parse(Encoding.UTF8.GetBytes(catalogue.ToJsonString()));

    private static JsonObject AgencyOf(JsonObject catalogue, string id) =>
        catalogue["agencies"]!.AsArray().OfType<JsonObject>().Single(a => a["id"]!.GetValue<string>() == id);

    private static Diagnostic SingleError(ReadResult<AgencyCatalogue> result)
    {
        Assert.That(result.Value, Is.Null, "a catalogue with errors does not load");
        return result.Diagnostics.Single(d => d.IsError);
    }

    [Test]
    public void Load_shippedCatalogue_loadsWithoutAnyFinding()
    {
        var result = AgencyCatalogue.Load(ShippedPath);

        Assert.That(result.Diagnostics, Is.Empty);
        var catalogue = result.Value!;
        Assert.That(catalogue.Agencies.Select(a => a.Id), Is.EqualTo(new[] { "customs", "plant-health", "animal-health", "food-safety", "medicines", "chemicals", "radio", "statistics" }));
        Assert.That(catalogue.CommonCore.Id, Is.EqualTo("customs"));
        Assert.That(catalogue.Find("radio")!.Topic, Is.EqualTo("oga.radio"));
        Assert.That(catalogue.DocumentTypes, Is.EqualTo(new[] { "declaration", "cargoReport", "passengerList", "permit" }));
    }

    [Test]
    public void Load_shippedCatalogue_expandsObjectsAndKeyedArraysIntoTheirFields()
    {
        var catalogue = AgencyCatalogue.Load(ShippedPath).Value!;

        var customs = catalogue.CommonCore.Fields("declaration");
        Assert.That(customs, Does.Contain("/borderTransportMeans/nationality").And.Contain("/goodsItems/*/packages").And.Contain("/goodsItems/*/netMass/unit"));
        Assert.That(customs, Does.Not.Contain("/goodsItems/*/statisticalValue/value"), "statistical value is for statistics only");
        Assert.That(catalogue.Find("chemicals")!.Fields("declaration"), Does.Contain("/goodsItems/*/dangerousGoods/*/hazardClass"));
        Assert.That(catalogue.KeyFields("cargoReport"), Is.EquivalentTo(new[]
        {
            "/parties/*/role", "/consignments/*/masterBillOfLading", "/consignments/*/houseBillOfLading", "/consignments/*/parties/*/role",
            "/consignments/*/transportEquipment/*/id", "/consignments/*/items/*/sequenceNumber", "/consignments/*/items/*/dangerousGoods/*/unNumber",
        }));
    }

    [Test]
    public void LoadDefault_catalogueBesideTheBinaries_isTheShippedOne()
    {
        Assert.That(File.ReadAllBytes(AgencyCatalogue.DefaultPath), Is.EqualTo(File.ReadAllBytes(ShippedPath)));
        Assert.That(AgencyCatalogue.LoadDefault().Version, Is.EqualTo(Shipped()["version"]!.GetValue<string>()));
    }

    [Test]
    public void Parse_unknownFieldPath_isAnErrorNamingThePathTheStepAndTheMembers()
    {
        var catalogue = Shipped();
        AgencyOf(catalogue, "plant-health")["needs"]!["declaration"]!["fields"]![10] = "/goodsItems/*/classification/hsCode";

        var error = SingleError(Parse(catalogue));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.UnknownField));
        Assert.That(error.Pointer, Is.EqualTo("/agencies/1/needs/declaration/fields/10"));
        Assert.That(error.Message, Does.Contain("'/goodsItems/*/classification/hsCode'").And.Contain("'/goodsItems/*' has no member 'classification'").And.Contain("commodityCode"));
    }

    [TestCase("/goodsItems/commodityCode", HarmonizationDiagnosticIds.UnknownField, "'/goodsItems' is an array; the step after it must be '*'")]
    [TestCase("/lrn/value", HarmonizationDiagnosticIds.UnknownField, "'/lrn' is a value; it has no member 'value'")]
    [TestCase("/routingCountries/*", HarmonizationDiagnosticIds.UnknownField, "is an array of values")]
    [TestCase("/goodsItems/*/packages/*/quantity", HarmonizationDiagnosticIds.UnkeyedArray, "name the whole array ('/goodsItems/*/packages')")]
    [TestCase("goodsItems", HarmonizationDiagnosticIds.UnknownField, "expected a JSON pointer")]
    public void Parse_badFieldPath_saysWhichStepFails(string path, string id, string message)
    {
        var catalogue = Shipped();
        AgencyOf(catalogue, "statistics")["needs"]!["declaration"]!["fields"]![0] = path;

        var error = SingleError(Parse(catalogue));

        Assert.That(error.Id, Is.EqualTo(id));
        Assert.That(error.Pointer, Is.EqualTo("/agencies/7/needs/declaration/fields/0"));
        Assert.That(error.Message, Does.Contain(message));
    }

    [TestCase("hsCodes", "14-06", "starts after it ends")]
    [TestCase("hsCodes", "06-1400", "same number of digits")]
    [TestCase("hsCodes", "98", "01 to 97")]
    [TestCase("hsCodes", "8A", "2, 4 or 6 digits")]
    [TestCase("documentCodes", "N85", "category and type")]
    public void Parse_malformedCode_isAnErrorAtTheCode(string member, string code, string message)
    {
        var catalogue = Shipped();
        var condition = (JsonObject)AgencyOf(catalogue, "plant-health")["concernedBy"]![member == "hsCodes" ? 0 : 1]!;
        condition[member]![0] = code;

        var error = SingleError(Parse(catalogue));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.BadCode));
        Assert.That(error.Pointer, Is.EqualTo($"/agencies/1/concernedBy/{(member == "hsCodes" ? 0 : 1)}/{member}/0"));
        Assert.That(error.Message, Does.StartWith($"'{code}': ").And.Contain(message));
    }

    [Test]
    public void Parse_criterionThatMeansNothingForADocumentType_isAnError()
    {
        var catalogue = Shipped();
        AgencyOf(catalogue, "plant-health")["concernedBy"]![0]!["procedureCodes"] = new JsonArray("40");

        var error = SingleError(Parse(catalogue));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.CriterionNotApplicable));
        Assert.That(error.Pointer, Is.EqualTo("/agencies/1/concernedBy/0/procedureCodes"));
        Assert.That(error.Message, Does.Contain("means nothing for cargoReport documents"));
    }

    [Test]
    public void Parse_misspelledMember_isAnUnknownMember()
    {
        var catalogue = Shipped();
        var condition = (JsonObject)AgencyOf(catalogue, "radio")["concernedBy"]![0]!;
        condition["hscodes"] = condition["hsCodes"]!.DeepClone();
        condition.Remove("hsCodes");

        var error = SingleError(Parse(catalogue));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.UnknownMember));
        Assert.That(error.Pointer, Is.EqualTo("/agencies/6/concernedBy/0/hscodes"));
        Assert.That(error.Message, Does.Contain("hsCodes"));
    }

    [Test]
    public void Parse_issuerThatIsNoAgency_isAnError()
    {
        var catalogue = Shipped();
        AgencyOf(catalogue, "animal-health")["concernedBy"]![3]!["issuingAgencies"]![0] = "veterinary";

        var error = SingleError(Parse(catalogue));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.UnknownAgency));
        Assert.That(error.Pointer, Is.EqualTo("/agencies/2/concernedBy/3/issuingAgencies/0"));
        Assert.That(error.Message, Does.Contain("'veterinary'"));
    }

    [Test]
    public void Parse_sameAgencyIdTwice_isAnError()
    {
        var catalogue = Shipped();
        AgencyOf(catalogue, "radio")["id"] = "statistics";

        var result = Parse(catalogue);

        Assert.That(result.Value, Is.Null);
        var duplicate = result.Diagnostics.Single(d => d.Id == HarmonizationDiagnosticIds.Duplicate);
        Assert.That(duplicate.Pointer, Is.EqualTo("/agencies/7/id"));
    }

    [Test]
    public void Parse_twoCommonCoreAgencies_isAnError()
    {
        var catalogue = Shipped();
        AgencyOf(catalogue, "statistics")["commonCore"] = true;

        var error = SingleError(Parse(catalogue));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.CommonCore));
        Assert.That(error.Message, Does.Contain("customs, statistics"));
    }

    [Test]
    public void Parse_itemScopeWithoutKey_isAnError()
    {
        var catalogue = Shipped();
        catalogue["documents"]!["declaration"]!["keys"]!.AsObject().Remove("/goodsItems/*");

        var result = Parse(catalogue);

        Assert.That(result.Value, Is.Null);
        var error = result.Diagnostics.Single(d => d.Message.Contains("'/goodsItems/*' must be keyed", StringComparison.Ordinal));
        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.BadKey));
        Assert.That(error.Pointer, Is.EqualTo("/documents/declaration/keys"));
    }

    [TestCase("/goodsItems/*", "hsCode", "have no member 'hsCode'")]
    [TestCase("/routingCountries/*", "id", "not an array of objects")]
    [TestCase("/goodsItems/*", "packages", "a key member must be a value")]
    public void Parse_badKey_isAnError(string array, string member, string message)
    {
        var catalogue = Shipped();
        catalogue["documents"]!["declaration"]!["keys"]![array] = new JsonArray(member);

        var result = Parse(catalogue);

        Assert.That(result.Value, Is.Null);
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.Id), Has.All.EqualTo(HarmonizationDiagnosticIds.BadKey));
        Assert.That(result.Diagnostics.First(d => d.IsError).Message, Does.Contain(message));
    }

    [Test]
    public void Parse_documentTypeNotSplit_isAnError()
    {
        var catalogue = Shipped();
        catalogue["documents"]!["response"] = new JsonObject { ["keys"] = new JsonObject() };

        var error = SingleError(Parse(catalogue));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.UnknownDocumentType));
        Assert.That(error.Pointer, Is.EqualTo("/documents/response"));
    }

    [Test]
    public void Parse_severalProblems_reportsEveryOne()
    {
        var catalogue = Shipped();
        AgencyOf(catalogue, "radio")["needs"]!["declaration"]!["fields"]![0] = "/nope";
        AgencyOf(catalogue, "medicines")["concernedBy"]![0]!["hsCodes"]![0] = "3";
        AgencyOf(catalogue, "food-safety").Remove("name");

        var result = Parse(catalogue);

        Assert.That(result.Value, Is.Null);
        Assert.That(result.Diagnostics.Where(d => d.IsError).Select(d => d.Id + " " + d.Pointer), Is.EquivalentTo(new[]
        {
            "OGA0002 /agencies/3",
            "OGA0008 /agencies/4/concernedBy/0/hsCodes/0",
            "OGA0005 /agencies/6/needs/declaration/fields/0",
        }));
    }

    [Test]
    public void Parse_needsNoConditionCanBringAbout_isAWarning()
    {
        var catalogue = Shipped();
        AgencyOf(catalogue, "statistics")["needs"]!["cargoReport"] = new JsonObject { ["fields"] = new JsonArray("/manifestNumber") };

        var result = Parse(catalogue);

        Assert.That(result.Succeeded, Is.True);
        var warning = result.Diagnostics.Single();
        Assert.That(warning.Id, Is.EqualTo(HarmonizationDiagnosticIds.Unreachable));
        Assert.That(warning.Pointer, Is.EqualTo("/agencies/7/needs/cargoReport"));
    }

    [Test]
    public void Parse_notJson_isASyntaxErrorWithLine()
    {
        var result = AgencyCatalogue.Parse("{\n  \"version\": \"1\",\n  \"agencies\": [,]\n}"u8);

        var error = SingleError(result);
        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.Syntax));
        Assert.That(error.Line, Is.EqualTo(3));
    }

    [Test]
    public void Parse_memberTwice_isASyntaxError()
    {
        var error = SingleError(AgencyCatalogue.Parse("{\"version\":\"1\",\"version\":\"2\"}"u8));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.Syntax));
    }

    [Test]
    public void Load_missingFile_isAnErrorNotAnException()
    {
        var error = SingleError(AgencyCatalogue.Load(Path.Combine(Path.GetTempPath(), "no-such-catalogue.json")));

        Assert.That(error.Id, Is.EqualTo(HarmonizationDiagnosticIds.CannotRead));
        Assert.That(() => AgencyCatalogue.LoadOrThrow(Path.Combine(Path.GetTempPath(), "no-such-catalogue.json")), Throws.InvalidOperationException.With.Message.Contains("OGA0015"));
    }

    [Test]
    public void HsCodeRange_contains_comparesTheLeadingDigits()
    {
        Assert.That(HsCodeRange.TryParse("8525-8529", out var range, out _), Is.True);
        var inside = Messages.Wco.Model.CodeValue.Parse<Messages.Wco.Model.HsCode>("85287200");
        var outside = Messages.Wco.Model.CodeValue.Parse<Messages.Wco.Model.HsCode>("853010");

        Assert.That(range.Contains(inside), Is.True);
        Assert.That(range.Contains(outside), Is.False);
        Assert.That(range.ToString(), Is.EqualTo("8525-8529"));
    }
}
