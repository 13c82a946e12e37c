using System.Collections.Concurrent;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>The mapping of one message type to its canonical document.</summary>
internal abstract class MessageMapping
{
    /// <summary>The UNH S009 0065 message type, e.g. <c>PAXLST</c>.</summary>
    public abstract string MessageType { get; }

    /// <summary>Maps the message of <paramref name="context"/>.</summary>
    public abstract (CanonicalDocument? Document, IReadOnlyList<EdifactMappingDiagnostic> Diagnostics) Map(MappingContext context);
}

/// <summary>
/// A mapping driven by the directory: its <see cref="Segments"/> and <see cref="Groups"/> name segments
/// and groups by tag and trigger path, are compiled per directory (<see cref="CompiledMap{TState}"/>,
/// cached), and the message is read once: the <see cref="SegmentTableWalker"/> tells for every segment
/// which table entry it matched and in which group occurrences, the entry's map captures its fields'
/// values without allocating, and its handler builds the canonical objects.
/// </summary>
internal abstract class MessageMapping<TState> : MessageMapping
    where TState : MappingState
{
    private readonly ConcurrentDictionary<EdifactDirectory, CompiledMap<TState>> _compiled = new(ReferenceEqualityComparer.Instance);

    /// <summary>The segments the mapping reads.</summary>
    protected abstract IReadOnlyList<SegmentMap<TState>> Segments { get; }

    /// <summary>The groups whose ends the mapping hears of.</summary>
    protected abstract IReadOnlyList<GroupMap<TState>> Groups { get; }

    protected abstract TState CreateState(MappingContext context);

    /// <summary>Builds the document once every segment was handled, or null when it lacks what it requires (reported).</summary>
    protected abstract CanonicalDocument? Finish(TState state);

    /// <summary>The compiled map for <paramref name="directory"/> (compiled on first use).</summary>
    internal CompiledMap<TState> CompiledFor(EdifactDirectory directory) =>
        _compiled.GetOrAdd(directory, d => CompiledMap<TState>.Compile(d, d.Messages[MessageType], Segments, Groups));

    public override (CanonicalDocument? Document, IReadOnlyList<EdifactMappingDiagnostic> Diagnostics) Map(MappingContext context)
    {
        var compiled = CompiledFor(context.Directory);
        var state = CreateState(context);
        var message = context.Message;
        var walker = new SegmentTableWalker(compiled.Table);
        var slots = new ValueSlots(Math.Max(compiled.MaxFields, 1));
        var open = new GroupOccurrence[compiled.Table.MaxDepth];
        var openCount = 0;
        walker.Reset();

        CompiledMap<TState>.Binding? binding = null;
        var segmentIndex = 0;
        long segmentOffset = 0;
        var reader = message.CreateReader(context.Mode);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case EdifactTokenType.SegmentStart:
                        walker.Advance(ref reader);
                        binding = null;
                        var position = walker.Position;
                        if (!position.IsMatched)
                        {
                            break;
                        }

                        EndGroups(position.Groups, open, ref openCount, compiled, state);
                        binding = compiled.ByEntry[position.EntryIndex];
                        if (binding is not null)
                        {
                            segmentIndex = reader.SegmentIndex;
                            segmentOffset = reader.TokenOffset;
                            slots.Begin(binding.Positions.Length);
                        }

                        break;
                    case EdifactTokenType.Element when binding is not null && reader.RepetitionIndex == 0:
                        slots.Capture(ref reader, binding.Positions);
                        break;
                    case EdifactTokenType.SegmentEnd when binding is not null:
                        var view = new SegmentView(message.Span, slots, binding, segmentIndex, segmentIndex - message.SegmentIndex + 1, segmentOffset, context.Encoding);
                        binding.Map.Handler(state, in view);
                        binding = null;
                        break;
                }
            }
        }
        catch (EdifactSyntaxException e)
        {
            state.ReportAtHeader(EdifactMappingDiagnostics.Unreadable, state, null, $"{e.Message} (byte {e.ByteOffset})");
        }

        EndGroups([], open, ref openCount, compiled, state);
        walker.Complete();
        return (Finish(state), state.Diagnostics);
    }

    /// <summary>Ends the open group occurrences the segment at <paramref name="groups"/> is not in, innermost first.</summary>
    private static void EndGroups(ReadOnlySpan<GroupOccurrence> groups, GroupOccurrence[] open, ref int openCount, CompiledMap<TState> compiled, TState state)
    {
        var common = 0;
        while (common < openCount && common < groups.Length
            && ReferenceEquals(open[common].Group, groups[common].Group) && open[common].Occurrence == groups[common].Occurrence)
        {
            common++;
        }

        for (var i = openCount - 1; i >= common; i--)
        {
            if (compiled.GroupEnds.TryGetValue(open[i].Group, out var map))
            {
                map.OnEnd(state);
            }
        }

        groups.CopyTo(open);
        openCount = groups.Length;
    }
}
