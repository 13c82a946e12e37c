namespace UniPass.Gateway.Routing.Partners;

/// <summary>Which acknowledgements a partner wants besides the application answer.</summary>
/// <param name="Contrl">
/// Send a positive CONTRL for accepted EDIFACT interchanges (ISO 9735-1 §UNB 0031 acknowledgement
/// request may also ask for it). Negative CONTRL for rejected interchanges is always produced.
/// </param>
public sealed record AckPreferences(bool Contrl)
{
    /// <summary>Negative acknowledgements only.</summary>
    public static AckPreferences Default { get; } = new(Contrl: false);
}
