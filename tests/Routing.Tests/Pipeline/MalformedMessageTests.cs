using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

/// <summary>
/// Every stage of the pipeline answers damaged messages with findings, never with an exception (which would send the
/// message through the retries to the dead-letter topic): seeded byte-level mutations of every kind of message the
/// gateway takes (EDIFACT interchanges, WCO XML, canonical JSON) each end routed or rejected, with a rejection naming what
/// was wrong.
/// </summary>
public sealed class MalformedMessageTests
{
    private const int MutationsPerMessage = 25;

    public static IEnumerable<TestCaseData> Messages()
    {
        var mapping = Path.Combine(SharedData.RepositoryRoot, "tests", "Messages.Edifact.Tests", "Fixtures", "Mapping");
        var files = Directory.EnumerateFiles(mapping, "*.edi")
            .Concat(Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "tests", "Gateway.Host.Tests", "Fixtures")))
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".cs", StringComparison.Ordinal)))
            .Concat(SharedData.Files("samples/wco/declarations", "*.xml").Take(4))
            .Concat(SharedData.Files("samples/edifact/valid"))
            .Order(StringComparer.Ordinal);
        return files.Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));
    }

    [TestCaseSource(nameof(Messages))]
    public async Task Prepare_mutatedMessage_routedOrRejectedWithFindings(string path)
    {
        using var harness = new PipelineHarness();
        var original = File.ReadAllBytes(path);
        var random = new Random(StableHash(Path.GetFileName(path)));
        for (var i = 0; i < MutationsPerMessage; i++)
        {
            var mutated = Mutate(original, random);
            var detection = FormatDetector.Detect(mutated);
            var entry = new OutboxEntry(Guid.NewGuid(), "partner-a", IntakeChannels.Https, null, detection.Format, detection.MessageType, harness.Time.GetUtcNow(), mutated, 0, default, null);

            PreparedMessage prepared;
            try
            {
                prepared = await harness.Pipeline.PrepareAsync(entry, CancellationToken.None);
            }
            catch (Exception e)
            {
                Assert.Fail($"mutation {i} of {Path.GetFileName(path)} threw {e}\n{Convert.ToBase64String(mutated)}");
                throw;
            }

            var context = prepared.Context;
            Assert.That(context.IsRejected ? context.Findings.Count > 0 : context.Publications.Count > 0, Is.True,
                $"mutation {i} of {Path.GetFileName(path)}: rejected without findings or routed nowhere");
        }
    }

    /// <summary>A byte replaced, inserted or removed, a run removed or copied elsewhere, or the message cut short.</summary>
    private static byte[] Mutate(byte[] input, Random random)
    {
        ReadOnlySpan<byte> likely = "+:'?*<>/=\"&;{}[],\r\n 0123456789ABCUNHTZ"u8;
        var bytes = new List<byte>(input);
        for (var k = 1 + random.Next(3); k > 0; k--)
        {
            if (bytes.Count == 0)
            {
                bytes.Add((byte)'U');
            }

            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = likely[random.Next(likely.Length)];
                    break;
                case 1:
                    bytes.Insert(at, likely[random.Next(likely.Length)]);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(30)));
                    break;
                case 3:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 4:
                    var from = random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(120), bytes.Count - from)));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = (hash * 31) + c;
        }

        return hash;
    }
}
