namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// An interchange or group party (UNB S002/S003, UNG S006/S007): identification, its code
/// qualifier (0007) and the routing address (0008 reverse routing for the sender, 0014 routing for the recipient).
/// </summary>
/// <param name="Id">Identification (0004, 0010, 0040 or 0044).</param>
/// <param name="Qualifier">Identification code qualifier (0007), or null.</param>
/// <param name="Routing">Reverse routing (0008) or routing (0014) address, or null.</param>
/// <param name="InternalId">Internal identification (version 4: 0042 / 0046), or null.</param>
public sealed record PartyIdentification(string Id, string? Qualifier = null, string? Routing = null, string? InternalId = null)
{
    /// <inheritdoc/>
    public override string ToString() => Qualifier is null ? Id : $"{Id}:{Qualifier}";
}
