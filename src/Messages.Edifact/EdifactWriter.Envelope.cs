using UniPass.Gateway.Messages.Edifact.Writing;

namespace UniPass.Gateway.Messages.Edifact;

public sealed partial class EdifactWriter
{
    private EnvelopeLevel _level;
    private int _segmentIndex;
    private int _messageSegmentCount;
    private int _messageCount;
    private int _groupCount;
    private int _groupMessageCount;
    private bool _bareMessages;
    private string _interchangeReference = string.Empty;
    private string? _groupReference;
    private string _messageReference = string.Empty;

    private enum EnvelopeLevel
    {
        BeforeInterchange,
        Interchange,
        Group,
        Message,
        AfterInterchange,
    }

    /// <summary>The messages written so far (UNH count).</summary>
    public int MessageCount => _messageCount;

    /// <summary>The functional groups written so far (UNG count).</summary>
    public int GroupCount => _groupCount;

    /// <summary>
    /// Writes UNA when the delimiters are not the defaults of the syntax level and version (or when
    /// always asked for), then UNB (ISO 9735-1 §7.2 and §8). S001 comes from the options; the
    /// header's own syntax identifier and version, when set, must agree with them.
    /// </summary>
    /// <exception cref="InvalidOperationException">(Validated) something was written before.</exception>
    /// <exception cref="ArgumentException">(Validated) a mandatory value is missing or a value does not fit its representation in the syntax version.</exception>
    public void WriteInterchangeHeader(InterchangeHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var version = Options.Version;
        if (_validate)
        {
            if (_level != EnvelopeLevel.BeforeInterchange || _segmentIndex > 0)
            {
                throw new InvalidOperationException("The interchange header UNB starts the output; something was written before it.");
            }

            if (header.SyntaxIdentifier.Length > 0 && header.SyntaxIdentifier != Options.Syntax.Code)
            {
                throw new ArgumentException($"The header names syntax identifier {header.SyntaxIdentifier}, the writer writes {Options.Syntax.Code}.", nameof(header));
            }

            if (header.SyntaxVersion != SyntaxVersion.Unknown && header.SyntaxVersion != version)
            {
                throw new ArgumentException($"The header names syntax version {(int)header.SyntaxVersion}, the writer writes {(int)version}.", nameof(header));
            }

            CheckInterchangeHeader(header, version);
        }

        if (Options.AlwaysWriteServiceStringAdvice || !Delimiters.IsDefaultFor(Options.Syntax, version))
        {
            var una = Reserve(EdifactDelimiters.ServiceStringAdviceLength + 2);
            Delimiters.WriteServiceStringAdvice(una);
            var length = EdifactDelimiters.ServiceStringAdviceLength;
            if (_lineBreak)
            {
                una[length++] = CarriageReturn;
                una[length++] = LineFeed;
            }

            _buffered += length;
        }

        StartSegment("UNB"u8);
        WriteElement(Options.Syntax.Code);
        WriteComponent((long)version);
        if (version == SyntaxVersion.V4)
        {
            WriteComponent(header.ServiceCodeListDirectoryVersion);
            WriteComponent(header.CharacterEncoding);
        }

        WriteParty(header.Sender, version);
        WriteParty(header.Recipient, version);
        WriteElement(header.Date);
        WriteComponent(header.Time);
        WriteElement(header.ControlReference);
        WriteElement(header.RecipientPassword);
        WriteComponent(header.RecipientPasswordQualifier);
        WriteElement(header.ApplicationReference);
        WriteElement(header.ProcessingPriority);
        WriteElement(header.AcknowledgementRequest);
        WriteElement(header.AgreementIdentifier);
        WriteElement(header.TestIndicator);
        WriteSegmentEnd();
        _level = EnvelopeLevel.Interchange;
        _interchangeReference = header.ControlReference;
    }

