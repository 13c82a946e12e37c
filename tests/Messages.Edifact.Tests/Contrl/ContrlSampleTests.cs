using System.Text;
using UniPass.Gateway.Messages.Edifact.Contrl;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Contrl;

/// <summary>The CONTRL for every real-world sample (../shared/samples/edifact), after real validation in both modes.</summary>
public class ContrlSampleTests
{
    private static readonly DirectoryCatalog Catalog = DirectoryCatalog.CreateDefault();

    private static readonly ContrlBuilder Builder = new(new ContrlOptions { Sending = ContrlSending.Always }, FixedTime.Default, new CountingReferences(), Catalog);

    private static IEnumerable<TestCaseData> Samples() =>
        new[] { "valid", "lenient", "invalid" }
            .SelectMany(folder => SharedData.Files("samples/edifact/" + folder))
            .SelectMany(path => new[] { EdifactReadMode.Strict, EdifactReadMode.Lenient }
                .SelectMany(mode => new[] { EdifactValidationLevel.Envelope, EdifactValidationLevel.Structure }
                    .Select(level => new TestCaseData(path, mode, level).SetArgDisplayNames(Path.GetFileName(path), mode.ToString(), level.ToString()))));

    [Test]
    public void Samples_arePresent() => Assert.That(Samples().Count(), Is.GreaterThanOrEqualTo(88));

    [TestCaseSource(nameof(Samples))]
    public void Build_sample_answersWithAValidContrlThatEchoesItAndReportsItsErrors(string path, EdifactReadMode mode, EdifactValidationLevel level)
    {
        var subject = EdifactInterchange.Validate(File.ReadAllBytes(path), new EdifactValidationOptions { Reader = new EdifactReaderOptions { Mode = mode }, Level = level, Catalog = Catalog });

        var contrl = Builder.Build(subject);

        if (subject.Interchange is not { } header || header.Sender.Id.Length == 0 || header.Recipient.Id.Length == 0)
        {
            Assert.That(contrl, Is.Null, "nobody to answer");
            return;
        }

        Assert.That(contrl, Is.Not.Null);
        var text = Encoding.Latin1.GetString(contrl!);
        var read = EdifactInterchange.Validate(contrl!, new EdifactValidationOptions { Catalog = Catalog });
        Assert.That(read.IsValid, Is.True, string.Join("\n", read.Diagnostics) + "\n" + text);
        Assert.That(ContrlConformance.Problems(contrl!), Is.Empty, text);
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
            // Before version 4 a UCM needs 0062 and a complete S009; a message without them is acknowledged by UCI alone.
            var named = subject.Messages.Count(m => m.Header is { Reference.Length: > 0, Type.Length: > 0, Version.Length: > 0, Release.Length: > 0, ControllingAgency.Length: > 0 }
                || (subject.Version == SyntaxVersion.V4 && m.Header.Reference.Length > 0));
            Assert.That(body.Count(s => s.StartsWith("UCM+", StringComparison.Ordinal)), Is.EqualTo(named));
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
