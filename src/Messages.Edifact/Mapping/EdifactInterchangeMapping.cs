namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>An interchange mapped message by message: what its envelope level found and one result per UNH.</summary>
public sealed record EdifactInterchangeMapping
{
    /// <summary>The syntax and envelope findings (UNB ... UNZ) of the read.</summary>
    public required EdifactValidationResult Envelope { get; init; }

    /// <summary>One result per message, in order.</summary>
    public required IReadOnlyList<EdifactMappingResult> Messages { get; init; }

    /// <summary>The documents built, in message order.</summary>
    public IEnumerable<Wco.Model.CanonicalDocument> Documents => Messages.Where(m => m.Document is not null).Select(m => m.Document!);

    /// <summary>True when the envelope is valid, there is at least one message and every message mapped without error.</summary>
    public bool Succeeded => Envelope.IsValid && Messages.Count > 0 && Messages.All(m => m.Succeeded);
}
