using UniPass.Gateway.Messages.Edifact.Writing;

namespace UniPass.Gateway.Messages.Edifact.Contrl.Internal;

/// <summary>
/// Writes the CONTRL segments (service directories D.3 and 4.1, schemas/edifact/un-d-3.txt and
/// un-4-1.txt): UCI, UCF, UCM, UCS and UCD, with the echoed values cut to the version's
/// representations and carried in the CONTRL's syntax level.
/// </summary>
internal sealed class ContrlSegments(SyntaxIdentifier syntax, EdifactDelimiters delimiters, SyntaxVersion version)
{
    private bool V4 => version == SyntaxVersion.V4;

    /// <summary>The echoed values of a group (UCF 0048, S006, S007), cut to the version's representations.</summary>
    public static IEnumerable<string> Strings(GroupHeader group, SyntaxVersion version) =>
    [
        EchoedValues.Fit(ServiceElement.GroupReference, group.Reference, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.ApplicationSender, group.ApplicationSender?.Id, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.IdentificationQualifier, group.ApplicationSender?.Qualifier, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.ApplicationRecipient, group.ApplicationRecipient?.Id, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.IdentificationQualifier, group.ApplicationRecipient?.Qualifier, version) ?? string.Empty,
    ];

    /// <summary>The echoed values of a message (UCM 0062 and S009), cut to the version's representations.</summary>
    public static IEnumerable<string> Strings(MessageHeader message, SyntaxVersion version) =>
    [
        EchoedValues.Fit(ServiceElement.MessageReference, message.Reference, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.MessageType, message.Type, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.MessageVersion, message.Version, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.MessageRelease, message.Release, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.ControllingAgency, message.ControllingAgency, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.AssociationAssignedCode, message.AssociationAssignedCode, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.CodeListDirectoryVersion, message.CodeListDirectoryVersion, version) ?? string.Empty,
        EchoedValues.Fit(ServiceElement.MessageTypeSubFunction, message.MessageTypeSubFunction, version) ?? string.Empty,
    ];

    /// <summary>
    /// Whether a UCM can identify the message as the CONTRL's segment table requires: before version 4
    /// 0062 and S009 (with 0065, 0052, 0054, 0051) are mandatory; in version 4 both are conditional,
    /// but UCM's notes ask for one of 0062 and 0800 (D1: 0800 is a package reference, not a message's)
    /// and for 0062 and S009 together or neither (D2): so the same two, in every version.
    /// </summary>
    public static bool IsIdentifiable(MessageHeader message) =>
        message.Reference.Length > 0 && HasCompleteIdentifier(message);

    private static bool HasCompleteIdentifier(MessageHeader message) =>
        message.Type.Length > 0 && message.Version.Length > 0 && message.Release.Length > 0 && message.ControllingAgency.Length > 0;

    /// <summary>The party with every value carried in the CONTRL's syntax level.</summary>
    public PartyIdentification Carried(PartyIdentification party) =>
        new(Carry(party.Id) ?? string.Empty, Carry(party.Qualifier), Carry(party.Routing), Carry(party.InternalId));

    /// <summary>UCI: 0020, S002 and S003 as the subject's UNB has them, 0083, and the interchange-level error.</summary>
    public void WriteInterchangeResponse(EdifactWriter writer, ContrlReport report)
    {
        var subject = report.Subject;
        writer.WriteSegmentStart("UCI"u8);
        writer.WriteElement(Echo(ServiceElement.InterchangeReference, subject.ControlReference));
        WriteParty(writer, EchoedValues.Sender(subject.Sender, version));
        WriteParty(writer, EchoedValues.Recipient(subject.Recipient, version));
        writer.WriteElement((long)report.Action);
        WriteError(writer, report.Error);
        writer.WriteSegmentEnd();
    }

