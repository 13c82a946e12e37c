namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>The UN/EDIFACT message a <see cref="Wco.Model.Response"/> is written as.</summary>
public enum EdifactResponseKind
{
    /// <summary>CUSRES, the customs response (D.96B, D.05B): errors in the ERP group (SG4) with ERC and FTX.</summary>
    Cusres,

    /// <summary>APERAK, the application error and acknowledgement (D.96A, D.96B ...): errors in the ERC group (SG3) with FTX.</summary>
    Aperak,
}
