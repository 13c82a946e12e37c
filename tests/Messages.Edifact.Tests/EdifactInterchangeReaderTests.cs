using System.Text;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Tests.Shared;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.StreamedInput;

namespace UniPass.Gateway.Messages.Edifact.Tests;

public class EdifactInterchangeReaderTests
{
    private static async Task<List<(string Reference, string Bytes, int SegmentIndex, long Offset)>> ReadAll(byte[] bytes, int bufferSize, EdifactReaderOptions? options = null)
    {
        var reader = new EdifactInterchangeReader(Pipe(bytes, bufferSize), options);
        var messages = new List<(string, string, int, long)>();
        await foreach (var message in reader.ReadMessagesAsync())
        {
            using (message)
            {
                messages.Add((message.Header.Reference, Encoding.Latin1.GetString(message.Span), message.SegmentIndex, message.ByteOffset));
            }
        }

        return messages;
    }

    [Test]
    public async Task ReadMessagesAsync_twoMessages_yieldsEachMessagesOwnBytes()
    {
        var bytes = Fixture.Bytes("cuscar-v3-two-messages.edi");

        var messages = await ReadAll(bytes, 4096);

        Assert.That(messages.Select(m => m.Reference), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(messages[0].Bytes, Is.EqualTo("UNH+1+CUSCAR:D:95B:UN'BGM+85+MANIFEST*1+9'TDT+20+V123+1'UNT+4+1'"));
        Assert.That(messages[1].Bytes, Does.StartWith("UNH+2+").And.EndWith("UNT+5+2'"));
        Assert.That(messages[1].SegmentIndex, Is.EqualTo(6));
        Assert.That(messages[1].Offset, Is.EqualTo(Encoding.Latin1.GetString(bytes).IndexOf("UNH+2", StringComparison.Ordinal)));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(64)]
    public async Task ReadMessagesAsync_smallPipeBuffers_sameMessagesAndDiagnosticsAsInMemory(int bufferSize)
    {
        var samples = new[] { "valid", "lenient", "invalid" }.SelectMany(f => SharedData.Files("samples/edifact/" + f)).Select(f => (Name: f, Bytes: File.ReadAllBytes(f)));
        var fixtures = Fixture.Names.Concat(Fixture.Faults).Select(n => (Name: n, Bytes: Fixture.Bytes(n)));
        foreach (var (name, bytes) in samples.Concat(fixtures))
        {
            foreach (var options in new[] { EdifactReaderOptions.Strict, EdifactReaderOptions.Lenient })
            {
                var expected = EdifactInterchange.Validate(bytes, options);

                var streamed = await EdifactInterchange.ValidateAsync(Pipe(bytes, bufferSize), options);

                Assert.That(streamed.Diagnostics, Is.EqualTo(expected.Diagnostics), $"{name} {options.Mode}");
                Assert.That(streamed.Messages, Is.EqualTo(expected.Messages), $"{name} {options.Mode}");
            }
        }
    }

    [Test]
    public async Task ReadMessagesAsync_messageBytes_rereadWithInterchangePositions()
    {
        var bytes = Fixture.Bytes("paxlst-v4-unoc.edi");
        var reader = new EdifactInterchangeReader(Pipe(bytes, 32));
        var tags = new List<string>();
        await foreach (var message in reader.ReadMessagesAsync())
        {
            using (message)
            {
                tags.AddRange(Tags(message));
            }
        }

        Assert.That(tags.First(), Is.EqualTo("3:UNH"));
        Assert.That(tags.Last(), Is.EqualTo("12:UNT"));
        Assert.That(tags, Does.Contain("11:DOC"));
    }

    private static List<string> Tags(EdifactMessage message)
    {
        var tags = new List<string>();
        var reader = message.CreateReader();
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.SegmentStart)
            {
                tags.Add($"{reader.SegmentIndex}:{reader.GetString()}");
            }
        }

        return tags;
    }

    [Test]
    public async Task ReadMessagesAsync_segmentOverLimit_stopsWithError()
    {
        var text = "UNB+UNOA:3+S+R+260101:1200+1'UNH+1+X:D:96A:UN'FTX+AAI+++" + new string('A', 5000) + "'UNT+3+1'UNZ+1+1'";
        var options = new EdifactReaderOptions { MaxSegmentBytes = 1000 };

        var result = await EdifactInterchange.ValidateAsync(Pipe(Encoding.ASCII.GetBytes(text), 512), options);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("EDI0030"));
    }

    [Test]
    public async Task ReadMessagesAsync_messageOverLimit_isReportedAndNotYielded()
    {
        var text = "UNB+UNOA:3+S+R+260101:1200+1'UNH+1+X:D:96A:UN'" + string.Concat(Enumerable.Repeat("FTX+AAI+++ABCDEFGHIJ'", 100)) + "UNT+102+1'UNZ+1+1'";
        var options = new EdifactReaderOptions { MaxMessageBytes = 1000 };

        var messages = await ReadAll(Encoding.ASCII.GetBytes(text), 256, options);
        var result = await EdifactInterchange.ValidateAsync(Pipe(Encoding.ASCII.GetBytes(text), 256), options);

        Assert.That(messages, Is.Empty);
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("EDI0031"));
    }
}