    /// <summary>UCF: 0048, S006 and S007 as the subject's UNG has them, 0083, and the group-level error.</summary>
    public void WriteGroupResponse(EdifactWriter writer, ContrlGroupResponse response)
    {
        var group = response.Group;
        writer.WriteSegmentStart("UCF"u8);
        writer.WriteElement(Echo(ServiceElement.GroupReference, group.Reference));
        writer.WriteElement(Echo(ServiceElement.ApplicationSender, group.ApplicationSender?.Id));
        writer.WriteComponent(Echo(ServiceElement.IdentificationQualifier, group.ApplicationSender?.Qualifier));
        writer.WriteElement(Echo(ServiceElement.ApplicationRecipient, group.ApplicationRecipient?.Id));
        writer.WriteComponent(Echo(ServiceElement.IdentificationQualifier, group.ApplicationRecipient?.Qualifier));
        writer.WriteElement((long)response.Action);
        WriteError(writer, response.Error);
        writer.WriteSegmentEnd();
    }

    /// <summary>UCM (0062 and S009 as the subject's UNH has them, 0083, the UNH/UNT error), then UCS and UCD per erroneous segment.</summary>
    public void WriteMessageResponse(EdifactWriter writer, ContrlMessageResponse response)
    {
        var message = response.Message;
        writer.WriteSegmentStart("UCM"u8);
        writer.WriteElement(Echo(ServiceElement.MessageReference, message.Reference));

        // Only identifiable messages get a UCM (IsIdentifiable): S009 is complete.
        writer.WriteElement(Echo(ServiceElement.MessageType, message.Type));
        writer.WriteComponent(Echo(ServiceElement.MessageVersion, message.Version));
        writer.WriteComponent(Echo(ServiceElement.MessageRelease, message.Release));
        writer.WriteComponent(Echo(ServiceElement.ControllingAgency, message.ControllingAgency));
        writer.WriteComponent(Echo(ServiceElement.AssociationAssignedCode, message.AssociationAssignedCode));
        if (V4)
        {
            writer.WriteComponent(Echo(ServiceElement.CodeListDirectoryVersion, message.CodeListDirectoryVersion));
            writer.WriteComponent(Echo(ServiceElement.MessageTypeSubFunction, message.MessageTypeSubFunction));
        }

        writer.WriteElement((long)response.Action);
        WriteError(writer, response.Error);
        writer.WriteSegmentEnd();
        foreach (var segment in response.Segments)
        {
            writer.WriteSegmentStart("UCS"u8);
            writer.WriteElement(segment.Position);
            if (segment.Code is { } code)
            {
                writer.WriteElement(code);
            }

            writer.WriteSegmentEnd();
            foreach (var element in segment.Elements)
            {
                writer.WriteSegmentStart("UCD"u8);
                writer.WriteElement(element.Code);
                WriteDataElementIdentification(writer, element);
                writer.WriteSegmentEnd();
            }
        }
    }

    /// <summary>0085, then 0013 and S011 when the error names a service segment (0013 comes before S011: D5 "if first, then all").</summary>
    private void WriteError(EdifactWriter writer, ContrlError? error)
    {
        if (error is not { } e)
        {
            return;
        }

        writer.WriteElement(e.Code);
        if (e.SegmentTag is null)
        {
            return;
        }

        writer.WriteElement(e.SegmentTag);
        if (e.ElementPosition > 0)
        {
            WriteDataElementIdentification(writer, e);
        }
    }

    /// <summary>S011: 0098, 0104 and (version 4) 0136.</summary>
    private void WriteDataElementIdentification(EdifactWriter writer, ContrlError error)
    {
        writer.WriteElement(error.ElementPosition);
        if (error.ComponentPosition > 0)
        {
            writer.WriteComponent(error.ComponentPosition);
        }
        else if (V4 && error.Occurrence > 0)
        {
            writer.WriteComponent(string.Empty);
            writer.WriteComponent(error.Occurrence);
        }
    }

    private void WriteParty(EdifactWriter writer, PartyIdentification party)
    {
        writer.WriteElement(Carry(party.Id));
        writer.WriteComponent(Carry(party.Qualifier));
        writer.WriteComponent(Carry(party.Routing));
        if (V4)
        {
            writer.WriteComponent(Carry(party.InternalId));
        }
    }

    private string? Echo(ServiceElement element, string? value) => Carry(EchoedValues.Fit(element, value, version));

    private string? Carry(string? value) => value is null ? null : EchoedValues.Carried(syntax, delimiters, value);
}
