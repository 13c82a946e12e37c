using System.Collections.Frozen;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// A directory compiled on demand for validation, together with the service directory of the
/// interchange's syntax version, which defines the service segments (UNH, UNT, UNS, ...) that UN
/// directories' segment tables name but do not define. Caches only what the directories define,
/// so memory stays bounded whatever tags an interchange holds.
/// </summary>
internal sealed class CompiledDirectory
{
    private const int MaxTagLength = 8;

    private readonly Dictionary<int, SegmentRules> _segments = [];
    private readonly Dictionary<string, CompiledMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<(EdifactDirectory, string), CodeSet?> _codes = [];
    private readonly FrozenDictionary<string, SegmentDefinition>.AlternateLookup<ReadOnlySpan<char>> _ownSegments;
    private readonly FrozenDictionary<string, SegmentDefinition>.AlternateLookup<ReadOnlySpan<char>> _serviceSegments;

    public CompiledDirectory(EdifactDirectory directory, EdifactDirectory service)
    {
        Directory = directory;
        Service = service;
        _ownSegments = directory.Segments.GetAlternateLookup<ReadOnlySpan<char>>();
        _serviceSegments = service.Segments.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public EdifactDirectory Directory { get; }

    public EdifactDirectory Service { get; }

    /// <summary>The compiled message type, or null when the directory does not carry it.</summary>
    public CompiledMessage? Message(string type)
    {
        if (_messages.TryGetValue(type, out var compiled))
        {
            return compiled;
        }

        if (!Directory.Messages.TryGetValue(type, out var structure))
        {
            return null;
        }

        var table = SegmentTable.Compile(structure);
        var rules = new SegmentRules?[table.EntryCount];
        for (var i = 1; i < rules.Length; i++)
        {
            if (table.EntryAt(i) is SegmentEntry segment)
            {
                rules[i] = Segment(segment.Tag);
            }
        }

        compiled = new CompiledMessage(this, table, rules);
        _messages.Add(type, compiled);
        return compiled;
    }

    /// <summary>The rules of the segment with this (unescaped) tag, or null when neither directory defines it.</summary>
    public SegmentRules? Segment(ReadOnlySpan<byte> tag)
    {
        var packed = SegmentTag.Pack(tag);
        if (packed != SegmentTag.None && _segments.TryGetValue(packed, out var rules))
        {
            return rules;
        }

        if (tag.Length > MaxTagLength)
        {
            return null;
        }

        Span<char> text = stackalloc char[MaxTagLength];
        for (var i = 0; i < tag.Length; i++)
        {
            text[i] = (char)tag[i];
        }

        var key = text[..tag.Length];
        if (_ownSegments.TryGetValue(key, out var definition))
        {
            return Add(packed, Compile(definition, Directory));
        }

        return _serviceSegments.TryGetValue(key, out definition) ? Add(packed, Compile(definition, Service)) : null;
    }

    /// <summary>The rules of the segment whose tag is packed in <paramref name="bits"/> (<see cref="Edifact.Internal.TagBytes"/>).</summary>
    public SegmentRules? Segment(ulong bits, int length)
    {
        if (length == 3 && _segments.TryGetValue((int)bits, out var rules))
        {
            return rules;
        }

        Span<byte> tag = stackalloc byte[MaxTagLength];
        for (var i = 0; i < length; i++)
        {
            tag[i] = (byte)(bits >> (8 * i));
        }

        return Segment(tag[..length]);
    }

    /// <summary>The rules of the segment <paramref name="tag"/>, or null when neither directory defines it.</summary>
    public SegmentRules? Segment(string tag)
    {
        var packed = SegmentTag.Pack(tag);
        if (packed != SegmentTag.None && _segments.TryGetValue(packed, out var rules))
        {
            return rules;
        }

        if (Directory.Segments.TryGetValue(tag, out var definition))
        {
            return Add(packed, Compile(definition, Directory));
        }

        return Service.Segments.TryGetValue(tag, out definition) ? Add(packed, Compile(definition, Service)) : null;
    }

    private SegmentRules Add(int packed, SegmentRules rules)
    {
        if (packed != SegmentTag.None)
        {
            _segments[packed] = rules;
        }

        return rules;
    }

    private SegmentRules Compile(SegmentDefinition definition, EdifactDirectory source)
    {
        var isService = ReferenceEquals(source, Service);
        var elements = new ElementRule[definition.Elements.Count];
        for (var i = 0; i < elements.Length; i++)
        {
            var reference = definition.Elements[i];
            var isMandatory = reference.Status == UsageStatus.Mandatory;
            if (source.Composites.TryGetValue(reference.Id, out var composite))
            {
                var components = new ValueRule[composite.Components.Count];
                for (var c = 0; c < components.Length; c++)
                {
                    var component = composite.Components[c];
                    components[c] = Value(source, component.Id, component.Status == UsageStatus.Mandatory,
                        isService ? EnvelopeJudgements.Of(definition.Tag, i + 1, c + 1) : EnvelopeJudgement.None);
                }

                elements[i] = new ElementRule(reference.Id, isMandatory, reference.MaxRepeats, null, components);
            }
            else
            {
                var value = Value(source, reference.Id, isMandatory,
                    isService ? EnvelopeJudgements.Of(definition.Tag, i + 1, 1) : EnvelopeJudgement.None);
                elements[i] = new ElementRule(reference.Id, isMandatory, reference.MaxRepeats, value, []);
            }
        }

        return new SegmentRules(definition.Tag, isService, elements);
    }

    private ValueRule Value(EdifactDirectory source, string id, bool isMandatory, EnvelopeJudgement judgement)
    {
        source.Elements.TryGetValue(id, out var definition);
        return new ValueRule(id, isMandatory, definition, Codes(source, id), judgement);
    }

    private CodeSet? Codes(EdifactDirectory source, string id)
    {
        if (!_codes.TryGetValue((source, id), out var codes))
        {
            codes = source.CodeLists.TryGetValue(id, out var list) ? new CodeSet(list) : null;
            _codes.Add((source, id), codes);
        }

        return codes;
    }
}
