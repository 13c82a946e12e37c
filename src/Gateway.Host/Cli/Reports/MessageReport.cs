using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Edifact;

namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary>
/// One message: for EDIFACT the UNH message identifier (0062, S009) and where the message lies;
/// for WCO DM XML and canonical JSON only the document type is known.
/// </summary>
internal sealed record MessageReport
{
    /// <summary>UNH 0062 message reference number.</summary>
    public string? Reference { get; init; }

    /// <summary>UNH S009 0065 message type (for example CUSDEC), or the canonical document type.</summary>
    public required string Type { get; init; }

    /// <summary>UNH S009 0052 message version number.</summary>
    public string? Version { get; init; }

    /// <summary>UNH S009 0054 message release number.</summary>
    public string? Release { get; init; }

    /// <summary>UNH S009 0051 controlling agency.</summary>
    public string? Agency { get; init; }

    /// <summary>UNH S009 0057 association assigned code, or null.</summary>
    public string? AssociationAssignedCode { get; init; }

    /// <summary>The segments counted, UNH and UNT included.</summary>
    public int? SegmentCount { get; init; }

    /// <summary>1-based segment index of the UNH in the interchange.</summary>
    public int? SegmentIndex { get; init; }

    /// <summary>Byte offset of the UNH tag.</summary>
    public long? ByteOffset { get; init; }

    /// <summary>Bytes from the UNH tag to the end of the message.</summary>
    public long? ByteLength { get; init; }

    public static MessageReport From(EdifactMessageSummary message) => new()
    {
        Reference = message.Header.Reference,
        Type = message.Header.Type,
        Version = message.Header.Version,
        Release = message.Header.Release,
        Agency = message.Header.ControllingAgency,
        AssociationAssignedCode = message.Header.AssociationAssignedCode,
        SegmentCount = message.SegmentCount,
        SegmentIndex = message.SegmentIndex,
        ByteOffset = message.ByteOffset,
        ByteLength = message.ByteLength,
    };

    /// <summary>The message identifier as UNH S009 writes it: <c>TYPE:VERSION:RELEASE:AGENCY[:CODE]</c>.</summary>
    [JsonIgnore]
    public string Identifier =>
        AssociationAssignedCode is null ? $"{Type}:{Version}:{Release}:{Agency}" : $"{Type}:{Version}:{Release}:{Agency}:{AssociationAssignedCode}";
}
