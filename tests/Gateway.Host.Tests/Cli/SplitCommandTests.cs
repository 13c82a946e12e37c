using System.Text.Json.Nodes;
using UniPass.Gateway.Host.Cli;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Cli;

public sealed class SplitCommandTests
{
    private const string Declaration = """
        {
          "documentType": "declaration", "functionCode": "9", "typeCode": "IM", "lrn": "LRN-CLI-1",
          "parties": [ { "role": "Importer", "id": "GB123456789000", "communication": "+44 20 0000 0000" } ],
          "goodsItems": [
            { "sequenceNumber": 1, "description": "Green coffee beans", "commodityCode": "0901110000", "originCountry": "BR", "statisticalValue": { "value": 900, "currency": "GBP" } },
            { "sequenceNumber": 2, "description": "Steel screws", "commodityCode": "7318156900", "originCountry": "CN" }
          ]
        }
        """;

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("unipass-split-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public async Task Split_canonicalJson_printsCommonAndOneEntryPerAgency()
    {
        var (exit, output, error) = await RunAsync("split", Write("declaration.json", Declaration));

        Assert.That(exit, Is.Zero, error);
        var split = JsonNode.Parse(output)!;
        Assert.That(split["key"]!.GetValue<string>(), Is.EqualTo("LRN-CLI-1"));
        Assert.That(split["common"]!["lrn"]!.GetValue<string>(), Is.EqualTo("LRN-CLI-1"));
        Assert.That(split["agencies"]!.AsObject().Select(a => a.Key), Is.EqualTo(new[] { "plant-health", "food-safety", "statistics" }));
        var food = split["agencies"]!["food-safety"]!;
        Assert.That(food["items"]!.ToJsonString(), Is.EqualTo("{\"goodsItems\":[{\"sequenceNumber\":1}]}"), "only the coffee is food");
        Assert.That(split["agencies"]!["statistics"]!["fields"]!["goodsItems"]![0]!["statisticalValue"]!["value"]!.GetValue<decimal>(), Is.EqualTo(900m));
    }

    [Test]
    public async Task Split_ukCdsDeclaration_readsWcoXml()
    {
        var path = SharedData.PathOf("samples/wco/declarations/TT_IM028a__TT_IM028a.xml");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var (exit, output, error) = await RunAsync("split", path!);

        Assert.That(exit, Is.Zero, error);
        var split = JsonNode.Parse(output)!;
        Assert.That(split["documentType"]!.GetValue<string>(), Is.EqualTo("declaration"));
        Assert.That(split["agencies"]!.AsObject().Select(a => a.Key), Is.EqualTo(new[] { "plant-health", "food-safety", "statistics" }));
    }

    [Test]
    public async Task Split_invalidDocument_returnsInvalidInputWithPointer()
    {
        var (exit, output, error) = await RunAsync("split", Write("bad.json", "{\"documentType\":\"declaration\",\"functionCode\":\"9\",\"typeCode\":\"IM\"}"));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo(Path.Combine(_folder, "bad.json") + ":1:65: error JSN0004: Declaration is missing the required members 'lrn'" + Environment.NewLine));
    }

    [Test]
    public async Task Split_edifact_isHarmonizedThroughItsMappingAndSplit()
    {
        var (exit, output, error) = await RunAsync("split", Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "CUSDEC_DEMO.edi"));

        Assert.That(exit, Is.EqualTo(0), error);
        var split = JsonNode.Parse(output)!;
        Assert.That(split["documentType"]!.GetValue<string>(), Is.EqualTo("declaration"));
        Assert.That(split["key"]!.GetValue<string>(), Is.EqualTo("LRN-DEMO-0001"));
    }

    [Test]
    public async Task Split_missingFile_returnsUsageError()
    {
        var (exit, _, error) = await RunAsync("split", Path.Combine(_folder, "none.json"));

        Assert.That(exit, Is.EqualTo(CliApp.UsageError));
        Assert.That(error, Does.Contain("no such file"));
    }

    [Test]
    public async Task Split_catalogueWithUnknownField_returnsUsageErrorNamingThePath()
    {
        var catalogue = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "schemas", "harmonization", "agencies.json"))
            .Replace("\"/goodsItems/*/statisticalValue\"", "\"/goodsItems/*/statValue\"", StringComparison.Ordinal);

        var (exit, output, error) = await RunAsync("split", Write("declaration.json", Declaration), "--catalogue", Write("agencies.json", catalogue));

        Assert.That(exit, Is.EqualTo(CliApp.UsageError));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith(Path.Combine(_folder, "agencies.json") + ":/agencies/7/needs/declaration/fields/17: error OGA0005: '/goodsItems/*/statValue': '/goodsItems/*' has no member 'statValue'"));
    }

    [Test]
    public async Task Split_edifactWithEnvelopeFaults_needsLenientAndThenSplits()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "CUSDEC_WRONG_COUNTS.edi");

        var strict = await RunAsync("split", path);
        var lenient = await RunAsync("split", path, "--lenient");

        Assert.That(strict.Exit, Is.EqualTo(1));
        Assert.That(strict.Output, Is.Empty);
        Assert.That(strict.Error, Does.StartWith($"{path}:6(UNT):1:1: error EDI0016: UNT segment count 6 does not match"));
        Assert.That(lenient.Exit, Is.EqualTo(0), lenient.Error);
        Assert.That(lenient.Error.ReplaceLineEndings("\n"), Is.EqualTo(
            $"{path}:6(UNT):1:1: warning EDI0016: UNT segment count 6 does not match the 5 segments of message '1' (UNH and UNT included) (CONTRL 0085=29)\n" +
            $"{path}:7(UNZ):1:1: warning EDI0013: UNZ control count 2 does not match the 1 messages in the interchange (CONTRL 0085=29)\n"));
        var split = JsonNode.Parse(lenient.Output)!;
        Assert.That(split["documentType"]!.GetValue<string>(), Is.EqualTo("declaration"));
        Assert.That(split["key"]!.GetValue<string>(), Is.EqualTo("LRN-DEMO-0002"));
    }

    [Test]
    public async Task Split_help_namesEdifactInputAndLenient()
    {
        var (exit, output, _) = await RunAsync("split", "--help");

        Assert.That(exit, Is.Zero);
        Assert.That(output, Does.Contain("EDIFACT interchange (CUSDEC, CUSCAR, PAXLST)").And.Contain("--lenient"));
    }
}
