using System.Text;
using System.Text.Json;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Cli;

/// <summary><c>convert FILE --to json|wco-xml|cusres|aperak [--lenient]</c>.</summary>
public sealed class ConvertCommandTests
{
    [Test]
    public async Task Convert_paxlstToJson_printsThePassengerList()
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("PAXLST_SENDERA.edi"), "--to", "json");

        Assert.That(run.Exit, Is.EqualTo(0), run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        Assert.That(json.RootElement.GetProperty("documentType").GetString(), Is.EqualTo("passengerList"));
        Assert.That(json.RootElement.GetProperty("flight").GetProperty("carrierCode").GetString(), Is.EqualTo("ZZ"));
        Assert.That(json.RootElement.GetProperty("travellers")[0].GetProperty("surname").GetString(), Is.EqualTo("ZYSKOWSKA"));
    }

    [Test]
    public async Task Convert_cusdecToWcoXml_printsTheDeclaration()
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("CUSDEC_DEMO.edi"), "--to", "wco-xml");

        Assert.That(run.Exit, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("urn:wco:datamodel:WCO:DEC-DMS:2").And.Contain("LRN-DEMO-0001"));
    }

    [Test]
    public async Task Convert_passengerListToWcoXml_isRefusedWithExit1()
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("PAXLST_SENDERA.edi"), "--to", "wco-xml");

        Assert.That(run.Exit, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("passengerList has no WCO DM XML form"));
    }

    [Test]
    public async Task Convert_jsonWithControlCharacterToWcoXml_isRefusedByElementWithExit1()
    {
        // JSON can carry U+0008 ("\b"); XML 1.0 cannot, not even as a character reference.
        var json = await CliRun.RunAsync("convert", CliRun.Fixture("CUSDEC_DEMO.edi"), "--to", "json");
        Assert.That(json.Exit, Is.EqualTo(0), json.ToString());
        Assert.That(json.Output, Does.Contain("\"Demo Trading Ltd\""));
        var path = Path.Combine(Path.GetTempPath(), $"unipass-convert-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json.Output.Replace("\"Demo Trading Ltd\"", "\"Demo\\bTrading Ltd\"", StringComparison.Ordinal));
        try
        {
            var run = await CliRun.RunAsync("convert", path, "--to", "wco-xml");

            Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
            Assert.That(run.Output, Is.Empty);
            Assert.That(run.Error, Does.Contain("Name holds U+0008 at character 5, which XML 1.0 cannot carry."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Convert_interchangeWithoutRecipientToCusres_saysWhyNoResponseCanBeWrittenWithExit1()
    {
        // The response goes from the interchange's recipient (UNB S003), which is empty here: UNB 0004 of the answer would be.
        var text = File.ReadAllText(CliRun.Fixture("CUSDEC_DEMO.edi")).Replace("+UNIPASS:ZZ+", "+:ZZ+", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"unipass-convert-{Guid.NewGuid():N}.edi");
        await File.WriteAllTextAsync(path, text);
        try
        {
            var run = await CliRun.RunAsync("convert", path, "--to", "cusres");

            Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
            Assert.That(run.Output, Is.Empty);
            Assert.That(run.Error, Does.Contain("UNB S003/0010) is missing"));
            Assert.That(run.Error, Does.Contain("no CUSRES can be written in answer to this interchange: UNB 0004 is mandatory"));
            Assert.That(run.Error, Does.Not.Contain("Unhandled"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Convert_cusdecToCusres_printsAnAcceptanceInTheSendersSyntax()
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("CUSDEC_DEMO.edi"), "--to", "cusres");

        Assert.That(run.Exit, Is.EqualTo(0), run.ToString());
        var bytes = Encoding.Latin1.GetBytes(run.Output.TrimEnd('\n'));
        var result = EdifactInterchange.Validate(bytes);
        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Interchange!.SyntaxIdentifier, Is.EqualTo("UNOC"));
        Assert.That((result.Interchange.Sender.Id, result.Interchange.Recipient.Id), Is.EqualTo(("UNIPASS", "DEMO")));
        Assert.That(run.Output, Does.Contain("UNH+1+CUSRES:D:96B:UN'BGM+962+").And.Contain("+29+AP'").And.Contain("RFF+ABE:LRN-DEMO-0001'"));
    }

    [Test]
    public async Task Convert_wrongCountsToAperak_printsTheRejectionAndExits1()
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi"), "--to", "aperak");

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.Output, Does.Contain("UNH+1+APERAK:D:96B:UN'BGM+313+").And.Contain("ERC+EDI0016'").And.Contain("ERC+EDI0013'"));
        Assert.That(run.Error, Does.Contain("EDI0016"));
    }

    [Test]
    public async Task Convert_realCuscarSample_needsLenientAndThenConverts()
    {
        var path = SharedData.PathOf("samples/edifact/lenient/edinet__edifact.D95B.CUSCAR.EDI");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var strict = await CliRun.RunAsync("convert", path!, "--to", "json");
        var lenient = await CliRun.RunAsync("convert", path!, "--to", "json", "--lenient");

        Assert.That(strict.Exit, Is.EqualTo(1));
        Assert.That(strict.Output, Is.Empty);
        Assert.That(lenient.Exit, Is.EqualTo(0), lenient.ToString());
        Assert.That(lenient.Error, Does.Contain("warning EDI0016").And.Contain("EDI0209"));
        using var json = JsonDocument.Parse(lenient.Output);
        Assert.That(json.RootElement.GetProperty("consignments").GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public async Task Convert_missingFile_isAUsageError()
    {
        var run = await CliRun.RunAsync("convert", Path.Combine(TestContext.CurrentContext.TestDirectory, "none.edi"), "--to", "json");

        Assert.That(run.Exit, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("no such file"));
    }

    [Test]
    public async Task Convert_unknownTarget_isAUsageError()
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("CUSDEC_DEMO.edi"), "--to", "pdf");

        Assert.That(run.Exit, Is.EqualTo(2));
    }

    [Test]
    public async Task Convert_wrongCountsToJson_printsTheFindingsAsValidateDoes()
    {
        var path = CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi");

        var run = await CliRun.RunAsync("convert", path, "--to", "json");
        var validate = await CliRun.RunAsync("validate", path, "--level", "envelope");

        Assert.That(run.Exit, Is.EqualTo(1));
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Is.EqualTo(
            $"{path}:6(UNT):1:1: error EDI0016: UNT segment count 6 does not match the 5 segments of message '1' (UNH and UNT included) (CONTRL 0085=29)\n" +
            $"{path}:7(UNZ):1:1: error EDI0013: UNZ control count 2 does not match the 1 messages in the interchange (CONTRL 0085=29)\n"));
        Assert.That(validate.OutputLines[..^1], Is.EqualTo(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), "the same lines as validate at the same level");
    }

    [Test]
    public async Task Convert_realCuscarSampleLenient_printsEachFindingAtItsPosition()
    {
        var path = SharedData.PathOf("samples/edifact/lenient/edinet__edifact.D95B.CUSCAR.EDI");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var run = await CliRun.RunAsync("convert", path!, "--to", "json", "--lenient");

        Assert.That(run.Exit, Is.EqualTo(0), run.ToString());
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo($"{path}:2(UNH):0: info EDI0033: Line breaks between segments were ignored"));
        Assert.That(lines[1], Is.EqualTo($"{path}:2(UNH):2:1: warning EDI0023: Message type (UNH S009 0065) is missing in message '201701191AB652' (CONTRL 0085=13)"));
        Assert.That(lines, Does.Contain($"{path}:53(UNT):1:1: warning EDI0016: UNT segment count 53 does not match the 52 segments of message '201701191AB652' (UNH and UNT included) (CONTRL 0085=29)"));
        Assert.That(lines, Does.Contain($"{path}:2(UNH):0: warning EDI0209: The message type is missing from UNH S009; it was taken to be CUSCAR from BGM 1001 '85'"));
        Assert.That(lines[^1], Is.EqualTo($"{path}:50(MEA):2:1: info EDI0203: MEA C502/6313 qualifier 'AAW' is not mapped to the canonical model; the segment is left out (at /consignments/2/items/0)"));

        // One line per finding: 41 segments after blanks (EDI0009), the envelope's other 3, the mapping's 8.
        Assert.That(lines, Has.Length.EqualTo(52));
        Assert.That(lines.Count(l => l.Contains(": warning EDI0009: Blanks or control characters before segment ", StringComparison.Ordinal)), Is.EqualTo(41));
        Assert.That(lines, Has.All.Match(@"^.+:[0-9]+\([A-Z]{3}\):[0-9]+(:[0-9]+)?: (error|warning|info) EDI[0-9]{4}: [^ ]"));
    }

    [Test]
    public async Task Convert_structureErrorToCusres_rejectsWhatContrlRejects()
    {
        var path = CliRun.Fixture("CUSDEC_STRUCTURE_ERROR.edi");

        var contrl = await CliRun.RunAsync("contrl", path);
        var cusres = await CliRun.RunAsync("convert", path, "--to", "cusres");

        Assert.That(contrl.Output, Does.Contain("UCM+1+CUSDEC:D:96B:UN+4'"), "contrl rejects the message");
        Assert.That(cusres.Exit, Is.EqualTo(1), cusres.ToString());
        Assert.That(cusres.Output, Does.Contain("BGM+962+").And.Contain("+27+RE'").And.Contain("ERP+1+GIS:5'ERC+EDI0126'"));
        Assert.That(cusres.Error, Is.EqualTo($"{path}:5(GIS):1:1: error EDI0126: Data element 7365 (an..3) is 4 characters long: 'ABCD' (CONTRL 0085=39)\n"));
    }

    [Test]
    public async Task Convert_structureErrorAtEnvelopeLevel_isAccepted()
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("CUSDEC_STRUCTURE_ERROR.edi"), "--to", "aperak", "--level", "envelope");

        Assert.That(run.Exit, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("BGM+312+").And.Contain("+29+AP'").And.Not.Contain("ERC+"));
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public async Task Convert_unlistedCodeToAperak_rejectsUnlessCodeListsAreLeftOut()
    {
        var path = CliRun.Fixture("CUSDEC_UNLISTED_CODE.edi");

        var checkedRun = await CliRun.RunAsync("convert", path, "--to", "aperak");
        var agreed = await CliRun.RunAsync("convert", path, "--to", "aperak", "--no-code-lists");

        Assert.That(checkedRun.Exit, Is.EqualTo(1), checkedRun.ToString());
        Assert.That(checkedRun.Output, Does.Contain("ERC+EDI0131'FTX+AAO+++?'999?' is not a code of data element 3055 (5(NAD)?:2)'"));
        Assert.That(checkedRun.Error, Is.EqualTo($"{path}:5(NAD):2:3: error EDI0131: '999' is not a code of data element 3055 (CONTRL 0085=12)\n"));
        Assert.That(agreed.Exit, Is.EqualTo(0), agreed.ToString());
        Assert.That(agreed.Output, Does.Contain("+29+AP'"));
    }

    [TestCase("--no-code-lists")]
    [TestCase("--enforce-repertoire")]
    public async Task Convert_judgingOptionsWithJson_isAUsageError(string option)
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("CUSDEC_DEMO.edi"), "--to", "json", option);

        Assert.That(run.Exit, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("apply to --to cusres and --to aperak only"));
    }

    [Test]
    public async Task Convert_unknownDirectory_isAUsageError()
    {
        var run = await CliRun.RunAsync("convert", CliRun.Fixture("CUSDEC_DEMO.edi"), "--to", "cusres", "--directory", "D94A");

        Assert.That(run.Exit, Is.EqualTo(2));
        Assert.That(run.Error, Does.StartWith("error: --directory D94A: no directory D.94A (UN) in "));
    }
}
