using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Internal;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

internal sealed partial class StructureValidator
{
    private const int HeaderSlotSize = 35;
    private const int GroupSlotSize = 8;
    private const int MaxRememberedReports = 64;

    // UNH: 0062 reference, S009 0065 type, 0052 version, 0054 release, 0051 agency.
    private const int HeaderReference = 0;
    private const int HeaderType = 1;
    private const int HeaderVersion = 2;
    private const int HeaderRelease = 3;
    private const int HeaderAgency = 4;

    // UNG: 0038 message group identification (the message type), 0051 agency, S008 0052 version, 0054 release.
    private const int GroupType = 0;
    private const int GroupAgency = 1;
    private const int GroupVersion = 2;
    private const int GroupRelease = 3;

    private readonly CapturedValues _header = new(5, HeaderSlotSize);
    private readonly CapturedValues _group = new(4, GroupSlotSize);
    private readonly byte[] _selectionKey = new byte[4 * (HeaderSlotSize + 1)];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private int _selectionKeyLength = -1;
    private CompiledMessage? _selected;
    private DirectoryId? _selectedId;
    private Capture _capture;

    private enum Capture : byte
    {
        None,
        Header,
        Group,
    }

    private void BeginHeaderCapture()
    {
        _header.Clear();
        _capture = Capture.Header;
    }

    private void BeginGroupCapture()
    {
        _group.Clear();
        _capture = Capture.Group;
    }

    private void CaptureValue(ref EdifactReader reader, int element, int component)
    {
        var slot = _capture == Capture.Header
            ? (element, component) switch
            {
                (1, 1) => HeaderReference,
                (2, 1) => HeaderType,
                (2, 2) => HeaderVersion,
                (2, 3) => HeaderRelease,
                (2, 4) => HeaderAgency,
                _ => -1,
            }
            : (element, component) switch
            {
                (1, 1) => GroupType,
                (6, 1) => GroupAgency,
                (7, 1) => GroupVersion,
                (7, 2) => GroupRelease,
                _ => -1,
            };
        if (slot < 0)
        {
            return;
        }

        var values = _capture == Capture.Header ? _header : _group;
        values.Set(slot, Value(ref reader), reader.TokenOffset);
    }

    /// <summary>
    /// UNH is read: select the message's directory from the partner's configuration, or from
    /// UNH S009 (0052 version, 0054 release, 0051 agency), a missing part taken from the group's
    /// UNG (S008, 0051). The identification is held to ISO 9735's form before any lookup.
    /// </summary>
    private void SelectDirectory(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        _capture = Capture.None;
        var type = _header.Get(HeaderType);
        if (type.IsEmpty && _inGroup)
        {
            type = _group.Get(GroupType);
        }

        if (type.IsEmpty || _header.IsTooLong(HeaderType))
        {
            // No message type (EDI0023, or too long for 0065): nothing to select.
            return;
        }

        var version = Part(HeaderVersion, GroupVersion, out var versionTooLong);
        var release = Part(HeaderRelease, GroupRelease, out var releaseTooLong);
        var agency = Part(HeaderAgency, GroupAgency, out var agencyTooLong);
        var configured = _options.Directory;
        Span<byte> key = stackalloc byte[_selectionKey.Length];
        var keyLength = configured is null ? Key(key, type, agency, version, release) : Key(key, type, default, default, default);
        if (keyLength == _selectionKeyLength && key[..keyLength].SequenceEqual(_selectionKey.AsSpan(0, keyLength)))
        {
            UseSelection(envelope);
            return;
        }

        DirectoryId id;
        if (configured is { } partnerDirectory)
        {
            id = partnerDirectory;
        }
        else if (versionTooLong || releaseTooLong || agencyTooLong || !DirectoryId.TryCreate(agency, version, release, out id))
        {
            // S009 components: 0052 is the second, 0054 the third, 0051 the fourth.
            var component = !DirectoryId.IsPart(version) ? 2 : !DirectoryId.IsPart(release) ? 3 : 4;
            if ((component switch { 2 => version, 3 => release, _ => agency }).IsEmpty)
            {
                // Missing altogether: the envelope reports the mandatory component (EDI0026) once.
                return;
            }

            var slot = component switch { 2 => HeaderVersion, 3 => HeaderRelease, _ => HeaderAgency };
            var offset = _header.OffsetOf(slot);
            ReportAt(envelope, EdifactDiagnostics.InvalidDirectoryIdentification, 2, component, 0, offset > 0 ? offset : _messageOffset,
                Printable(_header.Get(HeaderReference)), $"{Printable(version)}:{Printable(release)}:{Printable(agency)}");
            return;
        }

        var typeText = Encoding.Latin1.GetString(type);
        CompiledMessage? selected = null;
        if (_catalog.TryGet(id, out var directory))
        {
            selected = Compiled(directory, _service!.Directory).Message(typeText);
            if (selected is null)
            {
                ReportOnce(envelope, EdifactDiagnostics.MessageTypeNotInDirectory, typeText, id);
            }
        }
        else
        {
            ReportOnce(envelope, EdifactDiagnostics.UnknownDirectory, typeText, id);
        }

        key[..keyLength].CopyTo(_selectionKey);
        _selectionKeyLength = keyLength;
        _selected = selected;
        _selectedId = id;
        UseSelection(envelope);
    }

    private void UseSelection(EnvelopeValidator envelope)
    {
        _message = _selected;
        _messageDirectory = _selectedId;
        if (_message is not null)
        {
            var walker = _message.Walker;
            walker.Reset();
            walker.Advance(s_unh);
            if (!walker.Findings.IsEmpty)
            {
                ReportStructure(envelope, walker.Findings, atEnd: false, _messageOffset);
            }
        }
    }

    /// <summary>UNH's part, or the group's when UNH leaves it out.</summary>
    private ReadOnlySpan<byte> Part(int headerSlot, int groupSlot, out bool tooLong)
    {
        tooLong = _header.IsTooLong(headerSlot);
        var part = _header.Get(headerSlot);
        if (part.IsEmpty && !tooLong && _inGroup)
        {
            tooLong = _group.IsTooLong(groupSlot);
            part = _group.Get(groupSlot);
        }

        return part;
    }

    private static int Key(Span<byte> key, ReadOnlySpan<byte> type, ReadOnlySpan<byte> agency, ReadOnlySpan<byte> version, ReadOnlySpan<byte> release)
    {
        var length = Append(key, 0, type);
        length = Append(key, length, agency);
        length = Append(key, length, version);
        return Append(key, length, release);

        static int Append(Span<byte> key, int at, ReadOnlySpan<byte> part)
        {
            part.CopyTo(key[at..]);
            key[at + part.Length] = 0;
            return at + part.Length + 1;
        }
    }

    /// <summary>An unknown directory is reported once per interchange, not once per message.</summary>
    private void ReportOnce(EnvelopeValidator envelope, EdifactDiagnosticDescriptor descriptor, string type, DirectoryId id)
    {
        var what = $"{descriptor.Id} {type} {id}";
        if (_reported.Contains(what))
        {
            return;
        }

        if (_reported.Count < MaxRememberedReports)
        {
            _reported.Add(what);
        }

        var diagnostic = EdifactDiagnostic.Create(descriptor, descriptor == EdifactDiagnostics.UnknownDirectory ? [id, type] : [type, id]) with
        {
            SegmentIndex = _segmentIndex,
            MessageSegmentIndex = 1,
            SegmentTag = "UNH",
            Element = 2,
            ByteOffset = _header.OffsetOf(HeaderType),
        };
        envelope.Add(diagnostic);
    }
}
