using System.Globalization;

namespace UniPass.Gateway.Messages.Edifact.Internal;

internal sealed partial class EnvelopeValidator
{
    /// <summary>UNB (ISO 9735-1 §8 / ISO 9735-2): S001 syntax, S002 sender, S003 recipient, S004 date/time, 0020 reference, ...</summary>
    private void OnInterchangeHeader(CapturedSegment unb, ref EdifactReader reader)
    {
        if (_phase != Phase.BeforeInterchange)
        {
            Report(_phase == Phase.AfterInterchange ? EdifactDiagnostics.DataAfterInterchange : EdifactDiagnostics.UnexpectedEnvelopeSegment,
                unb.SegmentIndex, 0, unb.Offset, "UNB", "an interchange is already open");
            return;
        }

        _phase = Phase.InInterchange;
        var syntaxCode = Require(unb, 1, 1, "syntax identifier (UNB S001/0001)");
        var versionText = Require(unb, 1, 2, "syntax version number (UNB S001/0002)");
        if (syntaxCode is not null)
        {
            if (SyntaxIdentifier.TryParse(System.Text.Encoding.Latin1.GetBytes(syntaxCode), out var syntax))
            {
                Syntax = syntax;
                _checkRepertoire = (Mode == EdifactReadMode.Strict || _options.EnforceRepertoire) && syntax.IsRestrictedRepertoire;
                _checkUtf8 = syntax.Level is 'Y' or 'W';
            }
            else
            {
                ReportAt(EdifactDiagnostics.UnsupportedSyntaxIdentifier, unb.SegmentIndex, 1, 1, unb.OffsetOf(1, 1), syntaxCode);
            }
        }

        var version = SyntaxVersion.Unknown;
        if (versionText is not null)
        {
            if (versionText.Length == 1 && versionText[0] is >= '1' and <= '4')
            {
                version = (SyntaxVersion)(versionText[0] - '0');
            }
            else
            {
                ReportAt(EdifactDiagnostics.UnsupportedSyntaxVersion, unb.SegmentIndex, 1, 2, unb.OffsetOf(1, 2), versionText);
            }
        }

        // The delimiters as UNA advised them (taken at the first segment): before version 4 the reader
        // drops a repetition separator UNA names once S001 tells the version.
        var advised = Delimiters;
        Version = version;
        Delimiters = reader.Delimiters;
        if (version is not SyntaxVersion.V4 and not SyntaxVersion.Unknown)
        {
            if (advised.Repetition is { } repetition && reader.HasServiceStringAdvice)
            {
                Report(EdifactDiagnostics.RepetitionSeparatorBeforeVersion4, unb.SegmentIndex, 0, unb.Offset, (char)repetition);
            }

            if (Syntax.Level is 'W' or 'Y')
            {
                ReportAt(EdifactDiagnostics.SyntaxInconsistent, unb.SegmentIndex, 1, 1, unb.OffsetOf(1, 1),
                    $"Syntax identifier {Syntax.Code} requires syntax version 4, not {versionText}");
            }
        }

        var sender = Require(unb, 2, 1, "interchange sender identification (UNB S002/0004)");
        var recipient = Require(unb, 3, 1, "interchange recipient identification (UNB S003/0010)");
        var date = Require(unb, 4, 1, "date (UNB S004/0017)");
        var time = Require(unb, 4, 2, "time (UNB S004/0019)");
        CheckDateTime(unb, date, time);
        var reference = Require(unb, 5, 1, "interchange control reference (UNB 0020)");
        Interchange = new InterchangeHeader
        {
            SyntaxIdentifier = syntaxCode ?? string.Empty,
            SyntaxVersion = version,
            ServiceCodeListDirectoryVersion = unb.Get(1, 3),
            CharacterEncoding = unb.Get(1, 4),
            Sender = new PartyIdentification(sender ?? string.Empty, unb.Get(2, 2), unb.Get(2, 3), unb.Get(2, 4)),
            Recipient = new PartyIdentification(recipient ?? string.Empty, unb.Get(3, 2), unb.Get(3, 3), unb.Get(3, 4)),
            Date = date ?? string.Empty,
            Time = time ?? string.Empty,
            ControlReference = reference ?? string.Empty,
            RecipientPassword = unb.Get(6, 1),
            RecipientPasswordQualifier = unb.Get(6, 2),
            ApplicationReference = unb.Get(7),
            ProcessingPriority = unb.Get(8),
            AcknowledgementRequest = unb.Get(9),
            AgreementIdentifier = unb.Get(10),
            TestIndicator = unb.Get(11),
        };
    }

