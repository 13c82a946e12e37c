namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A postal address of a party or location (WCO DM class 04A).</summary>
public sealed record Address
{
    [WcoId("239")]
    public string? Line { get; init; }

    [WcoId("241")]
    public string? CityName { get; init; }

    [WcoId("245")]
    public string? PostcodeId { get; init; }

    [WcoId("242")]
    public CountryCode? Country { get; init; }

    /// <summary>Type of address (WCO DM 410), for goods locations the kind of identification given.</summary>
    [WcoId("410")]
    public string? TypeCode { get; init; }
}
