using System.Collections.Frozen;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;

namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>
/// A message's segment table (UNTDID Part 4 §2.6: positions, segment groups with their trigger
/// segments, status and maximum occurrences) compiled for <see cref="SegmentTableWalker"/>.
/// Immutable and thread-safe: compile once per directory and message type, walk many messages.
/// </summary>
public sealed class SegmentTable
{
    private readonly FrozenSet<int> _tags;

    private SegmentTable(MessageStructure structure, SegmentTableNode[] nodes, int maxDepth, FrozenSet<int> tags)
    {
        Structure = structure;
        Nodes = nodes;
        MaxDepth = maxDepth;
        _tags = tags;
    }

    /// <summary>The directory's segment table.</summary>
    public MessageStructure Structure { get; }

    /// <summary>The message type, for example <c>PAXLST</c>.</summary>
    public string MessageType => Structure.Type;

    /// <summary>The deepest nesting of segment groups.</summary>
    public int MaxDepth { get; }

    /// <summary>Node 0 is the message; its children are the top-level entries.</summary>
    internal SegmentTableNode[] Nodes { get; }

    /// <summary>The number of nodes (the message plus every entry), for tables indexed like <see cref="SegmentPosition.EntryIndex"/>.</summary>
    public int EntryCount => Nodes.Length;

    /// <summary>The entry behind <paramref name="entryIndex"/> (a <see cref="SegmentPosition.EntryIndex"/>), or null for 0 (the message).</summary>
    public SegmentTableEntry? EntryAt(int entryIndex) => Nodes[entryIndex].Entry;

    /// <summary>Compiles <paramref name="structure"/>.</summary>
    /// <exception cref="ArgumentException">A segment group has no entries (no trigger segment) or starts with a group.</exception>
    public static SegmentTable Compile(MessageStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var nodes = new List<SegmentTableNode> { default };
        var tags = new HashSet<int>();
        var maxDepth = 0;

        // Each list of entries takes a contiguous block; a group's block is laid out after its parent's.
        var pending = new Queue<(int Parent, IReadOnlyList<SegmentTableEntry> Entries, int Depth)>();
        pending.Enqueue((0, structure.Entries, 0));
        while (pending.Count > 0)
        {
            var (parent, entries, depth) = pending.Dequeue();
            maxDepth = Math.Max(maxDepth, depth);
            var first = nodes.Count;
            nodes[parent] = nodes[parent] with { FirstChild = first, ChildCount = entries.Count };
            foreach (var entry in entries)
            {
                switch (entry)
                {
                    case SegmentEntry segment:
                        var tag = SegmentTag.Pack(segment.Tag);
                        tags.Add(tag);
                        nodes.Add(new SegmentTableNode(tag, false, segment.Status == UsageStatus.Mandatory, segment.MaxRepeats, 0, 0, segment));
                        break;
                    case SegmentGroupEntry group:
                        if (group.Entries.Count == 0 || group.Entries[0] is not SegmentEntry trigger)
                        {
                            throw new ArgumentException($"{structure.Type} {group.Position} SG{group.Number}: a segment group starts with its trigger segment.", nameof(structure));
                        }

                        nodes.Add(new SegmentTableNode(SegmentTag.Pack(trigger.Tag), true, group.Status == UsageStatus.Mandatory, group.MaxRepeats, 0, 0, group));
                        pending.Enqueue((nodes.Count - 1, group.Entries, depth + 1));
                        break;
                    default:
                        throw new ArgumentException($"{structure.Type} {entry.Position}: unknown kind of segment table entry.", nameof(structure));
                }
            }
        }

        return new SegmentTable(structure, nodes.ToArray(), maxDepth, tags.ToFrozenSet());
    }

    /// <summary>True when some position of the table holds a segment with this tag.</summary>
    public bool Contains(ReadOnlySpan<byte> tag) => _tags.Contains(SegmentTag.Pack(tag));

    internal bool Contains(int packedTag) => _tags.Contains(packedTag);
}