    /// <summary>UNG: opens a functional group; groups and bare messages must not be mixed (0085 code 30).</summary>
    private void OnGroupHeader(CapturedSegment ung)
    {
        if (!InInterchangeOrReport(ung))
        {
            return;
        }

        if (_group is not null)
        {
            Report(EdifactDiagnostics.MissingGroupTrailer, ung.SegmentIndex, 0, ung.Offset, _group.Reference);
        }

        if (_messagesOutsideGroups > 0)
        {
            Report(EdifactDiagnostics.GroupsAndMessagesMixed, ung.SegmentIndex, 0, ung.Offset);
        }

        var reference = Require(ung, 5, 1, "group reference number (UNG 0048)");
        _group = new GroupHeader
        {
            MessageGroupId = ung.Get(1),
            ApplicationSender = ung.Get(2) is { } s ? new PartyIdentification(s, ung.Get(2, 2)) : null,
            ApplicationRecipient = ung.Get(3) is { } r ? new PartyIdentification(r, ung.Get(3, 2)) : null,
            Date = ung.Get(4, 1),
            Time = ung.Get(4, 2),
            Reference = reference ?? string.Empty,
            ControllingAgency = ung.Get(6),
            MessageVersion = ung.Get(7, 1),
            MessageRelease = ung.Get(7, 2),
            AssociationAssignedCode = ung.Get(7, 3),
            ApplicationPassword = ung.Get(8),
            SegmentIndex = ung.SegmentIndex,
        };
        _groupMessageCount = 0;
        _groups.Add(_group);
        CheckDateTime(ung, _group.Date, _group.Time);
    }

    /// <summary>
    /// S004 names a date (YYMMDD; CCYYMMDD in version 4) and a time (HHMM) that exist (0085 = 12); their
    /// length and digits are the directory level's to judge, so only a value of the right shape is checked.
    /// </summary>
    private void CheckDateTime(CapturedSegment segment, string? date, string? time)
    {
        var v4 = Version == SyntaxVersion.V4;
        if (date is not null && date.Length == (v4 ? 8 : 6) && IsDigits(date))
        {
            // YY names no century: 2000 on, whose leap years are those of 1901-2099.
            var year = v4 ? Number(date, 0, 4) : 2000 + Number(date, 0, 2);
            var month = Number(date, date.Length - 4, 2);
            var day = Number(date, date.Length - 2, 2);
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                ReportAt(EdifactDiagnostics.InvalidEnvelopeValue, segment.SegmentIndex, 4, 1, segment.OffsetOf(4, 1), $"date ({segment.Tag} S004/0017)", date, segment.Tag);
            }
        }

        if (time is { Length: 4 } && IsDigits(time) && (Number(time, 0, 2) > 23 || Number(time, 2, 2) > 59))
        {
            ReportAt(EdifactDiagnostics.InvalidEnvelopeValue, segment.SegmentIndex, 4, 2, segment.OffsetOf(4, 2), $"time ({segment.Tag} S004/0019)", time, segment.Tag);
        }

        static bool IsDigits(string value) => !value.AsSpan().ContainsAnyExceptInRange('0', '9');

