using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>The segment table state machine over the committed directories' tables (UNTDID Part 4 §2.6).</summary>
public sealed class SegmentTableWalkerTests
{
    private sealed record Step(string Tag, SegmentMatch Match, string Position, string EntryPosition, bool StartsGroup, string[] Findings);

    private static List<Step> Walk(SegmentTableWalker walker, params string[] tags)
    {
        walker.Reset();
        var steps = new List<Step>();
        foreach (var tag in tags)
        {
            var match = walker.Advance(Encoding.ASCII.GetBytes(tag));
            var position = walker.Position;
            steps.Add(new Step(tag, match, position.ToString(), position.Entry?.Position ?? "", position.StartsGroup, Describe(walker.Findings)));
        }

        return steps;
    }

    private static string[] Describe(ReadOnlySpan<StructureFinding> findings)
    {
        var text = new string[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            var f = findings[i];
            var what = f.Entry switch
            {
                SegmentGroupEntry g => $"SG{g.Number}",
                SegmentEntry s => s.Tag,
                _ => "-",
            };
            text[i] = f.Occurrences > 0 ? $"{f.Kind} {what} {f.Occurrences}" : $"{f.Kind} {what}";
        }

        return text;
    }

    // PAXLST D.02B: SG1 NAD (reporting party), SG2 TDT/DTM with SG3 LOC/DTM, SG4 NAD+FL with SG5 DOC.
    private static readonly string[] s_paxlst =
    [
        "UNH", "BGM", "NAD", "COM", "TDT", "DTM", "LOC", "DTM", "LOC", "DTM",
        "NAD", "ATT", "DTM", "LOC", "NAT", "DOC", "DTM", "LOC",
        "NAD", "DOC", "DTM", "DOC", "CNT", "UNT",
    ];

    [Test]
    public void Advance_paxlstD02B_givesEachSegmentItsEntryAndGroupOccurrences()
    {
        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST")), s_paxlst);

        Assert.That(steps.Select(s => s.Position), Is.EqualTo(new[]
        {
            "UNH[1]", "BGM[1]", "SG1[1]/NAD[1]", "SG1[1]/COM[1]", "SG2[1]/TDT[1]", "SG2[1]/DTM[1]",
            "SG2[1]/SG3[1]/LOC[1]", "SG2[1]/SG3[1]/DTM[1]", "SG2[1]/SG3[2]/LOC[1]", "SG2[1]/SG3[2]/DTM[1]",
            "SG4[1]/NAD[1]", "SG4[1]/ATT[1]", "SG4[1]/DTM[1]", "SG4[1]/LOC[1]", "SG4[1]/NAT[1]",
            "SG4[1]/SG5[1]/DOC[1]", "SG4[1]/SG5[1]/DTM[1]", "SG4[1]/SG5[1]/LOC[1]",
            "SG4[2]/NAD[1]", "SG4[2]/SG5[1]/DOC[1]", "SG4[2]/SG5[1]/DTM[1]", "SG4[2]/SG5[2]/DOC[1]",
            "CNT[1]", "UNT[1]",
        }));
        Assert.That(steps.SelectMany(s => s.Findings), Is.Empty);
        Assert.That(steps.All(s => s.Match == SegmentMatch.Matched), Is.True);
    }

    [Test]
    public void Advance_passengerAndDocument_matchTheDirectoryPositions()
    {
        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST")), s_paxlst);

        var passenger = steps[10];
        var document = steps[15];
        Assert.That((passenger.EntryPosition, passenger.StartsGroup), Is.EqualTo(("0160", true)));
        Assert.That((document.EntryPosition, document.StartsGroup), Is.EqualTo(("0280", true)));
        Assert.That((steps[11].EntryPosition, steps[11].StartsGroup), Is.EqualTo(("0170", false)));
    }

