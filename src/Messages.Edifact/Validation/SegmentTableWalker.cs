using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;

namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>
/// The state machine over a message's segment table: fed the tags of one message in order (UNH
/// first), it tells for each segment which entry of the table it matched and in which segment
/// group occurrences (<see cref="Position"/>), and what the table says about it
/// (<see cref="Findings"/>: missing mandatory segments and groups, too many repetitions,
/// segments not allowed where they stand). Allocates nothing per segment; reuse it for the next
/// message after <see cref="Reset"/>. Not thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Matching follows the segment table as UNTDID Part 4 §2.6 lays it out: from the current entry
/// on, a segment matches the first later entry with its tag at the current group level, or the
/// trigger segment of a later group (opening it) or, when the current group has no such entry,
/// the same search one level up, where the trigger of the group just left opens its next
/// occurrence. Entries passed over that are mandatory (M) are reported missing; only a position
/// whose maximum is reached is passed over in favour of a later one, and when there is none the
/// segment stays at that position as one repetition too many.
/// </para>
/// <para>
/// A segment that matches nowhere leaves the state unchanged, so one misplaced segment costs one
/// finding. The message trailer UNT closes every open group; a message that ends without it is
/// closed by <see cref="Complete"/>.
/// </para>
/// </remarks>
public sealed class SegmentTableWalker
{
    private const int MaxTagBytes = 8;

    private readonly SegmentTableNode[] _nodes;
    private readonly int[] _frameNode;
    private readonly int[] _frameChild;
    private readonly int[] _frameCount;
    private readonly GroupOccurrence[] _groups;
    private readonly int _trailerTag = SegmentTag.Pack("UNT");
    private StructureFinding[] _findings = new StructureFinding[4];
    private int _findingCount;
    private int _top;
    private int _matched;
    private int _occurrence;
    private bool _startsGroup;

    /// <summary>Walks messages of <paramref name="table"/>.</summary>
    public SegmentTableWalker(SegmentTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        _nodes = table.Nodes;
        _frameNode = new int[table.MaxDepth + 1];
        _frameChild = new int[table.MaxDepth + 1];
        _frameCount = new int[table.MaxDepth + 1];
        _groups = new GroupOccurrence[table.MaxDepth];
    }

    /// <summary>The table walked.</summary>
    public SegmentTable Table { get; }

    /// <summary>Where the last segment fed stands.</summary>
    public SegmentPosition Position
    {
        get
        {
            var entry = _matched > 0 ? (SegmentEntry)_nodes[_matched].Entry! : null;
            return new SegmentPosition(entry, _matched, _occurrence, _startsGroup, _groups.AsSpan(0, _top));
        }
    }

    /// <summary>What the last <see cref="Advance(ReadOnlySpan{byte})"/> or <see cref="Complete"/> found, in order.</summary>
    public ReadOnlySpan<StructureFinding> Findings => _findings.AsSpan(0, _findingCount);

    /// <summary>The number of findings of the last call (the length of <see cref="Findings"/>).</summary>
    internal int FindingCount => _findingCount;

    /// <summary>The entry index the last segment matched (<see cref="SegmentPosition.EntryIndex"/>), without building the position.</summary>
    internal int MatchedIndex => _matched;

    /// <summary>The number of segment groups open.</summary>
    public int Depth => _top;

    /// <summary>Starts a new message: the next segment fed is its UNH.</summary>
    public void Reset()
    {
        _top = 0;
        _frameNode[0] = 0;
        _frameChild[0] = 0;
        _frameCount[0] = 0;
        _matched = 0;
        _occurrence = 0;
        _startsGroup = false;
        _findingCount = 0;
    }

    /// <summary>Feeds the segment at the reader's <see cref="EdifactTokenType.SegmentStart"/> token (its tag, release characters removed).</summary>
    /// <exception cref="InvalidOperationException">The reader is not on a segment start.</exception>
    public SegmentMatch Advance(ref EdifactReader reader)
    {
        if (reader.TokenType != EdifactTokenType.SegmentStart)
        {
            throw new InvalidOperationException("The reader must stand on a segment start (its tag).");
        }

        Span<byte> tag = stackalloc byte[MaxTagBytes];
        var length = reader.ValueLength <= MaxTagBytes ? reader.CopyUnescaped(tag) : 0;
        return Advance(SegmentTag.Pack(tag[..length]));
    }

    /// <summary>Feeds the next segment's tag.</summary>
    public SegmentMatch Advance(ReadOnlySpan<byte> tag) => Advance(SegmentTag.Pack(tag));

    /// <summary>
    /// The message ended (after its last segment, with or without UNT): reports the mandatory
    /// entries not seen in every open group and at the top level. A missing UNT itself is not
    /// reported: the envelope is judged elsewhere (ISO 9735-1 §8; EDI0015).
    /// </summary>
    public void Complete()
    {
        _findingCount = 0;
        for (var level = _top; level > 0; level--)
        {
            ReportRemainder(level, includeCurrent: false);
        }

        ReportRemainder(0, includeCurrent: _frameCount[0] == 0);
        _top = 0;
        _matched = 0;
        _occurrence = 0;
        _startsGroup = false;
    }