    /// <summary>Writes UNG, opening a functional group (ISO 9735-1 §8; groups and bare messages are not mixed).</summary>
    /// <exception cref="InvalidOperationException">(Validated) no interchange is open, a group or message is open, or bare messages were written.</exception>
    /// <exception cref="ArgumentException">(Validated) the reference is missing or a value does not fit its representation.</exception>
    public void WriteGroupHeader(GroupHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var version = Options.Version;
        if (_validate)
        {
            if (_level != EnvelopeLevel.Interchange)
            {
                throw new InvalidOperationException($"A group header UNG opens a group inside an open interchange, not {Describe(_level)}.");
            }

            if (_bareMessages)
            {
                throw new InvalidOperationException("An interchange holds either groups or messages outside groups, not both (CONTRL 0085=30).");
            }

            Require("UNG", "0048", header.Reference);
            ServiceElement.MessageGroupIdentification.Check("UNG", header.MessageGroupId, version);
            ServiceElement.ApplicationSender.Check("UNG", header.ApplicationSender?.Id, version);
            ServiceElement.IdentificationQualifier.Check("UNG", header.ApplicationSender?.Qualifier, version);
            ServiceElement.ApplicationRecipient.Check("UNG", header.ApplicationRecipient?.Id, version);
            ServiceElement.IdentificationQualifier.Check("UNG", header.ApplicationRecipient?.Qualifier, version);
            ServiceElement.Date.Check("UNG", header.Date, version);
            ServiceElement.Time.Check("UNG", header.Time, version);
            ServiceElement.GroupReference.Check("UNG", header.Reference, version);
            ServiceElement.ControllingAgency.Check("UNG", header.ControllingAgency, version);
            ServiceElement.MessageVersion.Check("UNG", header.MessageVersion, version);
            ServiceElement.MessageRelease.Check("UNG", header.MessageRelease, version);
            ServiceElement.AssociationAssignedCode.Check("UNG", header.AssociationAssignedCode, version);
            ServiceElement.ApplicationPassword.Check("UNG", header.ApplicationPassword, version);
        }

        StartSegment("UNG"u8);
        WriteElement(header.MessageGroupId);
        WriteElement(header.ApplicationSender?.Id);
        WriteComponent(header.ApplicationSender?.Qualifier);
        WriteElement(header.ApplicationRecipient?.Id);
        WriteComponent(header.ApplicationRecipient?.Qualifier);
        WriteElement(header.Date);
        WriteComponent(header.Time);
        WriteElement(header.Reference);
        WriteElement(header.ControllingAgency);
        WriteElement(header.MessageVersion);
        WriteComponent(header.MessageRelease);
        WriteComponent(header.AssociationAssignedCode);
        WriteElement(header.ApplicationPassword);
        WriteSegmentEnd();
        _level = EnvelopeLevel.Group;
        _groupCount++;
        _groupMessageCount = 0;
        _groupReference = header.Reference;
    }

    /// <summary>Writes UNH, opening a message; its segments are counted for UNT from here (UNH = 1).</summary>
    /// <exception cref="InvalidOperationException">(Validated) no interchange or group is open, a message is open, or groups were written and none is open.</exception>
    /// <exception cref="ArgumentException">(Validated) a mandatory value is missing or a value does not fit its representation.</exception>
    public void WriteMessageHeader(MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var version = Options.Version;
        if (_validate)
        {
            if (_level is not (EnvelopeLevel.Interchange or EnvelopeLevel.Group))
            {
                throw new InvalidOperationException($"A message header UNH opens a message inside an interchange or group, not {Describe(_level)}.");
            }

            if (_level == EnvelopeLevel.Interchange && _groupCount > 0)
            {
                throw new InvalidOperationException("This interchange holds groups: a message belongs inside a group (CONTRL 0085=30).");
            }

            CheckMessageHeader(header, version);
        }

        var inGroup = _level == EnvelopeLevel.Group || (!_validate && _groupReference is not null);
        _level = EnvelopeLevel.Message;
        _messageSegmentCount = 0;
        StartSegment("UNH"u8);
        WriteElement(header.Reference);
        WriteElement(header.Type);
        WriteComponent(header.Version);
        WriteComponent(header.Release);
        WriteComponent(header.ControllingAgency);
        WriteComponent(header.AssociationAssignedCode);
        if (version == SyntaxVersion.V4)
        {
            WriteComponent(header.CodeListDirectoryVersion);
            WriteComponent(header.MessageTypeSubFunction);
        }

        WriteElement(header.CommonAccessReference);
        WriteElement(header.SequenceOfTransfers);
        WriteComponent(header.FirstAndLastTransfer);
        WriteSegmentEnd();
        _messageCount++;
        _messageReference = header.Reference;
        if (inGroup)
        {
            _groupMessageCount++;
        }
        else
        {
            _bareMessages = true;
        }
    }

