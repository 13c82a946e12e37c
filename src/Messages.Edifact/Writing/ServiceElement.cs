using System.Globalization;

namespace UniPass.Gateway.Messages.Edifact.Writing;

/// <summary>
/// The representation of a service data element that the envelope helpers write, per syntax
/// version: ISO 9735:1988/Amd.1 (versions 1-3, service directory D.3) and ISO 9735-1:2002 (version 4,
/// service directory 4.1). The same facts are in <c>schemas/edifact/un-d-3.txt</c> and
/// <c>un-4-1.txt</c>; a test keeps the two in agreement.
/// </summary>
/// <param name="Id">The data element tag, for example <c>0020</c>.</param>
/// <param name="Numeric">True for <c>n</c> representations (digits only).</param>
/// <param name="Fixed">True when the length is exact (<c>n6</c>) rather than a maximum (<c>an..14</c>).</param>
/// <param name="LengthBeforeVersion4">The (maximum) length in versions 1-3, 0 when the element is new in version 4.</param>
/// <param name="LengthVersion4">The (maximum) length in version 4.</param>
internal readonly record struct ServiceElement(string Id, bool Numeric, bool Fixed, int LengthBeforeVersion4, int LengthVersion4)
{
    public static ServiceElement SyntaxIdentifier { get; } = new("0001", false, true, 4, 4);
    public static ServiceElement ServiceCodeListDirectoryVersion { get; } = new("0080", false, false, 0, 6);
    public static ServiceElement CharacterEncoding { get; } = new("0133", false, false, 0, 3);
    public static ServiceElement SenderIdentification { get; } = new("0004", false, false, 35, 35);
    public static ServiceElement IdentificationQualifier { get; } = new("0007", false, false, 4, 4);
    public static ServiceElement ReverseRouting { get; } = new("0008", false, false, 14, 35);
    public static ServiceElement SenderInternalSubIdentification { get; } = new("0042", false, false, 0, 35);
    public static ServiceElement RecipientIdentification { get; } = new("0010", false, false, 35, 35);
    public static ServiceElement Routing { get; } = new("0014", false, false, 14, 35);
    public static ServiceElement RecipientInternalSubIdentification { get; } = new("0046", false, false, 0, 35);
    public static ServiceElement Date { get; } = new("0017", true, true, 6, 8);
    public static ServiceElement Time { get; } = new("0019", true, true, 4, 4);
    public static ServiceElement InterchangeReference { get; } = new("0020", false, false, 14, 14);
    public static ServiceElement RecipientPassword { get; } = new("0022", false, false, 14, 14);
    public static ServiceElement RecipientPasswordQualifier { get; } = new("0025", false, true, 2, 2);
    public static ServiceElement ApplicationReference { get; } = new("0026", false, false, 14, 14);
    public static ServiceElement ProcessingPriority { get; } = new("0029", false, true, 1, 1);
    public static ServiceElement AcknowledgementRequest { get; } = new("0031", true, true, 1, 1);
    public static ServiceElement AgreementIdentifier { get; } = new("0032", false, false, 35, 35);
    public static ServiceElement TestIndicator { get; } = new("0035", true, true, 1, 1);
    public static ServiceElement InterchangeCount { get; } = new("0036", true, false, 6, 6);
    public static ServiceElement MessageGroupIdentification { get; } = new("0038", false, false, 6, 6);
    public static ServiceElement ApplicationSender { get; } = new("0040", false, false, 35, 35);
    public static ServiceElement ApplicationRecipient { get; } = new("0044", false, false, 35, 35);
    public static ServiceElement GroupReference { get; } = new("0048", false, false, 14, 14);
    public static ServiceElement ControllingAgency { get; } = new("0051", false, false, 2, 3);
    public static ServiceElement MessageVersion { get; } = new("0052", false, false, 3, 3);
    public static ServiceElement MessageRelease { get; } = new("0054", false, false, 3, 3);
    public static ServiceElement AssociationAssignedCode { get; } = new("0057", false, false, 6, 6);
    public static ServiceElement ApplicationPassword { get; } = new("0058", false, false, 14, 14);
    public static ServiceElement GroupCount { get; } = new("0060", true, false, 6, 6);
    public static ServiceElement MessageReference { get; } = new("0062", false, false, 14, 14);
    public static ServiceElement MessageType { get; } = new("0065", false, false, 6, 6);
    public static ServiceElement CommonAccessReference { get; } = new("0068", false, false, 35, 35);
    public static ServiceElement SequenceOfTransfers { get; } = new("0070", true, false, 2, 2);
    public static ServiceElement FirstAndLastTransfer { get; } = new("0073", false, true, 1, 1);
    public static ServiceElement SegmentCount { get; } = new("0074", true, false, 6, 10);
    public static ServiceElement CodeListDirectoryVersion { get; } = new("0110", false, false, 0, 6);
    public static ServiceElement MessageTypeSubFunction { get; } = new("0113", false, false, 0, 6);

    /// <summary>Every element, for the test that compares them with the service directories.</summary>
    public static IReadOnlyList<ServiceElement> All { get; } =
    [
        SyntaxIdentifier, ServiceCodeListDirectoryVersion, CharacterEncoding, SenderIdentification, IdentificationQualifier,
        ReverseRouting, SenderInternalSubIdentification, RecipientIdentification, Routing, RecipientInternalSubIdentification,
        Date, Time, InterchangeReference, RecipientPassword, RecipientPasswordQualifier, ApplicationReference, ProcessingPriority,
        AcknowledgementRequest, AgreementIdentifier, TestIndicator, InterchangeCount, MessageGroupIdentification, ApplicationSender,
        ApplicationRecipient, GroupReference, ControllingAgency, MessageVersion, MessageRelease, AssociationAssignedCode,
        ApplicationPassword, GroupCount, MessageReference, MessageType, CommonAccessReference, SequenceOfTransfers,
        FirstAndLastTransfer, SegmentCount, CodeListDirectoryVersion, MessageTypeSubFunction,
    ];

    /// <summary>The (maximum) length in <paramref name="version"/>; 0 when the element does not exist there.</summary>
    public int LengthIn(SyntaxVersion version) => version == SyntaxVersion.V4 ? LengthVersion4 : LengthBeforeVersion4;

    /// <summary>The representation as the service directory writes it, for example <c>an..14</c> or <c>n8</c>.</summary>
    public string RepresentationIn(SyntaxVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"{(Numeric ? "n" : "an")}{(Fixed ? string.Empty : "..")}{LengthIn(version)}");

    /// <summary>Throws when <paramref name="value"/> does not fit the element's representation in <paramref name="version"/>.</summary>
    /// <exception cref="ArgumentException">Too long, too short for a fixed length, not digits, or not defined in the version.</exception>
    public void Check(string segment, string? value, SyntaxVersion version)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var length = LengthIn(version);
        if (length == 0)
        {
            throw new ArgumentException($"{segment} {Id} does not exist before syntax version 4 (value '{value}').");
        }

        // Lengths count characters (ISO 9735-1 §9), so a character outside the BMP counts once.
        var characters = value.Length;
        foreach (var c in value)
        {
            if (char.IsLowSurrogate(c))
            {
                characters--;
            }
        }

        if (characters > length || (Fixed && characters != length))
        {
            throw new ArgumentException(
                $"{segment} {Id} '{value}' does not fit its representation {RepresentationIn(version)} in syntax version {(int)version}.");
        }

        // Alphabetic elements (0001, 0029, 0073) are checked as an: the repertoire check guards the characters.
        if (Numeric && value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException($"{segment} {Id} '{value}' must be numeric ({RepresentationIn(version)}).");
        }
    }
}
