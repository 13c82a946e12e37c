using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Directories.Import;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Directories;

/// <summary>The directories committed in schemas/edifact, as the gateway loads them.</summary>
public sealed class DirectoryCatalogTests
{
    private static readonly string s_folder = Path.Combine(SharedData.RepositoryRoot, "schemas", "edifact");

    private static readonly string[] s_customs = ["CUSCAR", "CUSDEC", "CUSRES", "CUSREP", "PAXLST", "APERAK", "BAPLIE", "IFTMCS", "IFTMIN"];

    private static IEnumerable<TestCaseData> CommittedUnDirectories() =>
        Directory.EnumerateFiles(s_folder, "d*.txt").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetArgDisplayNames(Path.GetFileName(f)));

    [TestCase("95B")]
    [TestCase("96A")]
    [TestCase("96B")]
    [TestCase("99B")]
    [TestCase("01B")]
    [TestCase("02B")]
    [TestCase("03B")]
    [TestCase("05B")]
    public void TryGet_customsDirectory_carriesTheCustomsMessages(string release)
    {
        var catalog = new DirectoryCatalog(s_folder);

        Assert.That(catalog.TryGet(DirectoryId.UnDirectory(release), out var directory), Is.True);
        Assert.That(directory!.Messages.Keys, Is.SupersetOf(s_customs));
    }

    [TestCaseSource(nameof(CommittedUnDirectories))]
    public void TryGet_committedDirectory_resolvesEverythingItsMessagesUse(string stem)
    {
        var catalog = new DirectoryCatalog(s_folder);
        Assert.That(catalog.TryGet(DirectoryId.UnDirectory(stem[1..]), out var directory), Is.True);
        var service = catalog.Service(3);

        foreach (var segment in directory!.Messages.Values.SelectMany(m => m.Segments))
        {
            Assert.That(directory.Segments.ContainsKey(segment.Tag) || service.Segments.ContainsKey(segment.Tag), $"{segment.Position} {segment.Tag}");
        }

        foreach (var id in directory.Segments.Values.SelectMany(s => s.Elements).Select(e => e.Id))
        {
            Assert.That(directory.Composites.ContainsKey(id) || directory.Elements.ContainsKey(id), id);
        }
    }

    // The committed files are exactly what the importer writes from the UNECE originals.
    [TestCaseSource(nameof(CommittedUnDirectories))]
    public void Import_unecesOriginal_reproducesTheCommittedFile(string stem)
    {
        var zip = SharedData.PathOf(Path.Combine("edifact-directories", stem + ".zip"));
        Assert.That(zip, Is.Not.Null, "../shared/edifact-directories is missing");
        var committed = File.ReadAllText(Path.Combine(s_folder, stem + DirectoryFile.Extension));
        var messages = DirectoryFile.Read(new StringReader(committed), stem).Messages.Keys;

        var written = new StringWriter();
        DirectoryFile.Write(UneceDirectoryImporter.Import(zip!).Subset(messages), written);

        Assert.That(written.ToString(), Is.EqualTo(committed));
    }

    [TestCase(1, "UN D 3")]
    [TestCase(3, "UN D 3")]
    [TestCase(4, "UN 4 1")]
    public void Service_syntaxVersion_givesServiceSegmentsAndControl(int syntax, string expected)
    {
        var service = new DirectoryCatalog(s_folder).Service(syntax);

        Assert.That($"{service.Id.Agency} {service.Id.Version} {service.Id.Release}", Is.EqualTo(expected));
        Assert.That(service.ServiceSyntaxVersion, Is.EqualTo(syntax >= 4 ? 4 : 3));
        Assert.That(service.Segments.Keys, Is.SupersetOf(new[] { "UNB", "UNG", "UNH", "UNT", "UNE", "UNZ", "UCI", "UCM", "UCS", "UCD", "UCF" }));
        Assert.That(service.Messages["CONTRL"].Segments.Select(s => s.Tag), Is.EqualTo(new[] { "UNH", "UCI", "UCM", "UCS", "UCD", "UCF", "UCM", "UCS", "UCD", "UNT" }));
        Assert.That(service.CodeLists["0085"].Contains("13"), Is.True);
    }

    [Test]
    public void Service_version4_widensTheEnvelope()
    {
        var catalog = new DirectoryCatalog(s_folder);
        var v3 = catalog.Service(3);
        var v4 = catalog.Service(4);

        Assert.That(v3.Elements["0017"].Format.ToString(), Is.EqualTo("n6"));
        Assert.That(v4.Elements["0017"].Format.ToString(), Is.EqualTo("n8"));
        Assert.That(v3.Segments["UNH"].Elements, Has.Count.EqualTo(4));
        Assert.That(v4.Segments["UNH"].Elements, Has.Count.EqualTo(7));
    }

    [Test]
    public void TryGet_directoryNotCarried_returnsFalse()
    {
        var catalog = new DirectoryCatalog(s_folder);

        Assert.That(catalog.TryGet(DirectoryId.UnDirectory("12A"), out var directory), Is.False);
        Assert.That(directory, Is.Null);
        Assert.That(catalog.TryGet(new DirectoryId("IA", "11", "1"), out _), Is.False);
    }

    [Test]
    public void DefaultFolder_build_copiesTheCommittedFiles()
    {
        var copied = DirectoryCatalog.CreateDefault().FileStems.ToArray();

        Assert.That(copied, Is.EqualTo(new DirectoryCatalog(s_folder).FileStems.ToArray()));
        Assert.That(copied, Does.Contain("un-4-1"));
    }
}