    /// <summary>Writes UNT with the number of segments of the message, UNH and UNT included, and the UNH reference.</summary>
    /// <exception cref="InvalidOperationException">(Validated) no message is open; the count does not fit 0074 in the syntax version.</exception>
    public void WriteMessageTrailer()
    {
        if (_validate && _level != EnvelopeLevel.Message)
        {
            throw new InvalidOperationException($"A message trailer UNT closes an open message, not {Describe(_level)}.");
        }

        CheckCount(ServiceElement.SegmentCount, "UNT", _messageSegmentCount + 1);
        StartSegment("UNT"u8);
        WriteElement(_messageSegmentCount);
        WriteElement(_messageReference);
        WriteSegmentEnd();
        _level = _groupReference is null ? EnvelopeLevel.Interchange : EnvelopeLevel.Group;
    }

    /// <summary>Writes UNE with the number of messages in the group and the UNG reference.</summary>
    /// <exception cref="InvalidOperationException">(Validated) no group is open, or it holds no message.</exception>
    public void WriteGroupTrailer()
    {
        if (_validate)
        {
            if (_level != EnvelopeLevel.Group)
            {
                throw new InvalidOperationException($"A group trailer UNE closes an open group, not {Describe(_level)}.");
            }

            if (_groupMessageCount == 0)
            {
                throw new InvalidOperationException("A group holds at least one message (CONTRL 0085=32, lower level empty).");
            }
        }

        CheckCount(ServiceElement.GroupCount, "UNE", _groupMessageCount);
        StartSegment("UNE"u8);
        WriteElement(_groupMessageCount);
        WriteElement(_groupReference);
        WriteSegmentEnd();
        _groupReference = null;
        _level = EnvelopeLevel.Interchange;
    }

    /// <summary>Writes UNZ with the number of groups (or of messages, when there are no groups) and the UNB reference.</summary>
    /// <exception cref="InvalidOperationException">(Validated) no interchange is open, a group or message is still open, or it holds nothing.</exception>
    public void WriteInterchangeTrailer()
    {
        var count = _groupCount > 0 ? _groupCount : _messageCount;
        if (_validate)
        {
            if (_level != EnvelopeLevel.Interchange)
            {
                throw new InvalidOperationException($"The interchange trailer UNZ closes an open interchange, not {Describe(_level)}.");
            }

            if (count == 0)
            {
                throw new InvalidOperationException("An interchange holds at least one message or group (CONTRL 0085=32, lower level empty).");
            }
        }

        CheckCount(ServiceElement.InterchangeCount, "UNZ", count);
        StartSegment("UNZ"u8);
        WriteElement(count);
        WriteElement(_interchangeReference);
        WriteSegmentEnd();
        _level = EnvelopeLevel.AfterInterchange;
    }

    private void WriteParty(PartyIdentification? party, SyntaxVersion version)
    {
        WriteElement(party?.Id);
        WriteComponent(party?.Qualifier);
        WriteComponent(party?.Routing);
        if (version == SyntaxVersion.V4)
        {
            WriteComponent(party?.InternalId);
        }
    }

    /// <summary>The caller writes the segments of a message; the envelope is the helpers' (validated mode).</summary>
    private void CheckUserSegment(ReadOnlySpan<byte> tag)
    {
        if (tag.SequenceEqual("UNA"u8) || tag.SequenceEqual("UNB"u8) || tag.SequenceEqual("UNG"u8) || tag.SequenceEqual("UNH"u8)
            || tag.SequenceEqual("UNT"u8) || tag.SequenceEqual("UNE"u8) || tag.SequenceEqual("UNZ"u8))
        {
            throw new InvalidOperationException(
                $"{System.Text.Encoding.Latin1.GetString(tag)} is an envelope segment: the envelope helpers write it, with its counts and references.");
        }

        if (_level != EnvelopeLevel.Message)
        {
            throw new InvalidOperationException($"A segment belongs inside a message (WriteMessageHeader first), not {Describe(_level)}.");
        }
    }

