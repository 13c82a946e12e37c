namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>A message type of a directory ready to validate: its segment table, a walker over it, and each entry's segment rules.</summary>
internal sealed class CompiledMessage
{
    public CompiledMessage(CompiledDirectory directory, SegmentTable table, SegmentRules?[] rulesByEntry)
    {
        Directory = directory;
        Table = table;
        Walker = new SegmentTableWalker(table);
        RulesByEntry = rulesByEntry;
    }

    public CompiledDirectory Directory { get; }

    public SegmentTable Table { get; }

    /// <summary>One walker per validation: messages of an interchange are validated one after the other.</summary>
    public SegmentTableWalker Walker { get; }

    /// <summary>Indexed by <see cref="SegmentPosition.EntryIndex"/>; null where the directory lacks the segment's definition.</summary>
    public SegmentRules?[] RulesByEntry { get; }
}
