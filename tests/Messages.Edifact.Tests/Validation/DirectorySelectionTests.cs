using UniPass.Gateway.Messages.Edifact.Directories;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.ValidationFixture;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>Which directory a message is judged by: UNH S009, the group's UNG, or the partner's configuration.</summary>
public sealed class DirectorySelectionTests
{
    private static readonly string[] s_withoutBgm = PaxlstBody.Skip(1).ToArray();

    [Test]
    public void Validate_directoryNotInTheCatalog_isInformationAndEnvelopeLevelOnly()
    {
        var result = Validate(Interchange(s_withoutBgm, "PAXLST:D:12A:UN"));

        var d = result.Diagnostics.Single();
        Assert.That((d.Id, d.Severity, d.SegmentIndex, d.SegmentTag, d.Element), Is.EqualTo(("EDI0101", EdifactSeverity.Info, 2, "UNH", 2)));
        Assert.That(d.Message, Does.Contain("D.12A (UN)").And.Contain("PAXLST"));
        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void Validate_unknownDirectoryInEveryMessage_isReportedOnce()
    {
        var message = "UNH+1+PAXLST:D:12A:UN'BGM+745'UNT+3+1'";
        var text = Version3Header + message + message.Replace("+1", "+2", StringComparison.Ordinal) + "UNZ+2+REF1'";

        var result = Validate(text);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0101" }));
        Assert.That(result.MessageCount, Is.EqualTo(2));
    }

    [Test]
    public void Validate_messageTypeTheDirectoryLacks_isInformation()
    {
        var result = Validate(Interchange(["BGM+220"], "ORDERS:D:02B:UN"));

        var d = result.Diagnostics.Single();
        Assert.That((d.Id, d.Severity), Is.EqualTo(("EDI0102", EdifactSeverity.Info)));
        Assert.That(result.IsValid, Is.True);
    }

    [TestCase("PAXLST:D/:02B:UN", 2, TestName = "Validate_versionNotACodeValue_EDI0103")]
    [TestCase("PAXLST:D:..:UN", 3, TestName = "Validate_releaseClimbingFolders_EDI0103")]
    [TestCase("PAXLST:D:02B:/", 4, TestName = "Validate_agencyRooted_EDI0103")]
    public void Validate_identificationThatIsNoDirectory_isAnErrorAtItsComponent(string identifier, int component)
    {
        var result = Validate(Interchange(s_withoutBgm, identifier));

        var d = result.Diagnostics.Single(x => x.Id == "EDI0103");
        Assert.That(result.Diagnostics.Select(x => x.Id), Has.None.EqualTo("EDI0110"));
        Assert.That(Where(d), Is.EqualTo((2, 1, "UNH", 2, component, 0, 12)));
        Assert.That(result.IsValid, Is.False);
    }

    [TestCase("PAXLST::02B:UN", 2)]
    [TestCase("PAXLST:D::UN", 3)]
    [TestCase("PAXLST:D:02B", 4)]
    public void Validate_identificationMissingAComponent_isReportedOnceAsMissing(string identifier, int component)
    {
        var result = Validate(Interchange(s_withoutBgm, identifier));

        // The envelope reports the mandatory component (EDI0026); the directory level adds nothing at that place.
        var errors = result.Diagnostics.Where(x => x.Severity == EdifactSeverity.Error).ToArray();
        Assert.That(errors.Select(x => (x.Id, x.SegmentTag, x.Element, x.Component)), Is.EqualTo(new[] { ("EDI0026", "UNH", 2, component) }), string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void Validate_partnerConfiguredDirectory_overridesUnh()
    {
        var options = Options with { Directory = DirectoryId.UnDirectory("02B") };

        var result = Validate(Interchange(s_withoutBgm, "PAXLST:D:12A:UN"), options);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0110" }));
    }

    [Test]
    public void Validate_partnerConfiguredDirectoryUnknown_isInformation()
    {
        var options = Options with { Directory = DirectoryId.UnDirectory("12A") };

        var result = Validate(Interchange(PaxlstBody), options);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0101" }));
    }

    [Test]
    public void Validate_releaseLeftToTheGroup_takesItFromUngS008()
    {
        var text = Version3Header + "UNG+PAXLST+AIRLINE:ZZ+CUSTOMS:ZZ+260101:1200+G1+UN+D:02B'"
            + "UNH+1+PAXLST:D::UN'" + string.Concat(s_withoutBgm.Select(s => s + "'")) + $"UNT+{s_withoutBgm.Length + 2}+1'UNE+1+G1'UNZ+1+REF1'";

        var result = Validate(text);

        // The envelope still requires 0054 in UNH (EDI0026); the structure is judged by D.02B from UNG.
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0026", "EDI0110" }), Describe(result));
    }

    [Test]
    public void Validate_contrl_isJudgedByTheServiceDirectory()
    {
        var valid = Version3Header + "UNH+1+CONTRL:D:3:UN'UCI+REF9+SENDER:ZZ+RECIPIENT:ZZ+7'UNT+3+1'UNZ+1+REF1'";

        Assert.That(Validate(valid).Diagnostics, Is.Empty);
        var d = Validate(valid.Replace("ZZ+7'", "ZZ+9'", StringComparison.Ordinal)).Diagnostics.Single();
        Assert.That((d.Id, d.SegmentTag, d.Element), Is.EqualTo(("EDI0131", "UCI", 4)));
    }

    [Test]
    public void Validate_syntaxVersion1_usesTheVersion3ServiceDirectory()
    {
        var result = Validate(Interchange(PaxlstBody, header: "UNB+UNOA:1+AIRLINE:ZZ+CUSTOMS:ZZ+260101:1200+REF1'"));

        Assert.That(Findings(result), Is.Empty, Describe(result));
    }
}