    [Test]
    public void Position_inNestedGroup_exposesGroupsOutermostFirst()
    {
        var walker = new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST"));
        walker.Reset();
        foreach (var tag in s_paxlst.Take(20))
        {
            walker.Advance(Encoding.ASCII.GetBytes(tag));
        }

        var position = walker.Position;
        Assert.That(position.Depth, Is.EqualTo(2));
        Assert.That((position.Groups[0].Number, position.Groups[0].Occurrence), Is.EqualTo((4, 2)));
        Assert.That((position.Groups[1].Number, position.Groups[1].Occurrence), Is.EqualTo((5, 1)));
        Assert.That(position.OccurrenceOf(4), Is.EqualTo(2));
        Assert.That(position.OccurrenceOf(2), Is.Zero);
        Assert.That(position.GroupPath(), Is.EqualTo("SG4[2]/SG5[1]"));
        Assert.That(walker.Table.EntryAt(position.EntryIndex), Is.SameAs(position.Entry));
    }

    [Test]
    public void Advance_mandatorySegmentSkipped_reportsItMissing()
    {
        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST")), "UNH", "NAD", "TDT", "DTM", "UNT");

        Assert.That(steps[1].Findings, Is.EqualTo(new[] { "MissingSegment BGM" }));
        Assert.That(steps[1].Position, Is.EqualTo("SG1[1]/NAD[1]"));
    }

    [Test]
    public void Advance_mandatoryGroupSkipped_reportsTheGroupMissing()
    {
        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST")), "UNH", "BGM", "CNT", "UNT");

        Assert.That(steps[2].Findings, Is.EqualTo(new[] { "MissingGroup SG2" }));
    }

