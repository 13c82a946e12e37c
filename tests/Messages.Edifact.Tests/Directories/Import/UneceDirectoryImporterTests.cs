using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Directories.Import;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Directories.Import;

/// <summary>Every directory UNECE published from D.93A to D.18A, imported as published (../shared/edifact-directories).</summary>
[Parallelizable(ParallelScope.Children)]
public sealed class UneceDirectoryImporterTests
{
    // Segments the UN directories use but ISO 9735 defines (section control, anti-collision groups, envelopes).
    private static readonly string[] s_serviceTags = ["UNH", "UNT", "UNS", "UGH", "UGT"];

    private static IEnumerable<TestCaseData> AllDirectories() => SharedData.Cases("edifact-directories", "*.zip");

    [Test]
    public void Files_sharedDirectories_holdAllFiftyReleases()
    {
        Assert.That(SharedData.Files("edifact-directories", "*.zip").Count(), Is.EqualTo(50));
    }

    [TestCaseSource(nameof(AllDirectories))]
    public void Import_publishedDirectory_yieldsAConsistentDirectory(string zip)
    {
        var directory = UneceDirectoryImporter.Import(zip);
        var release = Path.GetFileNameWithoutExtension(zip)[1..].ToUpperInvariant();

        Assert.That(directory.Id, Is.EqualTo(DirectoryId.UnDirectory(release)));
        Assert.That(directory.Messages, Has.Count.GreaterThan(50));
        Assert.That(directory.Segments, Has.Count.GreaterThan(80));
        foreach (var message in directory.Messages.Values)
        {
            var segments = message.Segments.ToArray();
            Assert.That(segments[0].Tag, Is.EqualTo("UNH"), message.Type);
            Assert.That(segments[^1].Tag, Is.EqualTo("UNT"), message.Type);
            AssertGroupsStartWithTrigger(message.Type, message.Entries);
            foreach (var segment in segments.Where(s => !s_serviceTags.Contains(s.Tag)))
            {
                Assert.That(directory.Segments.ContainsKey(segment.Tag), $"{message.Type} {segment.Position} {segment.Tag} is not in the segment directory");
            }
        }

        foreach (var segment in directory.Segments.Values)
        {
            Assert.That(segment.Elements, Is.Not.Empty, segment.Tag);
            foreach (var element in segment.Elements)
            {
                Assert.That(directory.Composites.ContainsKey(element.Id) || directory.Elements.ContainsKey(element.Id), $"{segment.Tag} uses unknown {element.Id}");
            }
        }

        foreach (var composite in directory.Composites.Values)
        {
            Assert.That(composite.Components.All(c => directory.Elements.ContainsKey(c.Id)), composite.Id);
        }

        foreach (var codes in directory.CodeLists.Values.Where(c => directory.Elements.ContainsKey(c.ElementId)))
        {
            var max = directory.Elements[codes.ElementId].Format.MaxLength;
            Assert.That(codes.Values.Where(v => v.Length > max), Is.Empty, $"code list {codes.ElementId} ({max} characters at most)");
        }
    }

    // First layout (D.93A: no positions, ASCII boxes, no code lists published).
    [Test]
    public void Import_d93a_readsTablesWithoutPositions()
    {
        var directory = Import("d93a.zip");
        var cuscar = directory.Messages["CUSCAR"];

        Assert.That(cuscar.Segments.Take(5).Select(s => s.Tag), Is.EqualTo(new[] { "UNH", "BGM", "DTM", "MOA", "FTX" }));
        Assert.That(cuscar.Segments.First().Position, Is.EqualTo("0010"));
        Assert.That(cuscar.Entries.OfType<SegmentGroupEntry>().Select(g => g.Number), Is.EqualTo(new[] { 1, 2, 3, 5, 6, 9, 14, 16 }));
        Assert.That(directory.Segments["BGM"].Elements.Select(e => e.Id), Is.EqualTo(new[] { "C002", "1004", "1225", "4343" }));
        Assert.That(directory.CodeLists, Is.Empty);
    }

