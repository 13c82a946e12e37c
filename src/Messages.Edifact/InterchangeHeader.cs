namespace UniPass.Gateway.Messages.Edifact;

/// <summary>The interchange header UNB (ISO 9735-1 §8, segment UNB; syntax versions 1-4).</summary>
public sealed record InterchangeHeader
{
    /// <summary>S001/0001 syntax identifier (for example UNOC).</summary>
    public required string SyntaxIdentifier { get; init; }

    /// <summary>S001/0002 syntax version number.</summary>
    public required SyntaxVersion SyntaxVersion { get; init; }

    /// <summary>S001/0080 service code list directory version (version 4), or null.</summary>
    public string? ServiceCodeListDirectoryVersion { get; init; }

    /// <summary>S001/0133 character encoding (version 4), or null.</summary>
    public string? CharacterEncoding { get; init; }

    /// <summary>S002 interchange sender.</summary>
    public required PartyIdentification Sender { get; init; }

    /// <summary>S003 interchange recipient.</summary>
    public required PartyIdentification Recipient { get; init; }

    /// <summary>S004/0017 date of preparation (YYMMDD, or CCYYMMDD in version 4).</summary>
    public required string Date { get; init; }

    /// <summary>S004/0019 time of preparation (HHMM).</summary>
    public required string Time { get; init; }

    /// <summary>0020 interchange control reference (repeated in UNZ).</summary>
    public required string ControlReference { get; init; }

    /// <summary>S005/0022 recipient reference/password, or null.</summary>
    public string? RecipientPassword { get; init; }

    /// <summary>S005/0025 recipient reference/password qualifier, or null.</summary>
    public string? RecipientPasswordQualifier { get; init; }

    /// <summary>0026 application reference, or null.</summary>
    public string? ApplicationReference { get; init; }

    /// <summary>0029 processing priority code, or null.</summary>
    public string? ProcessingPriority { get; init; }

    /// <summary>0031 acknowledgement request (1 = acknowledgement requested; in syntax version 4, 2 = indication of receipt), or null.</summary>
    public string? AcknowledgementRequest { get; init; }

    /// <summary>0032 interchange agreement identifier, or null.</summary>
    public string? AgreementIdentifier { get; init; }

    /// <summary>0035 test indicator (1 = test interchange), or null.</summary>
    public string? TestIndicator { get; init; }

    /// <summary>True when 0035 marks the interchange as a test.</summary>
    public bool IsTest => TestIndicator == "1";

    /// <summary>True when 0031 asks for a CONTRL: an acknowledgement (1) or, in syntax version 4, a receipt (2).</summary>
    public bool AcknowledgementRequested => AcknowledgementRequest == "1" || ReceiptRequested;

    /// <summary>
    /// True when 0031 is 2 in syntax version 4 (ISO 9735-1: indication of receipt): the sender asks for a
    /// confirmation of receipt only, a CONTRL with UCI action 8.
    /// </summary>
    public bool ReceiptRequested => AcknowledgementRequest == "2" && SyntaxVersion == SyntaxVersion.V4;
}
