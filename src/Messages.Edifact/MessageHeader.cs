namespace UniPass.Gateway.Messages.Edifact;

/// <summary>The message header UNH (ISO 9735-1 §8, segment UNH; S009 message identifier).</summary>
public sealed record MessageHeader
{
    /// <summary>0062 message reference number (repeated in UNT).</summary>
    public required string Reference { get; init; }

    /// <summary>S009/0065 message type (for example PAXLST); empty when a partner left it out.</summary>
    public required string Type { get; init; }

    /// <summary>S009/0052 message version number (for example D).</summary>
    public required string Version { get; init; }

    /// <summary>S009/0054 message release number (for example 02B).</summary>
    public required string Release { get; init; }

    /// <summary>S009/0051 controlling agency (for example UN).</summary>
    public required string ControllingAgency { get; init; }

    /// <summary>S009/0057 association assigned code (for example IATA, EAN008), or null.</summary>
    public string? AssociationAssignedCode { get; init; }

    /// <summary>S009/0110 code list directory version number (version 4), or null.</summary>
    public string? CodeListDirectoryVersion { get; init; }

    /// <summary>S009/0113 message type sub-function identification (version 4), or null.</summary>
    public string? MessageTypeSubFunction { get; init; }

    /// <summary>0068 common access reference, or null.</summary>
    public string? CommonAccessReference { get; init; }

    /// <summary>S010/0070 sequence of transfers, or null.</summary>
    public string? SequenceOfTransfers { get; init; }

    /// <summary>S010/0073 first and last transfer (C = creation, F = final), or null.</summary>
    public string? FirstAndLastTransfer { get; init; }

    /// <summary>The directory the message is written against, for example <c>D:02B:UN</c>.</summary>
    public string Directory => $"{Version}:{Release}:{ControllingAgency}";
}
