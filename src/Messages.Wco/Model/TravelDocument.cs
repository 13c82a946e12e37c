namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A travel document (PAXLST DOC, DTM+36, LOC+91): type, number, issuing state and expiry.</summary>
/// <remarks>No WCO DM ids: see <see cref="Traveller"/>.</remarks>
public sealed record TravelDocument
{
    /// <summary>Document type (ICAO 9303 / UN/EDIFACT 1001: P passport, V visa, I identity card...).</summary>
    public required string TypeCode { get; init; }

    public required string Number { get; init; }

    public CountryCode? IssuingCountry { get; init; }

    public DateOnly? ExpiryDate { get; init; }
}
