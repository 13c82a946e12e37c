using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Tests.Shared;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.ValidationFixture;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.StreamedInput;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>Structure validation on the streaming reader: same findings as in memory, per-message results, bounded retention, no allocation per segment.</summary>
public sealed class StreamingValidationTests
{
    /// <summary>A message with faults at every level, so that there is something to compare.</summary>
    private static string Faulty() =>
        Interchange(PaxlstBody.Skip(1).Take(7).Append("IMD+F").Append("NAD+9Z+++DOE:JANE").Concat(PaxlstBody.Skip(9))
            .Select(s => s == "CNT+42:1" ? "CNT+42:1.5.2" : s));

    private static IEnumerable<TestCaseData> Inputs()
    {
        yield return new TestCaseData(Encoding.Latin1.GetBytes(Interchange(PaxlstBody))).SetArgDisplayNames("paxlst-valid");
        yield return new TestCaseData(Encoding.Latin1.GetBytes(Faulty())).SetArgDisplayNames("paxlst-faulty");
        foreach (var name in Fixture.Names)
        {
            yield return new TestCaseData(Fixture.Bytes(name)).SetArgDisplayNames(name);
        }

        foreach (var folder in new[] { "valid", "lenient", "invalid" })
        {
            foreach (var file in SharedData.Files("samples/edifact/" + folder))
            {
                yield return new TestCaseData(File.ReadAllBytes(file)).SetArgDisplayNames(folder + "/" + Path.GetFileName(file));
            }
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public async Task ValidateAsync_structureLevelInSmallBuffers_sameAsInMemory(byte[] bytes)
    {
        var options = Options with { Reader = EdifactReaderOptions.Lenient };
        var expected = EdifactInterchange.Validate(bytes, options);

        foreach (var bufferSize in new[] { 1, 7, 64 })
        {
            var streamed = await EdifactInterchange.ValidateAsync(Pipe(bytes, bufferSize), options);

            Assert.That(streamed.Diagnostics, Is.EqualTo(expected.Diagnostics), $"buffer {bufferSize}");
            Assert.That(streamed.Messages, Is.EqualTo(expected.Messages), $"buffer {bufferSize}");
            Assert.That(streamed.MessageCount, Is.EqualTo(expected.MessageCount));
        }
    }

    [Test]
    public void Validate_sequenceSplitAtEveryIndex_sameFindingsAsOneSpan()
    {
        var bytes = Encoding.Latin1.GetBytes(Faulty());
        var whole = EdifactInterchange.Validate(bytes, Options).Diagnostics;
        Assert.That(whole.Count(d => d.Id.StartsWith("EDI01", StringComparison.Ordinal)), Is.EqualTo(4));

        for (var i = 0; i <= bytes.Length; i++)
        {
            Assert.That(EdifactInterchange.Validate(Segmented.Split(bytes, i), Options).Diagnostics, Is.EqualTo(whole), $"split at {i}");
        }

        Assert.That(EdifactInterchange.Validate(Segmented.Bytewise(bytes), Options).Diagnostics, Is.EqualTo(whole));
    }

    [Test]
    public async Task ValidateMessagesAsync_twoMessages_yieldsEachMessagesOwnResult()
    {
        var good = "UNH+1+PAXLST:D:02B:UN'" + string.Concat(PaxlstBody.Select(s => s + "'")) + $"UNT+{PaxlstBody.Count + 2}+1'";
        var bad = "UNH+2+PAXLST:D:02B:UN'" + string.Concat(PaxlstBody.Skip(1).Select(s => s + "'")) + $"UNT+{PaxlstBody.Count + 1}+2'";
        var unknown = "UNH+3+PAXLST:D:12A:UN'BGM+745'UNT+3+3'";
        var bytes = Encoding.Latin1.GetBytes(Version3Header + good + bad + unknown + "UNZ+3+REF1'");
        var validator = new EdifactInterchangeValidator(Pipe(bytes, 64), Options);

        var results = new List<EdifactMessageValidation>();
        await foreach (var message in validator.ValidateMessagesAsync())
        {
            results.Add(message);
        }

        Assert.That(results.Select(r => (r.Summary.Header.Reference, r.IsValid, r.ErrorCount)), Is.EqualTo(new[] { ("1", true, 0), ("2", false, 1), ("3", true, 0) }));
        Assert.That(results.Select(r => r.Directory), Is.EqualTo(new DirectoryId?[] { DirectoryId.UnDirectory("02B"), DirectoryId.UnDirectory("02B"), null }));
        Assert.That(results[1].Diagnostics.Single().Id, Is.EqualTo("EDI0110"));
        var result = validator.GetResult();
        Assert.That((result.MessageCount, result.Messages.Count, result.IsValid), Is.EqualTo((3, 0, false)));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0110", "EDI0101" }));
    }

    [Test]
    public async Task ValidateAsync_moreMessagesThanRetained_keepsTheFirstAndCountsAll()
    {
        var message = "UNH+{0}+PAXLST:D:02B:UN'" + string.Concat(PaxlstBody.Select(s => s + "'")) + $"UNT+{PaxlstBody.Count + 2}+{{0}}'";
        var text = Version3Header + string.Concat(Enumerable.Range(1, 5).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, message, i))) + "UNZ+5+REF1'";
        var options = Options with { MaxRetainedMessages = 2 };

        var streamed = await EdifactInterchange.ValidateAsync(Pipe(Encoding.Latin1.GetBytes(text), 128), options);
        var inMemory = Validate(text, options);

        Assert.That((streamed.MessageCount, streamed.Messages.Count, streamed.IsValid), Is.EqualTo((5, 2, true)));
        Assert.That(streamed.Messages.Select(m => m.Header.Reference), Is.EqualTo(new[] { "1", "2" }));
        Assert.That((inMemory.MessageCount, inMemory.Messages.Count), Is.EqualTo((5, 2)));
    }