    private void CheckCount(ServiceElement element, string segment, int count)
    {
        if (_validate)
        {
            var digits = 1;
            for (var rest = count / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            if (digits > element.LengthIn(Options.Version))
            {
                throw new InvalidOperationException(
                    $"{segment} {element.Id} would be {count}, more than {element.RepresentationIn(Options.Version)} holds in syntax version {(int)Options.Version}.");
            }
        }
    }

    private static void CheckInterchangeHeader(InterchangeHeader header, SyntaxVersion version)
    {
        Require("UNB", "0004", header.Sender.Id);
        Require("UNB", "0010", header.Recipient.Id);
        Require("UNB", "0017", header.Date);
        Require("UNB", "0019", header.Time);
        Require("UNB", "0020", header.ControlReference);
        ServiceElement.ServiceCodeListDirectoryVersion.Check("UNB", header.ServiceCodeListDirectoryVersion, version);
        ServiceElement.CharacterEncoding.Check("UNB", header.CharacterEncoding, version);
        CheckParty(header.Sender, ServiceElement.SenderIdentification, ServiceElement.ReverseRouting, ServiceElement.SenderInternalSubIdentification, version);
        CheckParty(header.Recipient, ServiceElement.RecipientIdentification, ServiceElement.Routing, ServiceElement.RecipientInternalSubIdentification, version);
        ServiceElement.Date.Check("UNB", header.Date, version);
        ServiceElement.Time.Check("UNB", header.Time, version);
        ServiceElement.InterchangeReference.Check("UNB", header.ControlReference, version);
        ServiceElement.RecipientPassword.Check("UNB", header.RecipientPassword, version);
        ServiceElement.RecipientPasswordQualifier.Check("UNB", header.RecipientPasswordQualifier, version);
        ServiceElement.ApplicationReference.Check("UNB", header.ApplicationReference, version);
        ServiceElement.ProcessingPriority.Check("UNB", header.ProcessingPriority, version);
        ServiceElement.AcknowledgementRequest.Check("UNB", header.AcknowledgementRequest, version);
        ServiceElement.AgreementIdentifier.Check("UNB", header.AgreementIdentifier, version);
        ServiceElement.TestIndicator.Check("UNB", header.TestIndicator, version);
    }

    private static void CheckParty(PartyIdentification party, ServiceElement id, ServiceElement routing, ServiceElement internalId, SyntaxVersion version)
    {
        id.Check("UNB", party.Id, version);
        ServiceElement.IdentificationQualifier.Check("UNB", party.Qualifier, version);
        routing.Check("UNB", party.Routing, version);
        internalId.Check("UNB", party.InternalId, version);
    }

    private static void CheckMessageHeader(MessageHeader header, SyntaxVersion version)
    {
        Require("UNH", "0062", header.Reference);
        Require("UNH", "0065", header.Type);
        Require("UNH", "0052", header.Version);
        Require("UNH", "0054", header.Release);
        Require("UNH", "0051", header.ControllingAgency);
        ServiceElement.MessageReference.Check("UNH", header.Reference, version);
        ServiceElement.MessageType.Check("UNH", header.Type, version);
        ServiceElement.MessageVersion.Check("UNH", header.Version, version);
        ServiceElement.MessageRelease.Check("UNH", header.Release, version);
        ServiceElement.ControllingAgency.Check("UNH", header.ControllingAgency, version);
        ServiceElement.AssociationAssignedCode.Check("UNH", header.AssociationAssignedCode, version);
        ServiceElement.CodeListDirectoryVersion.Check("UNH", header.CodeListDirectoryVersion, version);
        ServiceElement.MessageTypeSubFunction.Check("UNH", header.MessageTypeSubFunction, version);
        ServiceElement.CommonAccessReference.Check("UNH", header.CommonAccessReference, version);
        ServiceElement.SequenceOfTransfers.Check("UNH", header.SequenceOfTransfers, version);
        ServiceElement.FirstAndLastTransfer.Check("UNH", header.FirstAndLastTransfer, version);
    }

    private static void Require(string segment, string element, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"{segment} {element} is mandatory (ISO 9735-1 §8).");
        }
    }

    private static string Describe(EnvelopeLevel level) => level switch
    {
        EnvelopeLevel.BeforeInterchange => "before the interchange header",
        EnvelopeLevel.Interchange => "at interchange level",
        EnvelopeLevel.Group => "inside a group",
        EnvelopeLevel.Message => "inside a message",
        _ => "after the interchange trailer",
    };
}
