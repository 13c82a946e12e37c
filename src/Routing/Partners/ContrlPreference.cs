namespace UniPass.Gateway.Routing.Partners;

/// <summary>
/// When the gateway answers an accepted EDIFACT interchange with a positive CONTRL (ISO 9735-1). A rejected
/// interchange is always answered with a negative CONTRL (UCI action 4), whatever the preference; a CONTRL is
/// never answered with a CONTRL.
/// </summary>
public enum ContrlPreference
{
    /// <summary>A positive CONTRL (UCI action 7) only when the interchange asks for one (UNB 0031 = 1), as ISO 9735-1 provides.</summary>
    OnRequest = 0,

    /// <summary>A positive CONTRL (UCI action 7) for every accepted interchange, as an interchange agreement may provide.</summary>
    Always = 1,

    /// <summary>No positive CONTRL, even when UNB 0031 asks for one: only rejections are answered.</summary>
    ErrorsOnly = 2,

    /// <summary>Every accepted interchange is answered with UCI action 8 ("interchange received") and nothing below it.</summary>
    ReceivedOnly = 3,
}