    internal SegmentMatch Advance(int tag)
    {
        _findingCount = 0;
        var overflowLevel = -1;
        var overflowChild = -1;
        for (var level = _top; level >= 0; level--)
        {
            ref readonly var parent = ref _nodes[_frameNode[level]];
            var start = _frameChild[level];
            var count = _frameCount[level];
            for (var i = start; i < parent.ChildCount; i++)
            {
                ref readonly var child = ref _nodes[parent.FirstChild + i];
                if (child.Tag != tag)
                {
                    continue;
                }

                var repeat = i == start && count > 0;
                if (repeat && count >= child.MaxRepeats)
                {
                    // Full: a later position with the same tag may take it; otherwise it is one too many. A
                    // group's trigger (its first child) again is the group's next occurrence, so it is the group
                    // one level out that is full (0085 = 36), not the trigger (35).
                    if (overflowLevel < 0 && (level == 0 || i != 0))
                    {
                        overflowLevel = level;
                        overflowChild = i;
                    }

                    continue;
                }

                Commit(level, i, repeat);
                return SegmentMatch.Matched;
            }
        }

        if (overflowLevel >= 0)
        {
            Commit(overflowLevel, overflowChild, repeat: true);
            ref readonly var full = ref _nodes[_nodes[_frameNode[overflowLevel]].FirstChild + overflowChild];
            Add(full.IsGroup ? StructureFindingKind.TooManyGroupRepetitions : StructureFindingKind.TooManySegmentRepetitions, full.Entry, _frameCount[overflowLevel]);
            return SegmentMatch.Matched;
        }

        _matched = 0;
        _occurrence = 0;
        _startsGroup = false;
        if (Table.Contains(tag))
        {
            Add(StructureFindingKind.UnexpectedSegment, null, 0);
            return SegmentMatch.Unexpected;
        }

        Add(StructureFindingKind.SegmentNotInTable, null, 0);
        return SegmentMatch.NotInTable;
    }

    /// <summary>Moves to child <paramref name="index"/> of the group open at <paramref name="level"/>, closing the groups above it.</summary>
    private void Commit(int level, int index, bool repeat)
    {
        for (var closing = _top; closing > level; closing--)
        {
            ReportRemainder(closing, includeCurrent: false);
        }

        _top = level;
        if (repeat)
        {
            _frameCount[level]++;
        }
        else
        {
            ReportSkipped(level, _frameCount[level] == 0 ? _frameChild[level] : _frameChild[level] + 1, index);
            _frameChild[level] = index;
            _frameCount[level] = 1;
        }

        var nodeIndex = _nodes[_frameNode[level]].FirstChild + index;
        ref readonly var node = ref _nodes[nodeIndex];
        if (!node.IsGroup)
        {
            _matched = nodeIndex;
            _occurrence = _frameCount[level];
            _startsGroup = false;
            return;
        }

        // The trigger segment opens the group's next occurrence.
        _groups[level] = new GroupOccurrence((SegmentGroupEntry)node.Entry!, _frameCount[level]);
        _top = level + 1;
        _frameNode[_top] = nodeIndex;
        _frameChild[_top] = 0;
        _frameCount[_top] = 1;
        _matched = node.FirstChild;
        _occurrence = 1;
        _startsGroup = true;
    }

    /// <summary>Mandatory children from <paramref name="from"/> up to (not including) <paramref name="to"/> were passed over.</summary>
    private void ReportSkipped(int level, int from, int to)
    {
        ref readonly var parent = ref _nodes[_frameNode[level]];
        for (var i = from; i < to; i++)
        {
            ref readonly var child = ref _nodes[parent.FirstChild + i];
            if (child.IsMandatory)
            {
                Add(child.IsGroup ? StructureFindingKind.MissingGroup : StructureFindingKind.MissingSegment, child.Entry, 0);
            }
        }
    }

    /// <summary>The group open at <paramref name="level"/> ends: its mandatory children after the current one are missing.</summary>
    private void ReportRemainder(int level, bool includeCurrent)
    {
        ref readonly var parent = ref _nodes[_frameNode[level]];
        var from = includeCurrent ? _frameChild[level] : _frameChild[level] + 1;
        var to = parent.ChildCount;
        if (level == 0 && to > from && _nodes[parent.FirstChild + to - 1].Tag == _trailerTag)
        {
            to--;
        }

        ReportSkipped(level, from, to);
    }

    private void Add(StructureFindingKind kind, SegmentTableEntry? entry, int occurrences)
    {
        if (_findingCount == _findings.Length)
        {
            Array.Resize(ref _findings, _findings.Length * 2);
        }

        _findings[_findingCount++] = new StructureFinding(kind, entry, occurrences);
    }
}
