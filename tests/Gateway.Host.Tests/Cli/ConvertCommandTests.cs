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
}
