namespace UniPass.Gateway.Routing.Intake;

/// <summary>The kinds of acknowledgement the gateway answers with, by the sender's format.</summary>
public static class AckKinds
{
    /// <summary>UN/EDIFACT syntax and service report (ISO 9735-5), for EDIFACT senders.</summary>
    public const string Contrl = "CONTRL";

    /// <summary>UN/EDIFACT application error and acknowledgement message.</summary>
    public const string Aperak = "APERAK";

    /// <summary>UN/EDIFACT customs response message.</summary>
    public const string Cusres = "CUSRES";

    /// <summary>WCO Data Model response (RES), for XML senders.</summary>
    public const string WcoResponse = "WCO-RES";

    /// <summary>The gateway's JSON acknowledgement, for JSON senders.</summary>
    public const string Json = "JSON";
}
