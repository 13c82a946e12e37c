using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Tests.Directories;

/// <summary>Directory identifications come from UNH S009, i.e. from partners: held to ISO 9735's 0051/0052/0054 before any use.</summary>
public sealed class DirectoryIdTests
{
    [TestCase("UN", "D", "96B", "d96b")]
    [TestCase("un", "d", "02b", "d02b")]
    [TestCase("UN", "4", "1", "un-4-1")]
    [TestCase("IA", "11", "1", "ia-11-1")]
    public void TryCreate_codeValues_givesTheFileStem(string agency, string version, string release, string stem)
    {
        Assert.That(DirectoryId.TryCreate(agency, version, release, out var id), Is.True);
        Assert.That(id.FileStem, Is.EqualTo(stem));
        Assert.That(DirectoryId.TryCreate(Encoding.ASCII.GetBytes(agency), Encoding.ASCII.GetBytes(version), Encoding.ASCII.GetBytes(release), out var fromBytes), Is.True);
        Assert.That(fromBytes, Is.EqualTo(id));
    }

    [TestCase("UN", "D", "../../etc/passwd")]
    [TestCase("/etc", "D", "96B")]
    [TestCase("UN", "..", "96B")]
    [TestCase("UN", "D", "")]
    [TestCase("UNXX", "D", "96B")]
    [TestCase("UN", "D", "9 6")]
    [TestCase("UN", "D", "96\\")]
    [TestCase("UN", "D", "96é")]
    public void TryCreate_notACodeValue_isRefused(string agency, string version, string release)
    {
        Assert.That(DirectoryId.TryCreate(agency, version, release, out _), Is.False);
        Assert.That(DirectoryId.TryCreate(Encoding.UTF8.GetBytes(agency), Encoding.UTF8.GetBytes(version), Encoding.UTF8.GetBytes(release), out _), Is.False);
        Assert.That(new DirectoryId(agency, version, release).IsWellFormed, Is.False);
    }

    [Test]
    public void FileStem_malformedIdentification_throws()
    {
        Assert.That(() => new DirectoryId("dir/x", "D", "1").FileStem, Throws.InvalidOperationException);
        Assert.That(() => default(DirectoryId).FileStem, Throws.InvalidOperationException);
    }

    [Test]
    public void Normalized_lowerCase_isUpperCase()
    {
        Assert.That(new DirectoryId("un", "d", "96b").Normalized(), Is.EqualTo(new DirectoryId("UN", "D", "96B")));
    }
}
