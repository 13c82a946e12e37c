using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Directories;

/// <summary>What a partner's interchange can make the catalog do: never read outside its folder, never grow without bound.</summary>
public sealed class DirectoryCatalogBoundsTests
{
    private static readonly string s_folder = Path.Combine(SharedData.RepositoryRoot, "schemas", "edifact");

    [Test]
    public void TryGet_rootedOrClimbingIdentification_neverReadsOutsideTheFolder()
    {
        var root = Directory.CreateTempSubdirectory("unipass-catalog-");
        try
        {
            // A valid directory file outside the catalog's folder, where a rooted agency would point.
            var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "schemas"));
            var outside = Path.Combine(root.FullName, "evil-d-1" + DirectoryFile.Extension);
            File.WriteAllText(outside, $"directory {Path.Combine(root.FullName, "evil").ToUpperInvariant()} D 1\n");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "un-d-"));
            File.WriteAllText(Path.Combine(root.FullName, "x" + DirectoryFile.Extension), "directory UN D X\n");
            var catalog = new DirectoryCatalog(folder.FullName);

            Assert.That(catalog.TryGet(new DirectoryId(Path.Combine(root.FullName, "evil"), "D", "1"), out var rooted), Is.False);
            Assert.That(catalog.TryGet(new DirectoryId("UN", "D", "/../../x"), out var climbing), Is.False);
            Assert.That((rooted, climbing), Is.EqualTo(((EdifactDirectory?)null, (EdifactDirectory?)null)));
            Assert.That(catalog.LoadedCount, Is.Zero);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Test]
    public void TryGet_manyUnknownIdentifications_remembersABoundedNumber()
    {
        var catalog = new DirectoryCatalog(s_folder);

        for (var i = 0; i < DirectoryCatalog.MaxRememberedMisses * 4; i++)
        {
            Assert.That(catalog.TryGet(new DirectoryId("ZZ", "X", (i % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), out _), Is.False);
        }

        Assert.That(catalog.RememberedMisses, Is.InRange(1, DirectoryCatalog.MaxRememberedMisses));
        Assert.That(catalog.LoadedCount, Is.Zero);
    }

    [Test]
    public void TryGet_knownDirectoryInAnyCase_loadsItOnce()
    {
        var catalog = new DirectoryCatalog(s_folder);

        Assert.That(catalog.TryGet(new DirectoryId("un", "d", "02b"), out var lower), Is.True);
        Assert.That(catalog.TryGet(DirectoryId.UnDirectory("02B"), out var upper), Is.True);

        Assert.That(upper, Is.SameAs(lower));
        Assert.That(catalog.LoadedCount, Is.EqualTo(1));
    }

    [Test]
    public void TryGet_directoryHandedOver_isFoundWithoutAFolder()
    {
        var directory = new EdifactDirectory(new DirectoryId("ZZ", "1", "A"), null, [], [], [], [], []);
        var catalog = new DirectoryCatalog(null, [directory]);

        Assert.That(catalog.TryGet(new DirectoryId("zz", "1", "a"), out var found), Is.True);
        Assert.That(found, Is.SameAs(directory));
        Assert.That(catalog.TryGet(DirectoryId.UnDirectory("02B"), out _), Is.False);
    }
}
