namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A travel document (PAXLST DOC, DTM+36, LOC+91): type, number, issuing state and expiry.</summary>
/// <remarks>No WCO DM ids: see <see cref="Traveller"/>.</remarks>
public sealed record TravelDocument
{
    /// <summary>Document type (ICAO 9303 / UN/EDIFACT 1001: P passport, V visa, I identity card...).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public required string TypeCode { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public required string Number { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public CountryCode? IssuingCountry { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public DateOnly? ExpiryDate { get; init; }
}
