using Model = UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// What the splitter knows about each document type it can split: the model type, the arrays whose
/// elements conditions are evaluated on (item scopes, outermost first), and which criteria mean something
/// for it. The catalogue supplies everything else.
/// </summary>
internal static class SplitDocuments
{
    public const string Declaration = "declaration";
    public const string CargoReport = "cargoReport";
    public const string PassengerList = "passengerList";
    public const string Permit = "permit";

    public static IReadOnlyList<string> All { get; } = [Declaration, CargoReport, PassengerList, Permit];

    public static Type? ModelType(string documentType) => documentType switch
    {
        Declaration => typeof(Model.Declaration),
        CargoReport => typeof(Model.CargoReport),
        PassengerList => typeof(Model.PassengerList),
        Permit => typeof(Model.Permit),
        _ => null,
    };

    /// <summary>Goods items of a declaration (WCO DM 68A); consignments and their items of a cargo report; goods a permit covers.</summary>
    public static IReadOnlyList<string> ItemScopes(string documentType) => documentType switch
    {
        Declaration => ["/goodsItems/*"],
        CargoReport => ["/consignments/*", "/consignments/*/items/*"],
        Permit => ["/items/*"],
        _ => [],
    };

    public static bool Applies(Criterion criterion, string documentType) => criterion switch
    {
        Criterion.HsCodes => documentType is Declaration or CargoReport or Permit,
        Criterion.ProcedureCodes => documentType is Declaration,
        Criterion.DocumentCodes => documentType is Declaration or Permit,
        Criterion.UnNumbers => documentType is Declaration or CargoReport,
        Criterion.DeclarationTypes => documentType is Declaration,
        Criterion.PermitStages or Criterion.IssuingAgencies => documentType is Permit,
        _ => false,
    };
}
