namespace UniPass.Gateway.Routing.Partners;

/// <summary>Which acknowledgements a partner wants besides the application answer.</summary>
/// <param name="Contrl">
/// When an accepted EDIFACT interchange is answered with a positive CONTRL (<see cref="ContrlPreference"/>).
/// A negative CONTRL for a rejected interchange is always produced.
/// </param>
public sealed record AckPreferences(ContrlPreference Contrl)
{
    /// <summary>ISO 9735-1's default: a positive CONTRL when UNB 0031 asks for one, a negative one always.</summary>
    public static AckPreferences Default { get; } = new(ContrlPreference.OnRequest);
}