    // Second layout (D.96B: CP437 box drawing, UNCL split in UNCL-1/UNCL-2, change indicators).
    [Test]
    public void Import_d96b_readsCp437TablesAndSplitCodeLists()
    {
        var directory = Import("d96b.zip");
        var paxlst = directory.Messages["PAXLST"];
        var sg4 = paxlst.Entries.OfType<SegmentGroupEntry>().Single(g => g.Number == 4);

        Assert.That(paxlst.Segments.Take(5).Select(s => s.Tag), Is.EqualTo(new[] { "UNH", "BGM", "RFF", "DTM", "NAD" }));
        Assert.That((sg4.Position, sg4.Status, sg4.MaxRepeats), Is.EqualTo(("0150", UsageStatus.Conditional, 99999)));
        Assert.That(sg4.Entries.OfType<SegmentGroupEntry>().Select(g => g.Number), Is.EqualTo(new[] { 5, 6 }));
        Assert.That(directory.Segments["BGM"].Elements.Select(e => e.Id), Is.EqualTo(new[] { "C002", "C106", "1225", "4343" }));
        Assert.That(directory.CodeLists["1001"].Values, Has.Count.EqualTo(340));
        Assert.That(directory.CodeLists["4347"].Contains("1"), Is.True, "4347 opens UNCL-2");
    }

    // Third layout (D.05B: ASCII boxes, repetitions, wrapped names).
    [Test]
    public void Import_d05b_readsRepeatsAndWrappedNames()
    {
        var directory = Import("d05b.zip");

        Assert.That(directory.Segments["NAD"].Elements.Select(e => e.Id), Is.EqualTo(new[] { "3035", "C082", "C058", "C080", "C059", "3164", "C819", "3251", "3207" }));
        Assert.That(directory.Composites["C059"].Components.Select(c => c.Id), Is.EqualTo(new[] { "3042", "3042", "3042", "3042" }));
        Assert.That(directory.Segments["ATT"].Elements[2], Is.EqualTo(new ElementReference("C956", UsageStatus.Conditional, 5)));
        Assert.That(directory.Elements["3035"].Format, Is.EqualTo(new DataElementFormat(CharacterClass.Alphanumeric, 0, 3)));
        Assert.That(directory.Elements["1218"].Format.ToString(), Is.EqualTo("n..2"));
        Assert.That(directory.CodeLists["1001"].Values, Has.Count.EqualTo(627));
        Assert.That(directory.CodeLists["1001"].Contains("418"), Is.True);
    }

    // D.11B on: five-digit positions; its unrelated text-files part fails its CRC and must not be read.
    [Test]
    public void Import_d18a_readsFiveDigitPositions()
    {
        var directory = Import("d18a.zip");

        Assert.That(directory.Messages["PAXLST"].Segments.First().Position, Is.EqualTo("00010"));
        Assert.That(directory.CodeLists["1001"].Values, Has.Count.EqualTo(785));
        Assert.That(Import("d11b.zip").Messages, Has.Count.EqualTo(194));
    }

    [Test]
    public void Import_notADirectory_throwsInvalidData()
    {
        using var empty = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(empty, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("README.TXT");
        }

        empty.Position = 0;
        Assert.Throws<InvalidDataException>(() => UneceDirectoryImporter.Import(empty));
    }

    private static EdifactDirectory Import(string file)
    {
        var path = SharedData.PathOf(Path.Combine("edifact-directories", file));
        Assert.That(path, Is.Not.Null, "../shared/edifact-directories is missing");
        return UneceDirectoryImporter.Import(path!);
    }

    private static void AssertGroupsStartWithTrigger(string message, IReadOnlyList<SegmentTableEntry> entries)
    {
        foreach (var group in entries.OfType<SegmentGroupEntry>())
        {
            Assert.That(group.Entries, Is.Not.Empty, $"{message} SG{group.Number}");
            Assert.That(group.Entries[0], Is.TypeOf<SegmentEntry>(), $"{message} SG{group.Number} trigger");
            AssertGroupsStartWithTrigger(message, group.Entries);
        }
    }
}
