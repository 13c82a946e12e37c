using System.Text;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Tests.Support;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

/// <summary>The pipeline's negative CONTRL in the subject's syntax version, read back segment by segment.</summary>
public sealed class ContrlRejectionTests
{
    private static async Task<(OutboxCompletion Completion, string Contrl)> RejectAsync(string interchange, FakePartnerDirectory? partners = null)
    {
        using var harness = new PipelineHarness(partners);
        var completion = await harness.RouteAsync(Encoding.Latin1.GetBytes(interchange));
        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        var ack = completion.Acks.Single();
        return (completion, Encoding.Latin1.GetString(ack.Content.Span));
    }

    private static string[] Segments(string contrl) => ContrlSegments.Of(Encoding.Latin1.GetBytes(contrl));

    [Test]
    public async Task Reject_version4Interchange_answersInContrl41WithCenturyDate()
    {
        var (completion, contrl) = await RejectAsync(
            "UNB+UNOC:4+SENDERA:ZZ:OPS+UNIPASS:ZZ+20261129:1200+INV4'UNH+1+INVOIC:D:97B:UN'BGM+380+INV-1+9'DTM+137:20261129:102'UNS+S'MOA+79:100'UNT+6+1'UNZ+1+INV4'");

        Assert.That(completion.Acks.Single().Kind, Is.EqualTo(AckKinds.Contrl));
        var segments = Segments(contrl);
        Assert.That(segments[0], Does.Match(@"^UNB\+UNOC:4\+UNIPASS:ZZ\+SENDERA:ZZ:OPS\+20261129:1200\+[0-9A-F]{14}$"));
        Assert.That(segments[1..^2], Is.EqualTo(new[]
        {
            "UNH+1+CONTRL:4:1:UN",
            "UCI+INV4+SENDERA:ZZ:OPS+UNIPASS:ZZ+4",
            "UCM+1+INVOIC:D:97B:UN+4+14+UNH+3:1",
        }));
    }

    [Test]
    public async Task Reject_senderMismatchVersion4_keepsQualifiersAndNamesS002()
    {
        var partners = new FakePartnerDirectory(FakePartnerDirectory.Partner("partner-a", "OTHER:ZZ"));

        var (_, contrl) = await RejectAsync(
            "UNB+UNOA:4+SENDERA:ZZ+UNIPASS:ZZ:CUSTOMS+20261129:1200+PAX1++++1'UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+PAX1'",
            partners);

        var segments = Segments(contrl);
        Assert.That(segments[0], Does.StartWith("UNB+UNOA:4+UNIPASS:ZZ:CUSTOMS+SENDERA:ZZ+"));
        Assert.That(segments[2], Is.EqualTo("UCI+PAX1+SENDERA:ZZ+UNIPASS:ZZ:CUSTOMS+4+23+UNB+3:1"));
        Assert.That(segments.Length, Is.EqualTo(5), "the messages are rejected with the interchange and not listed");
    }

    [Test]
    public async Task Reject_aContrl_isAnsweredWithJsonNotWithAContrl()
    {
        var (completion, _) = await RejectAsync(
            "UNB+UNOC:3+PARTNER:ZZ+UNIPASS:ZZ+261129:1200+C1'UNH+1+CONTRL:D:3:UN'UCI+REF1+UNIPASS:ZZ+PARTNER:ZZ+7'UNT+3+1'UNZ+1+C1'");

        Assert.That(completion.Acks.Single().Kind, Is.EqualTo(AckKinds.Json));
    }

    [Test]
    public async Task Reject_headerCutShort_stillAddressesTheDetectedSender()
    {
        var (_, contrl) = await RejectAsync("UNB+UNOC:3+SENDERA:ZZ+UNIPASS'");

        var segments = Segments(contrl);
        Assert.That(segments[0], Does.StartWith("UNB+UNOC:3+UNIPASS+SENDERA:ZZ+"));
        Assert.That(segments[2], Does.StartWith("UCI++SENDERA:ZZ+UNIPASS+4+"));
    }
}