    [Test]
    public void Validate_moreSegments_allocatesNothingMorePerSegment()
    {
        var passenger = PaxlstBody.Skip(8).Take(7).ToArray();
        byte[] WithPassengers(int count) =>
            Encoding.Latin1.GetBytes(Interchange(PaxlstBody.Take(8).Concat(Enumerable.Range(0, count).SelectMany(_ => passenger)).Append($"CNT+42:{count}")));
        var few = WithPassengers(20);
        var many = WithPassengers(2000);
        Assert.That(Findings(Validate(Encoding.Latin1.GetString(many))), Is.Empty);

        var fewBytes = Allocated(few);
        var manyBytes = Allocated(many);

        // 13,860 more segments; a byte each would show. What remains is per interchange (directory compilation, headers).
        Assert.That(manyBytes - fewBytes, Is.LessThan(2048), $"{fewBytes} bytes for 20 passengers, {manyBytes} for 2000");

        static long Allocated(byte[] bytes)
        {
            EdifactInterchange.Validate(bytes, Options);
            var before = GC.GetAllocatedBytesForCurrentThread();
            EdifactInterchange.Validate(bytes, Options);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    [Test]
    public void Validate_moreMessages_allocatesLittlePerMessage()
    {
        // Per message the envelope keeps its header, summary and trailer; the service segments' values are read
        // into reused buffers and text that repeats from message to message (type, version, release, agency) is
        // decoded once. About 1.3 KB per message was allocated when each UNH and UNT was captured as strings.
        var body = PaxlstBody.ToArray();
        byte[] WithMessages(int count)
        {
            var text = new StringBuilder(Version3Header);
            for (var i = 1; i <= count; i++)
            {
                text.Append("UNH+M").Append(i).Append("+PAXLST:D:02B:UN'");
                foreach (var segment in body)
                {
                    text.Append(segment).Append('\'');
                }

                text.Append("UNT+").Append(body.Length + 2).Append("+M").Append(i).Append('\'');
            }

            return Encoding.Latin1.GetBytes(text.Append("UNZ+").Append(count).Append("+REF1'").ToString());
        }

        var few = WithMessages(10);
        var many = WithMessages(1010);
        var result = EdifactInterchange.Validate(many, Options);
        Assert.That(Findings(result), Is.Empty);
        Assert.That(result.MessageCount, Is.EqualTo(1010));

        var perMessage = (Allocated(many) - Allocated(few)) / 1000.0;

        Assert.That(perMessage, Is.LessThan(512), $"{perMessage:F0} bytes per message");

        static long Allocated(byte[] bytes)
        {
            EdifactInterchange.Validate(bytes, Options);
            var before = GC.GetAllocatedBytesForCurrentThread();
            EdifactInterchange.Validate(bytes, Options);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
