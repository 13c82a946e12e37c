using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests;

/// <summary>
/// Every fixture read whole, as one-byte segments, and split at every index (every pair of
/// indices for the small ones) gives the same tokens and the same diagnostics.
/// </summary>
public class SplitReadingTests
{
    private const int PairSplitLimit = 230;

    /// <summary>Our fixtures (valid and faulty) in both modes; the samples in the mode their folder calls for.</summary>
    private static IEnumerable<TestCaseData> Inputs()
    {
        foreach (var name in Fixture.Names.Concat(Fixture.Faults))
        {
            yield return new TestCaseData(name, EdifactReadMode.Strict).SetArgDisplayNames(name, "Strict");
            yield return new TestCaseData(name, EdifactReadMode.Lenient).SetArgDisplayNames(name, "Lenient");
        }

        foreach (var folder in new[] { "valid", "lenient", "invalid" })
        {
            var mode = folder == "lenient" ? EdifactReadMode.Lenient : EdifactReadMode.Strict;
            foreach (var file in SharedData.Files("samples/edifact/" + folder))
            {
                yield return new TestCaseData(file, mode).SetArgDisplayNames(Path.GetFileName(file), mode.ToString());
            }
        }
    }

    private static IEnumerable<TestCaseData> SmallFixtures() =>
        Fixture.Names.Concat(Fixture.Faults).Where(n => Fixture.Bytes(n).Length <= PairSplitLimit).Select(n => new TestCaseData(n).SetArgDisplayNames(n));

    private static byte[] Load(string nameOrPath) => Path.IsPathRooted(nameOrPath) ? File.ReadAllBytes(nameOrPath) : Fixture.Bytes(nameOrPath);

    [TestCaseSource(nameof(Inputs))]
    public void Read_oneByteSegments_sameTokensAsWhole(string input, EdifactReadMode mode) =>
        SplitReading.AssertOneByteSegments(Load(input), mode);

    [TestCaseSource(nameof(Inputs))]
    public void Read_splitAtEveryIndex_sameTokensAsWhole(string input, EdifactReadMode mode) =>
        SplitReading.AssertEverySplit(Load(input), mode);

    [TestCaseSource(nameof(Inputs))]
    public void Validate_splitAtEveryIndex_sameDiagnosticsAsWhole(string input, EdifactReadMode mode) =>
        SplitReading.AssertSameDiagnostics(Load(input), new EdifactReaderOptions { Mode = mode });

    /// <summary>Options that change what is found: the interchange limit (EDI0032 stops reading) and the enforced repertoire (EDI0010 errors).</summary>
    private static IEnumerable<TestCaseData> OptionCases()
    {
        var cuscar = Fixture.Bytes("cuscar-v3-two-messages.edi");
        var limit = System.Text.Encoding.Latin1.GetString(cuscar).IndexOf("UNH+2", StringComparison.Ordinal) + 5;
        yield return new TestCaseData("cuscar-v3-two-messages.edi", new EdifactReaderOptions { MaxInterchangeBytes = limit }, "EDI0032").SetArgDisplayNames("cuscar", "limit");
        yield return new TestCaseData("faults/repertoire-level-a.edi", new EdifactReaderOptions { EnforceRepertoire = true }, "EDI0010").SetArgDisplayNames("repertoire", "enforced");
        yield return new TestCaseData("faults/repertoire-level-a.edi", new EdifactReaderOptions { Mode = EdifactReadMode.Lenient, EnforceRepertoire = true }, "EDI0010").SetArgDisplayNames("repertoire", "lenient enforced");
    }

    [TestCaseSource(nameof(OptionCases))]
    public void Validate_withOptions_splitAtEveryIndex_sameDiagnosticsAsWhole(string name, EdifactReaderOptions options, string id)
    {
        var whole = SplitReading.AssertSameDiagnostics(Fixture.Bytes(name), options);

        Assert.That(whole.Select(d => d.Id), Does.Contain(id));
    }

    [TestCaseSource(nameof(SmallFixtures))]
    public void Read_splitAtEveryPairOfIndices_sameTokensAsWhole(string name)
    {
        var bytes = Fixture.Bytes(name);
        var whole = TokenTranscript.FactsOfSpan(bytes, EdifactReadMode.Strict);
        for (var i = 0; i <= bytes.Length; i++)
        {
            for (var j = i; j <= bytes.Length; j++)
            {
                var chunks = TokenTranscript.FactsOfChunks(bytes, [i, j], EdifactReadMode.Strict);
                var sequence = TokenTranscript.FactsOfSequence(Segmented.Split(bytes, i, j), EdifactReadMode.Strict);
                if (!chunks.SequenceEqual(whole) || !sequence.SequenceEqual(whole))
                {
                    Assert.That(chunks, Is.EqualTo(whole), $"chunks split at {i}, {j}");
                    Assert.That(sequence, Is.EqualTo(whole), $"sequence split at {i}, {j}");
                }
            }
        }
    }
}
