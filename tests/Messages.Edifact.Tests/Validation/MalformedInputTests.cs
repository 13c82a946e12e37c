using System.Text;
using UniPass.Gateway.Messages.Edifact.Contrl;
using UniPass.Gateway.Messages.Edifact.Tests.Contrl;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Tests.Shared;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.ValidationFixture;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.StreamedInput;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>
/// Malformed input never throws out of validation, and the streamed validation finds what the
/// in-memory one does: a few shapes written on purpose, then seeded mutations of every fixture and
/// sample (a byte replaced, inserted or removed, a run removed or copied elsewhere, the input cut,
/// a service character swapped for another and declared in UNA), and the CONTRL answering each is sound.
/// </summary>
public sealed class MalformedInputTests
{
    private const int MutationsPerInput = 12;
    private const int Seed = 9735;

    private static readonly EdifactReadMode[] Modes = [EdifactReadMode.Strict, EdifactReadMode.Lenient];

    private static readonly ContrlBuilder s_contrl = new(new ContrlOptions { Sending = ContrlSending.Always }, FixedTime.Default, new CountingReferences(), TestDirectories.Catalog);

    private static EdifactValidationOptions OptionsFor(EdifactReadMode mode) => Options with { Reader = new EdifactReaderOptions { Mode = mode } };

    [Test]
    public async Task Validate_unterminatedTrailerAtTheEnd_messageEndsWithTheInput()
    {
        var text = Version3Header + "UNH+1+PAXLST:D:02B:UN'BGM+745'UNT+3+1";
        var bytes = Encoding.Latin1.GetBytes(text);
        foreach (var mode in Modes)
        {
            var inMemory = EdifactInterchange.Validate(bytes, OptionsFor(mode));
            var streamed = await EdifactInterchange.ValidateAsync(Pipe(bytes, 7), OptionsFor(mode));

            var message = inMemory.Messages.Single();
            Assert.That(message.ByteOffset + message.ByteLength, Is.EqualTo(bytes.Length), $"{mode}: the message ends where the input does");
            Assert.That(inMemory.Diagnostics.Select(d => d.Id), Does.Contain(EdifactDiagnostics.UnterminatedSegment.Id), mode.ToString());
            Assert.That(streamed.Diagnostics, Is.EqualTo(inMemory.Diagnostics), mode.ToString());
            Assert.That(streamed.Messages, Is.EqualTo(inMemory.Messages), mode.ToString());
        }
    }

    [TestCase("BGM:J+745")]
    [TestCase("BGM:1:2+745")]
    [TestCase("BGM:+745")]
    public void Validate_componentsAfterTheTag_judgedWithoutThrowing(string segment)
    {
        // A tag with components (the nesting indicator of early syntax versions) has no directory position: element 1 is still BGM 1001.
        foreach (var mode in Modes)
        {
            var result = Validate(Paxlst(0, segment), OptionsFor(mode));

            Assert.That(result.MessageCount, Is.EqualTo(1), mode.ToString());
            Assert.That(result.Diagnostics.Where(d => d.SegmentIndex == 3 && d.Element > 0), Is.Empty, $"{mode}: {Describe(result)}");
        }

        Assert.That(Validate(Paxlst(0, "BGM:J+74X"), OptionsFor(EdifactReadMode.Strict)).Diagnostics.Select(d => d.Id),
            Does.Contain(EdifactDiagnostics.InvalidCode.Id), "element 1 is checked as before");
    }

    [Test]
    public void Validate_numericValueOfLineBreaksOnly_isAbsent()
    {
        // CNT C270: 6069 qualifier, 6066 (n..18, mandatory) given as a line break alone.
        foreach (var mode in Modes)
        {
            var result = Validate(Paxlst(15, "CNT+42:\r\n"), OptionsFor(mode));

            Assert.That(result.Diagnostics.Where(d => d.SegmentIndex == 18).Select(d => d.Id),
                Does.Contain(EdifactDiagnostics.LineBreakInSegment.Id).And.Contain(EdifactDiagnostics.MissingComponent.Id), $"{mode}: {Describe(result)}");
        }
    }

    [TestCase("UNA\n+.? '")]
    [TestCase("UNA:+.?\n'")]
    [TestCase("UNA:+.? \n")]
    public void Read_lineBreakDeclaredAsServiceCharacter_sameTokensAndFindingsInEverySplit(string una)
    {
        // A UNA may make LF a separator or the terminator; it then has that meaning everywhere, also right after a terminator.
        var text = Interchange(PaxlstBody.Take(3)).Select(c => c switch
        {
            ':' => una[3],
            '+' => una[4],
            '\'' => una[8],
            _ => c,
        });
        var segments = string.Concat(text);
        var input = Encoding.Latin1.GetBytes(una + (una[8] == '\n' ? segments : segments.Replace("'", "'\n")));

        foreach (var mode in Modes)
        {
            SplitReading.AssertSameTokens(input, mode);
            SplitReading.AssertSameDiagnostics(input, new EdifactReaderOptions { Mode = mode });
        }
    }

    /// <summary>Every fixture and sample, mutated; the mutations are seeded per input, so a failure names a reproducible case.</summary>
    private static IEnumerable<TestCaseData> Inputs()
    {
        foreach (var name in Fixture.Names.Concat(Fixture.Faults))
        {
            yield return new TestCaseData(name).SetArgDisplayNames(name);
        }

        foreach (var folder in new[] { "valid", "lenient", "invalid" })
        {
            foreach (var file in SharedData.Files("samples/edifact/" + folder))
            {
                yield return new TestCaseData(file).SetArgDisplayNames(folder + "/" + Path.GetFileName(file));
            }
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public async Task Validate_mutatedInput_neverThrowsAndStreamsAsInMemory(string input)
    {
        var original = Path.IsPathRooted(input) ? File.ReadAllBytes(input) : Fixture.Bytes(input);
        var random = new Random(Seed ^ ByteMutations.Seed(Path.GetFileName(input)));
        for (var i = 0; i < MutationsPerInput; i++)
        {
            var mutated = Mutations.Apply(original, random);
            var mode = Modes[i % 2];
            var options = OptionsFor(mode) with { CheckCodeLists = i % 4 < 2 };
            var inMemory = EdifactInterchange.Validate(mutated, options);
            var split = random.Next(mutated.Length + 1);
            var sequence = EdifactInterchange.Validate(Segmented.Split(mutated, split), options);
            var streamed = await EdifactInterchange.ValidateAsync(Pipe(mutated, 1 + random.Next(64)), options);

            var where = $"mutation {i} of {input} ({mode}): {Convert.ToBase64String(mutated)}";
            Assert.That(sequence.Diagnostics, Is.EqualTo(inMemory.Diagnostics), $"split at {split}, {where}");
            Assert.That(streamed.Diagnostics, Is.EqualTo(inMemory.Diagnostics), where);
            Assert.That(inMemory.Diagnostics.Where(d => d.ByteOffset < 0 || d.ByteOffset > mutated.Length), Is.Empty, where);
            Assert.That(inMemory.Messages.Where(m => m.ByteOffset < 0 || m.ByteOffset + m.ByteLength > mutated.Length), Is.Empty, where);

            // The CONTRL for it (when there is one to send) is an interchange of its own, sound at the envelope level.
            if (s_contrl.Build(inMemory) is { } contrl)
            {
                var answer = EdifactInterchange.Validate(contrl, Options with { Level = EdifactValidationLevel.Envelope });
                Assert.That(answer.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error), Is.Empty, $"CONTRL {Encoding.Latin1.GetString(contrl)} for {where}");
            }
        }
    }
}
