namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// A party with its role. <see cref="Id"/> is the coded identification (for UK CDS the EORI),
/// <see cref="Name"/> and <see cref="Address"/> the plain one; WCO DM gives both for every role
/// (e.g. exporter R032 coded, R031 name).
/// </summary>
public sealed record Party
{
    public required PartyRole Role { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public Address? Address { get; init; }

    /// <summary>For an agent, its status (WCO DM 102, e.g. direct or indirect representation).</summary>
    [WcoId("102")]
    public string? FunctionCode { get; init; }

    /// <summary>Telephone or e-mail (WCO DM 240) for reporting parties.</summary>
    [WcoId("240")]
    public string? Communication { get; init; }
}
