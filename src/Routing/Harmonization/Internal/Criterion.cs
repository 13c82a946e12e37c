namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>The criteria a catalogue condition can state; the names are the catalogue's members.</summary>
internal enum Criterion
{
    HsCodes,
    ProcedureCodes,
    DocumentCodes,
    UnNumbers,
    DeclarationTypes,
    PermitStages,
    IssuingAgencies,
}
