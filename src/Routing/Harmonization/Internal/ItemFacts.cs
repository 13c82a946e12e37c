using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// What conditions look at on one item (a goods item, a consignment item, a good a permit covers): where it
/// is (its canonical JSON pointer and that of the item around it) and its codes.
/// </summary>
internal sealed record ItemFacts(
    string Pointer,
    string? ParentPointer,
    HsCode? HsCode,
    IReadOnlyList<string> ProcedureCodes,
    IReadOnlyList<string> DocumentCodes,
    IReadOnlyList<string> UnNumbers);
