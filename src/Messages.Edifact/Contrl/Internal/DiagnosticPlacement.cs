namespace UniPass.Gateway.Messages.Edifact.Contrl.Internal;

/// <summary>
/// Sorts the errors of a validation result into the levels a CONTRL reports them at (ISO 9735-1
/// CONTRL: UCI for UNA/UNB/UNZ and the interchange as a whole, UCF for UNG/UNE and the group,
/// UCM/UCS/UCD for a message), by segment position: a message spans its UNH to its UNT, a group its
/// UNG to the segment before the next UNG (or UNZ). Works for any diagnostic that carries a segment
/// index, whichever validation level found it.
/// </summary>
internal sealed class DiagnosticPlacement
{
    private readonly EdifactValidationResult _subject;
    private readonly List<EdifactDiagnostic> _interchange = [];
    private readonly List<EdifactDiagnostic>[] _groups;
    private readonly List<EdifactDiagnostic>[] _messages;
    private readonly int[] _messageGroup;
    private readonly List<int>[] _groupMessages;
    private readonly bool[] _identifiable;
    private readonly bool[] _answered;
    private readonly bool[] _answeredGroups;

    /// <param name="subject">The validation result.</param>
    /// <param name="identifiable">
    /// Whether a message can be named in a UCM; the errors of one that cannot (and of messages beyond
    /// those the result kept) are its group's or the interchange's.
    /// </param>
    /// <param name="answered">Whether a message is answered at all; the errors inside one that is not are left out.</param>
    /// <param name="answeredGroup">Whether a group is answered at all; the errors of one that is not, and of its messages, are left out.</param>
    public DiagnosticPlacement(EdifactValidationResult subject, Func<MessageHeader, bool> identifiable, Func<MessageHeader, bool> answered, Func<GroupHeader, bool> answeredGroup)
    {
        _subject = subject;
        _identifiable = subject.Messages.Select(m => identifiable(m.Header)).ToArray();
        _answered = subject.Messages.Select(m => answered(m.Header)).ToArray();
        _answeredGroups = subject.Groups.Select(answeredGroup).ToArray();
        _groups = subject.Groups.Select(_ => new List<EdifactDiagnostic>()).ToArray();
        _messages = subject.Messages.Select(_ => new List<EdifactDiagnostic>()).ToArray();
        _messageGroup = subject.Messages.Select(m => GroupAt(m.SegmentIndex)).ToArray();
        _groupMessages = subject.Groups.Select(_ => new List<int>()).ToArray();
        for (var m = 0; m < _messageGroup.Length; m++)
        {
            if (_messageGroup[m] >= 0)
            {
                _groupMessages[_messageGroup[m]].Add(m);
            }
        }
        foreach (var diagnostic in subject.Diagnostics)
        {
            if (diagnostic.Severity == EdifactSeverity.Error)
            {
                Place(diagnostic);
            }
        }

        HasUnplacedErrors = subject.HasSuppressedErrors;
    }

    /// <summary>
    /// True when errors were found but none was kept (beyond <see cref="EdifactReaderOptions.MaxDiagnostics"/>):
    /// they still reject, at a position nobody knows.
    /// </summary>
    public bool HasUnplacedErrors { get; }

    /// <summary>Errors of the interchange as a whole and of UNA, UNB, UNZ, in input order.</summary>
    public IReadOnlyList<EdifactDiagnostic> Interchange => _interchange;

    public bool HasErrors => HasUnplacedErrors || _interchange.Count > 0 || _groups.Any(g => g.Count > 0) || _messages.Any(m => m.Count > 0);

    /// <summary>Errors of group <paramref name="group"/> itself (UNG, UNE, segments outside its messages).</summary>
    public IReadOnlyList<EdifactDiagnostic> Group(int group) => _groups[group];

    /// <summary>Errors inside message <paramref name="message"/>, UNH and UNT included.</summary>
    public IReadOnlyList<EdifactDiagnostic> Message(int message) => _messages[message];

    /// <summary>Whether message <paramref name="message"/> is answered at all (see the constructor).</summary>
    public bool IsAnswered(int message) => _answered[message] && (_messageGroup[message] < 0 || _answeredGroups[_messageGroup[message]]);

    /// <summary>Whether group <paramref name="group"/> is answered at all (see the constructor).</summary>
    public bool IsAnsweredGroup(int group) => _answeredGroups[group];

    /// <summary>Whether message <paramref name="message"/> can be answered by a UCM.</summary>
    public bool IsIdentifiable(int message) => _identifiable[message];

    /// <summary>The indices of the messages in group <paramref name="group"/>, in order.</summary>
    public IReadOnlyList<int> MessagesOf(int group) => _groupMessages[group];

    /// <summary>The index of the group message <paramref name="message"/> is in, or -1.</summary>
    public int GroupOf(int message) => _messageGroup[message];

    private void Place(EdifactDiagnostic diagnostic)
    {
        // A missing UNE is reported where the next group or the interchange trailer begins: it belongs
        // to the group that was open there.
        if (diagnostic.Id == EdifactDiagnostics.MissingGroupTrailer.Id && _groups.Length > 0)
        {
            var open = diagnostic.SegmentIndex == 0 ? _groups.Length - 1 : GroupBefore(diagnostic.SegmentIndex);
            if (open >= 0)
            {
                if (_answeredGroups[open])
                {
                    _groups[open].Add(diagnostic);
                }

                return;
            }
        }

        // Groups mixed with bare messages is a fault of the interchange as a whole (0085 = 30), wherever it showed.
        if (diagnostic.SegmentIndex > 0 && diagnostic.Id != EdifactDiagnostics.GroupsAndMessagesMixed.Id)
        {
            var message = MessageAt(diagnostic.SegmentIndex);
            if (message >= 0 && !IsAnswered(message))
            {
                return;
            }

            if (message >= 0 && _identifiable[message])
            {
                _messages[message].Add(diagnostic);
                return;
            }

            var group = GroupAt(diagnostic.SegmentIndex);
            if (group >= 0 && !_answeredGroups[group])
            {
                return;
            }

            if (group >= 0)
            {
                _groups[group].Add(diagnostic);
                return;
            }
        }

        _interchange.Add(diagnostic);
    }

    private int MessageAt(int segmentIndex)
    {
        var messages = _subject.Messages;
        for (var i = 0; i < messages.Count; i++)
        {
            var start = messages[i].SegmentIndex;
            if (segmentIndex >= start && segmentIndex < start + Math.Max(1, messages[i].SegmentCount))
            {
                return i;
            }
        }

        return -1;
    }

    private int GroupAt(int segmentIndex)
    {
        var groups = _subject.Groups;
        for (var i = 0; i < groups.Count; i++)
        {
            var end = i + 1 < groups.Count ? groups[i + 1].SegmentIndex : _subject.InterchangeTrailer?.SegmentIndex ?? int.MaxValue;
            if (segmentIndex >= groups[i].SegmentIndex && segmentIndex < end)
            {
                return i;
            }
        }

        return -1;
    }

    private int GroupBefore(int segmentIndex)
    {
        var groups = _subject.Groups;
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            if (groups[i].SegmentIndex < segmentIndex)
            {
                return i;
            }
        }

        return -1;
    }
}
