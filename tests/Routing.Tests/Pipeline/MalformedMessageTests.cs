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
/// was wrong and acknowledged to the sender in its format.
/// </summary>
public sealed class MalformedMessageTests
{
    private const int MutationsPerMessage = 40;

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
        var random = new Random(ByteMutations.Seed(Path.GetFileName(path)));
        for (var i = 0; i < MutationsPerMessage; i++)
        {
            var mutated = ByteMutations.Apply(original, random, "U+:'?*<>/=\"&;{}[],\r\n 0123456789ABCNHTZ"u8, maxCopy: 120);
            var detection = FormatDetector.Detect(mutated);
            var entry = new OutboxEntry(Guid.NewGuid(), "partner-a", IntakeChannels.Https, null, detection.Format, detection.MessageType, harness.Time.GetUtcNow(), mutated, 0, default, null);

            PreparedMessage prepared;
            OutboxCompletion completion;
            try
            {
                prepared = await harness.Pipeline.PrepareAsync(entry, CancellationToken.None);
                completion = await harness.Pipeline.PublishAsync(prepared, CancellationToken.None);
            }
            catch (Exception e)
            {
                Assert.Fail($"mutation {i} of {Path.GetFileName(path)} threw {e}\n{Convert.ToBase64String(mutated)}");
                throw;
            }

            var context = prepared.Context;
            var where = $"mutation {i} of {Path.GetFileName(path)}";
            Assert.That(context.IsRejected ? context.Findings.Count > 0 : context.Publications.Count > 0, Is.True, $"{where}: rejected without findings or routed nowhere");
            if (context.IsRejected)
            {
                // The sender learns why, in its own format: a rejection is always acknowledged.
                Assert.That(completion.Status, Is.EqualTo(MessageStatus.Rejected), where);
                Assert.That(completion.Acks, Has.Count.EqualTo(1), where);
                Assert.That(completion.Acks[0].Content.Length, Is.GreaterThan(0), where);
            }
        }
    }
}