    [Test]
    public void Advance_mandatorySegmentOfGroupNotSeen_isReportedWhenTheGroupCloses()
    {
        // BAPLIE D.95B SG2 is TDT M1, LOC M2, DTM M99 (0130-0150).
        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("95B", "BAPLIE")), "UNH", "BGM", "DTM", "TDT", "UNT");

        Assert.That(steps[4].Findings, Is.EqualTo(new[] { "MissingSegment LOC", "MissingSegment DTM" }));
        Assert.That(steps[4].Position, Is.EqualTo("UNT[1]"));
    }

    [Test]
    public void Advance_segmentBeyondItsMaximum_reportsTooManyRepetitionsAndKeepsThePosition()
    {
        // PAXLST D.02B 0030 RFF C 1.
        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST")), "UNH", "BGM", "RFF", "RFF", "DTM");

        Assert.That(steps[3].Findings, Is.EqualTo(new[] { "TooManySegmentRepetitions RFF 2" }));
        Assert.That((steps[3].Match, steps[3].Position), Is.EqualTo((SegmentMatch.Matched, "RFF[2]")));
        Assert.That(steps[4].Position, Is.EqualTo("DTM[1]"));
    }

    [Test]
    public void Advance_groupBeyondItsMaximum_reportsTooManyGroupRepetitions()
    {
        // PAXLST D.02B 0090 SG2 M 10 (TDT, DTM).
        var tags = new List<string> { "UNH", "BGM" };
        for (var i = 0; i < 11; i++)
        {
            tags.Add("TDT");
            tags.Add("DTM");
        }

        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST")), [.. tags]);

        Assert.That(steps.SelectMany(s => s.Findings), Is.EqualTo(new[] { "TooManyGroupRepetitions SG2 11" }));
        Assert.That(steps[^2].Position, Is.EqualTo("SG2[11]/TDT[1]"));
    }

    [Test]
    public void Advance_segmentOfTheTableOutOfPlace_isUnexpectedAndLeavesTheStateAlone()
    {
        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST")), "UNH", "BGM", "TDT", "DOC", "DTM");

        Assert.That((steps[3].Match, steps[3].Position), Is.EqualTo((SegmentMatch.Unexpected, "SG2[1]/?")));
        Assert.That(steps[3].Findings, Is.EqualTo(new[] { "UnexpectedSegment -" }));
        Assert.That((steps[4].Position, steps[4].Findings), Is.EqualTo(("SG2[1]/DTM[1]", Array.Empty<string>())));
    }

    [Test]
    public void Advance_segmentNotInTheTable_isReportedAsSuch()
    {
        var steps = Walk(new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST")), "UNH", "BGM", "UNS", "XY");

        Assert.That(steps[2].Match, Is.EqualTo(SegmentMatch.NotInTable));
        Assert.That(steps[3].Match, Is.EqualTo(SegmentMatch.NotInTable));
        Assert.That(steps[3].Findings, Is.EqualTo(new[] { "SegmentNotInTable -" }));
    }

    [Test]
    public void Advance_fullPositionFollowedBySameTag_movesToTheLaterPosition()
    {
        var table = SegmentTable.Compile(new MessageStructure("TEST",
        [
            new SegmentEntry("0010", "UNH", UsageStatus.Mandatory, 1),
            new SegmentEntry("0020", "DTM", UsageStatus.Conditional, 1),
            new SegmentEntry("0030", "DTM", UsageStatus.Conditional, 2),
            new SegmentEntry("0040", "UNT", UsageStatus.Mandatory, 1),
        ]));

        var steps = Walk(new SegmentTableWalker(table), "UNH", "DTM", "DTM", "DTM", "DTM", "UNT");

        Assert.That(steps.Select(s => s.EntryPosition + " " + s.Position), Is.EqualTo(new[]
        {
            "0010 UNH[1]", "0020 DTM[1]", "0030 DTM[1]", "0030 DTM[2]", "0030 DTM[3]", "0040 UNT[1]",
        }));
        Assert.That(steps[4].Findings, Is.EqualTo(new[] { "TooManySegmentRepetitions DTM 3" }));
    }

    [Test]
    public void Complete_withoutTrailer_reportsMandatoryEntriesLeftButNotTheTrailer()
    {
        var walker = new SegmentTableWalker(TestDirectories.Table("95B", "BAPLIE"));
        Walk(walker, "UNH", "BGM", "DTM", "TDT");

        walker.Complete();

        Assert.That(Describe(walker.Findings), Is.EqualTo(new[] { "MissingSegment LOC", "MissingSegment DTM" }));
        Assert.That(walker.Position.IsMatched, Is.False);
        Assert.That(walker.Depth, Is.Zero);
    }

    [Test]
    public void Complete_emptyMessage_reportsEveryMandatoryTopLevelEntry()
    {
        var walker = new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST"));
        walker.Reset();

        walker.Complete();

        Assert.That(Describe(walker.Findings), Is.EqualTo(new[] { "MissingSegment UNH", "MissingSegment BGM", "MissingGroup SG2" }));
    }

    [Test]
    public void Advance_readerOnSegmentStart_usesTheUnescapedTag()
    {
        var bytes = "UNH+1+PAXLST:D:02B:UN'BG?M+745'"u8.ToArray();
        var reader = new EdifactReader(bytes, isFinalBlock: true,
            new EdifactReaderState(EdifactDelimiters.Default, SyntaxIdentifier.Unoc, SyntaxVersion.V3));
        var walker = new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST"));
        walker.Reset();
        var matches = new List<SegmentMatch>();
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.SegmentStart)
            {
                matches.Add(walker.Advance(ref reader));
            }
        }

        Assert.That(matches, Is.EqualTo(new[] { SegmentMatch.Matched, SegmentMatch.Matched }));
        Assert.That(walker.Position.Entry!.Tag, Is.EqualTo("BGM"));
    }

    [Test]
    public void Advance_readerNotOnSegmentStart_throws()
    {
        var walker = new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST"));

        Assert.That(() =>
        {
            var reader = new EdifactReader("UNB+UNOC:3'"u8);
            reader.Read();
            reader.Read();
            walker.Advance(ref reader);
        }, Throws.InvalidOperationException);
    }

    [Test]
    public void Advance_steadyState_allocatesNothing()
    {
        var walker = new SegmentTableWalker(TestDirectories.Table("02B", "PAXLST"));
        var tags = s_paxlst.Select(t => Encoding.ASCII.GetBytes(t)).ToArray();
        Run();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Run();
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);

        void Run()
        {
            walker.Reset();
            foreach (var tag in tags)
            {
                walker.Advance(tag);
                _ = walker.Position.Depth;
            }

            walker.Complete();
        }
    }

    [Test]
    public void Compile_groupWithoutTrigger_throws()
    {
        var structure = new MessageStructure("TEST",
        [
            new SegmentEntry("0010", "UNH", UsageStatus.Mandatory, 1),
            new SegmentGroupEntry("0020", 1, UsageStatus.Conditional, 9, []),
        ]);

        Assert.That(() => SegmentTable.Compile(structure), Throws.ArgumentException);
    }
}
