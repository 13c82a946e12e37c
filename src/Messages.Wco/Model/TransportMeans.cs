namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A means of transport (WCO DM 15A border, 10A arrival, 46A departure): vessel, aircraft, vehicle or train.</summary>
public sealed record TransportMeans
{
    /// <summary>Identification (e.g. IMO number, flight number, registration; WCO DM T006/T002/T004).</summary>
    public string? Id { get; init; }

    /// <summary>Type of identification (WCO DM T018/T034/T029; UK code list: 10 IMO number, 40 IATA flight...).</summary>
    public string? IdentificationTypeCode { get; init; }

    /// <summary>Name (vessel name; WCO DM T005/T001/T003).</summary>
    public string? Name { get; init; }

    /// <summary>Type of means (WCO DM T010/T008/T009).</summary>
    public string? TypeCode { get; init; }

    /// <summary>Nationality of the means (WCO DM T014).</summary>
    [WcoId("T014")]
    public CountryCode? Nationality { get; init; }

    /// <summary>Mode of transport, UN/ECE Recommendation 19 (1 sea, 2 rail, 3 road, 4 air; WCO DM T022/T020/T021).</summary>
    public string? ModeCode { get; init; }

    /// <summary>Conveyance reference: voyage or flight number (WCO DM 149).</summary>
    [WcoId("149")]
    public string? ConveyanceReference { get; init; }
}
