using System.Text;
using UniPass.Gateway.Messages.Edifact.Contrl;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Contrl;

/// <summary>The CONTRL for every real-world sample (../shared/samples/edifact), after real validation in both modes.</summary>
public class ContrlSampleTests
{
    private static readonly ContrlBuilder Builder = new(new ContrlOptions { Sending = ContrlSending.Always }, FixedTime.Default, new CountingReferences(), DirectoryCatalog.CreateDefault());

    private static IEnumerable<TestCaseData> Samples() =>
        new[] { "valid", "lenient", "invalid" }
            .SelectMany(folder => SharedData.Files("samples/edifact/" + folder))
            .SelectMany(path => new[] { EdifactReadMode.Strict, EdifactReadMode.Lenient }
                .Select(mode => new TestCaseData(path, mode).SetArgDisplayNames(Path.GetFileName(path), mode.ToString())));

    [Test]
    public void Samples_arePresent() => Assert.That(Samples().Count(), Is.GreaterThanOrEqualTo(44));

    [TestCaseSource(nameof(Samples))]
    public void Build_sample_answersWithAValidContrlThatEchoesItAndReportsItsErrors(string path, EdifactReadMode mode)
    {
        var subject = EdifactInterchange.Validate(File.ReadAllBytes(path), new EdifactReaderOptions { Mode = mode });

        var contrl = Builder.Build(subject);

        if (subject.Interchange is not { } header || header.Sender.Id.Length == 0 || header.Recipient.Id.Length == 0)
        {
            Assert.That(contrl, Is.Null, "nobody to answer");
            return;
        }

        Assert.That(contrl, Is.Not.Null);
        var text = Encoding.Latin1.GetString(contrl!);
        var read = EdifactInterchange.Validate(contrl!);
        Assert.That(read.IsValid, Is.True, string.Join("\n", read.Diagnostics) + "\n" + text);
        // A message without type (UNH S009/0065, lenient) is echoed as received; version 3 has no way to leave S009 out.
        var problems = ContrlConformance.Problems(contrl!).Where(p => !(p == "UCM S009/0065 is mandatory and missing" && subject.Messages.Any(m => m.Header.Type.Length == 0)));
        Assert.That(problems, Is.Empty, text);
        Assert.That(read.Version, Is.EqualTo(subject.Version == SyntaxVersion.Unknown ? SyntaxVersion.V3 : subject.Version));
        Assert.That(read.Interchange!.Recipient.Id, Is.EqualTo(header.Sender.Id.Length <= 35 ? header.Sender.Id : header.Sender.Id[..35]));

        var body = ContrlReading.Body(contrl!);
        var uci = body[0].Split('+');
        Assert.That(uci[1], Is.EqualTo(header.ControlReference.Length <= 14 ? header.ControlReference : header.ControlReference[..14]));

        // 0083 is UCI's 4th, UCF's 4th and UCM's 3rd data element.
        var actions = body.Select(s => s.Split('+')).Where(e => e[0] is "UCI" or "UCF" or "UCM").Select(e => e[0] == "UCM" ? e[3] : e[4]).ToArray();
        if (subject.IsValid)
        {
            Assert.That(actions, Is.All.EqualTo("7"), text);
            Assert.That(body.Count(s => s.StartsWith("UCM+", StringComparison.Ordinal)), Is.EqualTo(subject.Messages.Count));
        }
        else
        {
            // Some level is rejected, and each error is reported where it was found.
            Assert.That(actions, Has.Some.EqualTo("4"), text);
            var coded = body.Select(s => s.Split('+')).Any(e => e[0] switch
            {
                "UCI" or "UCF" => e.Length > 5,
                "UCM" => e.Length > 4,
                _ => e[0] == "UCS",
            });
            Assert.That(coded, Is.True, "an error code (0085) is given: " + text);
        }
    }

    [Test]
    public void Build_iataLevelBSampleWithUna_answersInItsSyntaxAndDelimiters()
    {
        var path = SharedData.PathOf("samples/edifact/valid/pydifact__wikipedia_en.edi");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var contrl = Builder.Build(EdifactInterchange.Validate(File.ReadAllBytes(path!)));

        Assert.That(Encoding.Latin1.GetString(contrl!), Does.StartWith("UNA:+.? 'UNB+IATB:1+LHPPC:ZZ+6XPPC:ZZ+260304:0506+CTRL"));
        Assert.That(ContrlReading.Body(contrl!), Is.EqualTo(new[] { "UCI+1+6XPPC:ZZ+LHPPC:ZZ+7", "UCM+1+PAORES:93:1:IA+7" }));
    }
}
