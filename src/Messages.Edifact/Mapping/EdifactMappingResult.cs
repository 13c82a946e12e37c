using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>One message (UNH to UNT) mapped to its canonical document.</summary>
public sealed record EdifactMappingResult
{
    /// <summary>UNH 0062, the message reference.</summary>
    public required string MessageReference { get; init; }

    /// <summary>The message type mapped (UNH S009 0065, or inferred when a lenient read found it empty).</summary>
    public required string MessageType { get; init; }

    /// <summary>The directory the message was read against, or null when it names none the gateway knows.</summary>
    public DirectoryId? Directory { get; init; }

    /// <summary>1-based segment index of the UNH in the interchange.</summary>
    public int SegmentIndex { get; init; }

    /// <summary>The canonical document, or null when the message lacks what it requires (see <see cref="Diagnostics"/>).</summary>
    public CanonicalDocument? Document { get; init; }

    /// <summary>The findings, in message order.</summary>
    public IReadOnlyList<EdifactMappingDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when a document was built and no finding is an error.</summary>
    public bool Succeeded => Document is not null && !Diagnostics.Any(d => d.IsError);
}