        static int Number(string value, int start, int length) => int.Parse(value.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>UNE: 0060 counts the messages of the group; 0048 repeats the UNG reference.</summary>
    private void OnGroupTrailer(CapturedSegment une)
    {
        if (_phase == Phase.AfterInterchange)
        {
            Report(EdifactDiagnostics.DataAfterInterchange, une.SegmentIndex, 0, une.Offset, "UNE");
            return;
        }

        if (_group is null)
        {
            Report(EdifactDiagnostics.UnexpectedEnvelopeSegment, une.SegmentIndex, 0, une.Offset, "UNE", "no group is open");
            return;
        }

        var count = RequireCount(une, 1, "number of messages (UNE 0060)", "0060", 6);
        if (count is { } c && c != _groupMessageCount)
        {
            ReportAt(EdifactDiagnostics.GroupCountMismatch, une.SegmentIndex, 1, 1, une.OffsetOf(1), c, _groupMessageCount, _group.Reference);
        }

        if (_groupMessageCount == 0)
        {
            Report(EdifactDiagnostics.LowerLevelEmpty, une.SegmentIndex, 0, une.Offset, "group");
        }

        var reference = Require(une, 2, 1, "group reference number (UNE 0048)", _group.Reference);
        if (reference is not null && reference != _group.Reference)
        {
            ReportAt(EdifactDiagnostics.GroupReferenceMismatch, une.SegmentIndex, 2, 1, une.OffsetOf(2), reference, _group.Reference);
        }

        _group = null;
    }

    /// <summary>UNH: 0062 reference and S009 message identifier (0065 type, 0052 version, 0054 release, 0051 agency).</summary>
    private void OnMessageHeader(CapturedSegment unh)
    {
        // A message after UNZ is reported as data after the interchange and counted in none of its totals.
        if (InInterchangeOrReport(unh))
        {
            _messageCount++;
            if (_group is not null)
            {
                _groupMessageCount++;
            }
            else if (++_messagesOutsideGroups == 1 && _groups.Count > 0)
            {
                Report(EdifactDiagnostics.GroupsAndMessagesMixed, unh.SegmentIndex, 0, unh.Offset);
            }
        }

        var reference = Require(unh, 1, 1, "message reference number (UNH 0062)");
        var type = unh.Get(2, 1);
        if (type is null)
        {
            ReportAt(EdifactDiagnostics.MissingMessageType, unh.SegmentIndex, 2, 1, unh.OffsetOf(2, 1), reference);
        }

        var version = Require(unh, 2, 2, "message version number (UNH S009/0052)");
        var release = Require(unh, 2, 3, "message release number (UNH S009/0054)");
        var agency = Require(unh, 2, 4, "controlling agency (UNH S009/0051)");
        if (_group is { MessageVersion: { } groupVersion } && version is not null
            && (groupVersion != version || (_group.MessageRelease is { } groupRelease && release is not null && groupRelease != release)))
        {
            var diagnostic = EdifactDiagnostic.Create(EdifactDiagnostics.SyntaxInconsistent,
                $"Message version {version}:{release} differs from the group's {groupVersion}:{_group.MessageRelease}") with
            {
                Severity = EdifactSeverity.Warning,
                SegmentIndex = unh.SegmentIndex,
                MessageSegmentIndex = 1,
                SegmentTag = "UNH",
                Element = 2,
                Component = 2,
                ByteOffset = unh.OffsetOf(2, 2),
            };
            Add(diagnostic);
        }

        _message = new MessageHeader
        {
            Reference = reference ?? string.Empty,
            Type = type ?? string.Empty,
            Version = version ?? string.Empty,
            Release = release ?? string.Empty,
            ControllingAgency = agency ?? string.Empty,
            AssociationAssignedCode = unh.Get(2, 5),
            CodeListDirectoryVersion = unh.Get(2, 6),
            MessageTypeSubFunction = unh.Get(2, 7),
            CommonAccessReference = unh.Get(3),
            SequenceOfTransfers = unh.Get(4, 1),
            FirstAndLastTransfer = unh.Get(4, 2),
        };
        _messageHeaderSegmentIndex = unh.SegmentIndex;
    }

    private int _messageHeaderSegmentIndex;

    /// <summary>UNT: 0074 counts the segments of the message, UNH and UNT included; 0062 repeats the UNH reference.</summary>
    private EnvelopeEvents OnMessageTrailer(CapturedSegment unt, long endOffset)
    {
        if (_phase == Phase.AfterInterchange)
        {
            // Every segment after UNZ is reported as such, the trailer of a message begun there too.
            Report(EdifactDiagnostics.DataAfterInterchange, unt.SegmentIndex, 0, unt.Offset, "UNT");
        }
        else if (!_inMessage)
        {
            Report(EdifactDiagnostics.UnexpectedEnvelopeSegment, unt.SegmentIndex, 0, unt.Offset, "UNT", "no message is open");
            return EnvelopeEvents.None;
        }

        if (!_inMessage)
        {
            return EnvelopeEvents.None;
        }

        var count = RequireCount(unt, 1, "number of segments in the message (UNT 0074)", "0074", Version == SyntaxVersion.V4 ? 10 : 6);
        var header = _message ?? new MessageHeader { Reference = string.Empty, Type = string.Empty, Version = string.Empty, Release = string.Empty, ControllingAgency = string.Empty };
        if (count is { } c && c != _messageSegmentCount)
        {
            ReportAt(EdifactDiagnostics.MessageSegmentCountMismatch, unt.SegmentIndex, 1, 1, unt.OffsetOf(1), c, _messageSegmentCount, header.Reference);
        }

        var reference = Require(unt, 2, 1, "message reference number (UNT 0062)", header.Reference);
        if (reference is not null && reference != header.Reference)
        {
            ReportAt(EdifactDiagnostics.MessageReferenceMismatch, unt.SegmentIndex, 2, 1, unt.OffsetOf(2), reference, header.Reference);
        }

        CloseMessage(header, new EnvelopeTrailer("UNT", count, reference ?? string.Empty, unt.SegmentIndex), endOffset);
        return EnvelopeEvents.MessageEnded;
    }

    /// <summary>UNZ: 0036 counts the groups, or the messages when there are no groups; 0020 repeats the UNB reference.</summary>
    private void OnInterchangeTrailer(CapturedSegment unz)
    {
        if (!InInterchangeOrReport(unz))
        {
            return;
        }

        if (_group is not null)
        {
            Report(EdifactDiagnostics.MissingGroupTrailer, unz.SegmentIndex, 0, unz.Offset, _group.Reference);
            _group = null;
        }

        var count = RequireCount(unz, 1, "interchange control count (UNZ 0036)", "0036", 6);
        var expected = _groups.Count > 0 ? _groups.Count : _messageCount;
        if (count is { } c && c != expected)
        {
            ReportAt(EdifactDiagnostics.InterchangeCountMismatch, unz.SegmentIndex, 1, 1, unz.OffsetOf(1), c, expected, _groups.Count > 0 ? "groups" : "messages");
        }

        var reference = Require(unz, 2, 1, "interchange control reference (UNZ 0020)", Interchange?.ControlReference);
        if (reference is not null && Interchange is not null && reference != Interchange.ControlReference)
        {
            ReportAt(EdifactDiagnostics.InterchangeReferenceMismatch, unz.SegmentIndex, 2, 1, unz.OffsetOf(2), reference, Interchange.ControlReference);
        }

        CheckLowerLevel(unz.Offset);
        InterchangeTrailer = new EnvelopeTrailer("UNZ", count, reference ?? string.Empty, unz.SegmentIndex);
        _phase = Phase.AfterInterchange;
    }

    private void CheckLowerLevel(long offset)
    {
        if (_messageCount == 0)
        {
            Report(EdifactDiagnostics.LowerLevelEmpty, 0, 0, offset, "interchange");
        }
    }

    private EnvelopeEvents CloseMessageWithoutTrailer(long endOffset)
    {
        var header = _message ?? new MessageHeader { Reference = string.Empty, Type = string.Empty, Version = string.Empty, Release = string.Empty, ControllingAgency = string.Empty };
        var diagnostic = EdifactDiagnostic.Create(EdifactDiagnostics.MissingMessageTrailer, header.Reference) with
        {
            SegmentIndex = _messageHeaderSegmentIndex,
            MessageSegmentIndex = 1,
            SegmentTag = "UNH",
            ByteOffset = endOffset,
        };
        Add(diagnostic);
        CloseMessage(header, null, endOffset);
        return EnvelopeEvents.MessageEnded;
    }

    private void CloseMessage(MessageHeader header, EnvelopeTrailer? trailer, long endOffset)
    {
        LastMessage = new EdifactMessageSummary
        {
            Header = header,
            Trailer = trailer,
            GroupReference = _group?.Reference,
            SegmentCount = _messageSegmentCount,
            SegmentIndex = _messageHeaderSegmentIndex,
            ByteOffset = MessageStartOffset,
            ByteLength = endOffset - MessageStartOffset,
        };
        LastMessageDiagnostics = _diagnostics.Count > _messageDiagnosticsStart ? _diagnostics[_messageDiagnosticsStart..] : [];
        LastMessageErrorCount = ErrorCount - _messageErrorStart;
        _message = null;
        _inMessage = false;
        _messageSegmentIndex = 0;
    }

    /// <summary>
    /// True inside the interchange; after UNZ, reports the segment and is false. (The interchange is open from the
    /// first segment on: a first segment other than UNB is reported missing UNB where it starts.)
    /// </summary>
    private bool InInterchangeOrReport(CapturedSegment segment)
    {
        if (_phase == Phase.InInterchange)
        {
            return true;
        }

        Report(EdifactDiagnostics.DataAfterInterchange, segment.SegmentIndex, 0, segment.Offset, segment.Tag);
        return false;
    }

    private string? Require(CapturedSegment segment, int element, int component, string what, string? expected = null)
    {
        var value = segment.Get(element, component, expected);
        if (value is null)
        {
            ReportAt(EdifactDiagnostics.MissingEnvelopeElement, segment.SegmentIndex, element, component, segment.OffsetOf(element, component), "data element", what);
        }

        return value;
    }

    /// <summary>
    /// A control count (UNT 0074, UNE 0060, UNZ 0036): digits only, at most <paramref name="maxDigits"/> of them
    /// (n..6; UNT 0074 n..10 in version 4), a longer one reported as too long (0085 = 39) and still compared.
    /// </summary>
    private int? RequireCount(CapturedSegment segment, int element, string what, string id, int maxDigits)
    {
        // Digits are ASCII in every repertoire: a count is parsed from its bytes, text is made only for a finding.
        var digits = segment.GetBytes(element, 1);
        if (!digits.IsEmpty && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            if (digits.Length > maxDigits)
            {
                var shown = System.Text.Encoding.ASCII.GetString(digits);
                ReportAt(EdifactDiagnostics.DataElementTooLong, segment.SegmentIndex, element, 1, segment.OffsetOf(element), id, $"n..{maxDigits}", digits.Length, shown);
            }

            // A count beyond int is a count no interchange reaches: it cannot match.
            return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var wide) ? (int)Math.Min(wide, int.MaxValue) : int.MaxValue;
        }

        var text = Require(segment, element, 1, what);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        ReportAt(EdifactDiagnostics.InvalidEnvelopeValue, segment.SegmentIndex, element, 1, segment.OffsetOf(element), what, text, segment.Tag);
        return null;
    }
}
