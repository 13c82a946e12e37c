using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Harmonization;

public sealed class DocumentSplitterTests
{
    private static readonly DocumentSplitter s_splitter = new(AgencyCatalogue.LoadDefault());

    private static IEnumerable<TestCaseData> OwnFixtures() =>
        new[] { "import-mixed.json", "export-plants.json", "cargo-report.json", "permit-decision.json", "permit-application.json", "passenger-list.json" }
            .Select(f => new TestCaseData(f).SetArgDisplayNames(f));

    private static CanonicalDocument Read(string fixture)
    {
        var read = CanonicalJson.Read(Fixture.Bytes("harmonization/" + fixture));
        Assert.That(read.Diagnostics, Is.Empty, fixture);
        return read.Value!;
    }

    private static CanonicalDocument? ReadSample(string path)
    {
        using var stream = File.OpenRead(path);
        return WcoXmlReader.Read(stream).Value;
    }

    private static string[] Agencies(SplitResult split) => [.. split.Packages.Select(p => p.Agency.Id)];

    private static JsonNode? At(JsonNode? node, params object[] steps)
    {
        foreach (var step in steps)
        {
            node = step is int i ? node?.AsArray()[i] : node?[(string)step];
        }

        return node;
    }

    [TestCaseSource(nameof(OwnFixtures))]
    public void Split_ownFixture_keepsEveryPromise(string fixture)
    {
        var document = Read(fixture);

        var split = s_splitter.Split(document);

        SplitInvariants.Check(s_splitter, document, split);
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/wco/declarations", "*.xml" })]
    public void Split_ukCdsDeclaration_keepsEveryPromise(string path)
    {
        var document = ReadSample(path);
        if (Path.GetFileName(path).StartsWith("TT_EX002a", StringComparison.Ordinal))
        {
            Assert.That(document, Is.Null, "TT_EX002a is not well-formed");
            return;
        }

        Assert.That(document, Is.Not.Null);
        var split = s_splitter.Split(document!);

        SplitInvariants.Check(s_splitter, document!, split);
        Assert.That(split.Key, Is.EqualTo(((Declaration)document!).Lrn.Value));
        Assert.That(Agencies(split), Does.Contain("statistics"), "every declaration is a source of trade statistics");
    }

    // Expected from each sample's commodity codes and documents (see agencies.json).
    [TestCase("TT_IM028a__TT_IM028a.xml", new[] { "plant-health", "food-safety", "statistics" }, TestName = "Split_ukCdsFrozenStrawberriesWithOrganicCertificate_plantHealthFoodSafetyAndStatistics")]
    [TestCase("TT_IM019a__TT_IM019a.xml", new[] { "food-safety", "statistics" }, TestName = "Split_ukCdsBeerImport_foodSafetyAndStatistics")]
    [TestCase("TT_IM023a__TT_IM023a.xml", new[] { "animal-health", "food-safety", "statistics" }, TestName = "Split_ukCdsFatsWithAnimalPathogenLicence_animalHealthFoodSafetyAndStatistics")]
    [TestCase("TT_EX009a__TT_EX009a.xml", new[] { "statistics" }, TestName = "Split_ukCdsExportOfTelephoneParts_notRadioBecauseNotReleasedForFreeCirculation")]
    [TestCase("TT_IM012a__TT_IM012a.xml", new[] { "statistics" }, TestName = "Split_ukCdsLeatherTrunks_notAnimalHealthBecauseFinishedLeather")]
    [TestCase("TT_EX016a__TT_EX016a.xml", new[] { "statistics" }, TestName = "Split_ukCdsCarExport_statisticsOnly")]
    public void Split_ukCdsDeclaration_concernsTheAgenciesItsGoodsCallFor(string file, string[] expected)
    {
        var path = SharedData.PathOf("samples/wco/declarations/" + file);
        Assert.That(path, Is.Not.Null, "../shared/samples is required");
        var document = ReadSample(path!);
        Assert.That(document, Is.Not.Null);

        var split = s_splitter.Split(document!);

        Assert.That(Agencies(split), Is.EqualTo(expected));
    }

    [Test]
    public void Split_mixedImport_eachAgencyConcernedByItsItemsOnly()
    {
        var split = s_splitter.Split(Read("import-mixed.json"));

        Assert.That(Agencies(split), Is.EqualTo(new[] { "plant-health", "animal-health", "food-safety", "medicines", "chemicals", "radio", "statistics" }));
        int[] ItemsOf(string agency) => [.. split.PackageFor(agency)!.Items["goodsItems"]!.AsArray().Select(i => i!["sequenceNumber"]!.GetValue<int>())];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ItemsOf("plant-health"), Is.EqualTo(new[] { 1 }), "frozen strawberries, chapter 08");
            Assert.That(ItemsOf("animal-health"), Is.EqualTo(new[] { 2 }), "beef, chapter 02, with a CHED-P");
            Assert.That(ItemsOf("food-safety"), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(ItemsOf("radio"), Is.EqualTo(new[] { 3 }), "smartphones released for free circulation");
            Assert.That(ItemsOf("chemicals"), Is.EqualTo(new[] { 4 }));
            Assert.That(ItemsOf("medicines"), Is.EqualTo(new[] { 5 }));
            Assert.That(ItemsOf("statistics"), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
        }
    }

    [Test]
    public void Split_mixedImport_reasonsNameTheConditionAndWhatMatched()
    {
        var split = s_splitter.Split(Read("import-mixed.json"));

        var animal = split.PackageFor("animal-health")!.Reasons;
        Assert.That(animal.Select(r => r.Condition.Id), Is.EqualTo(new[] { "animals-and-animal-products", "veterinary-document-presented" }));
        Assert.That(animal[0].Items.Single().Matched["hsCode"], Is.EqualTo("0202300000"));
        Assert.That(animal[1].Items.Single().Matched["documentCode"], Is.EqualTo("N853"));
        Assert.That(animal[1].Items.Single().Item.ToJsonString(), Is.EqualTo("{\"goodsItems\":[{\"sequenceNumber\":2}]}"));
        var radio = split.PackageFor("radio")!.Reasons.Single();
        Assert.That(radio.Items.Single().Matched, Is.EquivalentTo(new Dictionary<string, string> { ["hsCode"] = "8517130000", ["procedureCode"] = "40" }));
        var food = split.PackageFor("food-safety")!.Reasons;
        Assert.That(food[0].Matched["declarationType"], Is.EqualTo("IMA"));
        Assert.That(split.PackageFor("statistics")!.Reasons.Single().Items, Is.Empty, "statistics is concerned by the whole declaration");
    }

    [Test]
    public void Split_mixedImport_uniqueFieldsGoToTheirAgencyAndSharedOnesToTheCore()
    {
        var split = s_splitter.Split(Read("import-mixed.json"));

        var statistics = split.PackageFor("statistics")!.Fields;
        var chemicals = split.PackageFor("chemicals")!.Fields;
        using (Assert.EnterMultipleScope())
        {
            // Statistical value and nature of transaction serve statistics only (IMTS 2010): never in the core.
            Assert.That(At(statistics, "goodsItems", 0, "statisticalValue", "value")!.GetValue<decimal>(), Is.EqualTo(4800m));
            Assert.That(At(statistics, "transactionNatureCode")!.GetValue<string>(), Is.EqualTo("11"));
            Assert.That(At(split.Common, "goodsItems", 0, "statisticalValue"), Is.Null);
            Assert.That(At(split.Common, "transactionNatureCode"), Is.Null);

            // The hazard class is the chemicals agency's alone; the UN number customs needs too, so it is in the core.
            Assert.That(chemicals.ToJsonString(), Is.EqualTo("{\"goodsItems\":[{\"sequenceNumber\":4,\"dangerousGoods\":[{\"unNumber\":\"1984\",\"hazardClass\":\"2.2\"}]}]}"));
            Assert.That(At(split.Common, "goodsItems", 3, "dangerousGoods", 0)!.ToJsonString(), Is.EqualTo("{\"unNumber\":\"1984\"}"));

            // The importer's telephone: several inspecting agencies need it, so it is entered once, in the core.
            Assert.That(At(split.Common, "parties", 1, "communication")!.GetValue<string>(), Is.EqualTo("+44 1394 000000"));
            Assert.That(split.PackageFor("plant-health")!.FromCommon, Does.Contain("/parties/*/communication"));

            // Duties are customs' business; no agency reads them from the core.
            Assert.That(At(split.Common, "goodsItems", 0, "dutyTaxFees"), Is.Not.Null);
            Assert.That(split.Packages.SelectMany(p => p.FromCommon), Has.None.StartsWith("/goodsItems/*/dutyTaxFees"));
        }
    }

    [Test]
    public void Split_exportWithOneInspectingAgency_contactGoesToThatAgencysPackage()
    {
        var split = s_splitter.Split(Read("export-plants.json"));

        Assert.That(Agencies(split), Is.EqualTo(new[] { "plant-health", "statistics" }));
        var plant = split.PackageFor("plant-health")!;
        Assert.That(plant.Fields.ToJsonString(), Is.EqualTo("{\"parties\":[{\"role\":\"Exporter\",\"communication\":\"plants@kent-nurseries.example\"}]}"));
        Assert.That(At(split.Common, "parties", 1, "communication"), Is.Null);
        Assert.That(plant.Reasons.Select(r => r.Condition.Id), Is.EqualTo(new[] { "plants-and-plant-products", "phytosanitary-certificate-presented" }));
    }

    [Test]
    public void Split_cargoReport_referencesConsignmentsByBillOfLadingAndItemsBySequence()
    {
        var split = s_splitter.Split(Read("cargo-report.json"));

        Assert.That(Agencies(split), Is.EqualTo(new[] { "animal-health", "food-safety", "chemicals" }));
        Assert.That(split.Key, Is.EqualTo("MAN-2026-0099"));
        var chemicals = split.PackageFor("chemicals")!;
        Assert.That(chemicals.Items.ToJsonString(), Is.EqualTo("{\"consignments\":[{\"masterBillOfLading\":\"MAEU700001\",\"houseBillOfLading\":\"HB-1\",\"items\":[{\"sequenceNumber\":2}]}]}"));
        Assert.That(chemicals.Reasons.Single().Items.Single().Matched["unNumber"], Is.EqualTo("3159"), "the refrigerant has no HS code, only its UN number");
        Assert.That(chemicals.Fields.ToJsonString(), Is.EqualTo("{\"consignments\":[{\"masterBillOfLading\":\"MAEU700001\",\"houseBillOfLading\":\"HB-1\",\"items\":[{\"sequenceNumber\":2,\"dangerousGoods\":[{\"unNumber\":\"3159\",\"hazardClass\":\"2.2\"}]}]}]}"));
        Assert.That(split.PackageFor("animal-health")!.Items.ToJsonString(), Does.Not.Contain("MAEU700002"), "the battery consignment concerns no agency but customs");
    }

    [Test]
    public void Split_permitDecision_customsGetsTheDecisionTheIssuerEverything()
    {
        var split = s_splitter.Split(Read("permit-decision.json"));

        Assert.That(Agencies(split), Is.EqualTo(new[] { "animal-health" }));
        Assert.That(split.CommonCoreReasons.Single().Condition.Id, Is.EqualTo("permit-decisions"));
        var animal = split.PackageFor("animal-health")!;
        Assert.That(animal.Reasons.Select(r => r.Condition.Id), Is.EqualTo(new[] { "veterinary-documents", "issued-by-animal-health" }));
        Assert.That(At(animal.Fields, "holder", "name")!.GetValue<string>(), Is.EqualTo("Northern Foods and Goods plc"));
        Assert.That(At(split.Common, "holder")!.ToJsonString(), Is.EqualTo("{\"role\":\"PermitHolder\",\"id\":\"GB987654321000\"}"));
    }

    [Test]
    public void Split_permitApplication_concernsOnlyTheIssuer_coreIsEmpty()
    {
        var split = s_splitter.Split(Read("permit-application.json"));

        Assert.That(split.CommonCoreReasons, Is.Empty, "an application under review is no customs matter");
        Assert.That(Agencies(split), Is.EqualTo(new[] { "plant-health" }));
        Assert.That(split.Common.Count, Is.Zero, "nothing is needed by customs or by two agencies");
        Assert.That(At(split.PackageFor("plant-health")!.Fields, "permitId")!.GetValue<string>(), Is.EqualTo("PHYTO-APP-2026-0007"));
    }

    [Test]
    public void Split_passengerList_goesToCustomsOnly()
    {
        var document = Read("passenger-list.json");

        var split = s_splitter.Split(document);

        Assert.That(split.Packages, Is.Empty, "passenger data goes to no agency the catalogue does not name for it");
        Assert.That(At(split.Common, "travellers", 0, "surname")!.GetValue<string>(), Is.EqualTo("DOE"));
    }

    [TestCaseSource(nameof(OwnFixtures))]
    public void Split_sameDocumentTwice_givesTheSameBytes(string fixture)
    {
        var first = s_splitter.Split(Read(fixture), "0194f9b2-0000-7000-8000-000000000001").ToUtf8Json();
        var reread = CanonicalJson.Read(CanonicalJson.Write(Read(fixture))).Value!;

        var second = s_splitter.Split(reread, "0194f9b2-0000-7000-8000-000000000001").ToUtf8Json();

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Split_documentTypeTheCatalogueDoesNotSplit_throws()
    {
        var response = new Response { FunctionCode = "03" };

        Assert.That(s_splitter.CanSplit("response"), Is.False);
        Assert.That(() => s_splitter.Split(response), Throws.ArgumentException.With.Message.Contains("response"));
    }

    [Test]
    public void DeliveryFor_agency_holdsItsPackageAndOnlyTheCoreFieldsItNeeds()
    {
        var split = s_splitter.Split(Read("import-mixed.json"), "0194f9b2-0000-7000-8000-000000000001");

        var radio = split.DeliveryFor(split.PackageFor("radio")!);

        Assert.That(radio["agency"]!.GetValue<string>(), Is.EqualTo("radio"));
        Assert.That(radio["messageId"]!.GetValue<string>(), Is.EqualTo("0194f9b2-0000-7000-8000-000000000001"));
        Assert.That(radio["key"]!.GetValue<string>(), Is.EqualTo("LRN-2026-MIXED-01"));
        var common = radio["common"]!;
        Assert.That(common["goodsItems"]!.AsArray().Select(i => i!["sequenceNumber"]!.GetValue<int>()), Is.EqualTo(new[] { 3 }));
        Assert.That(At(common, "goodsItems", 0, "tariffQuantity", "value")!.GetValue<decimal>(), Is.EqualTo(1000m));
        Assert.That(At(common, "goodsItems", 0, "customsValue"), Is.Null, "the regulator does not need the customs value");
        Assert.That(common["borderTransportMeans"], Is.Null);
    }
}
