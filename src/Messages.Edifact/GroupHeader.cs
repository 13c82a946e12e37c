namespace UniPass.Gateway.Messages.Edifact;

/// <summary>The functional group header UNG (ISO 9735-1 §8, segment UNG).</summary>
public sealed record GroupHeader
{
    /// <summary>0038 message group identification (the message type in the group, version 1-3), or null.</summary>
    public string? MessageGroupId { get; init; }

    /// <summary>S006 application sender, or null.</summary>
    public PartyIdentification? ApplicationSender { get; init; }

    /// <summary>S007 application recipient, or null.</summary>
    public PartyIdentification? ApplicationRecipient { get; init; }

    /// <summary>S004/0017 date of preparation, or null.</summary>
    public string? Date { get; init; }

    /// <summary>S004/0019 time of preparation, or null.</summary>
    public string? Time { get; init; }

    /// <summary>0048 group reference number (repeated in UNE).</summary>
    public required string Reference { get; init; }

    /// <summary>0051 controlling agency, or null.</summary>
    public string? ControllingAgency { get; init; }

    /// <summary>S008/0052 message version number, or null.</summary>
    public string? MessageVersion { get; init; }

    /// <summary>S008/0054 message release number, or null.</summary>
    public string? MessageRelease { get; init; }

    /// <summary>S008/0057 association assigned code, or null.</summary>
    public string? AssociationAssignedCode { get; init; }

    /// <summary>0058 application password, or null.</summary>
    public string? ApplicationPassword { get; init; }

    /// <summary>1-based segment index of the UNG.</summary>
    public int SegmentIndex { get; init; }
}
