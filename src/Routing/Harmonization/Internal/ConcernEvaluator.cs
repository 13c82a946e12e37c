using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// Evaluates the catalogue's conditions on one document. Document criteria (declaration type, permit stage,
/// issuer, permit type) are checked once; item criteria (HS code, procedure, quoted documents, UN numbers)
/// on each item, and every criterion a condition states must hold. A condition without item criteria
/// concerns the whole document and all its items.
/// </summary>
internal static class ConcernEvaluator
{
    // The names under which matched values appear in a split's reasons.
    public const string HsCodeMatch = "hsCode";
    public const string ProcedureCodeMatch = "procedureCode";
    public const string DocumentCodeMatch = "documentCode";
    public const string UnNumberMatch = "unNumber";
    public const string DeclarationTypeMatch = "declarationType";
    public const string PermitStageMatch = "permitStage";
    public const string IssuingAgencyMatch = "issuingAgency";

    public static DocumentConcerns Evaluate(AgencyCatalogue catalogue, CanonicalDocument document)
    {
        var facts = DocumentFacts.Of(document);
        var concerns = new DocumentConcerns(catalogue.Agencies.Count);
        foreach (var agency in catalogue.Agencies)
        {
            foreach (var condition in agency.Conditions)
            {
                if (condition.DocumentTypes.Contains(facts.DocumentType, StringComparer.Ordinal)
                    && Evaluate(condition, facts, agency.Bit, concerns) is { } reason)
                {
                    concerns.Reasons[agency.Index].Add(reason);
                }
            }
        }

        return concerns;
    }

    private static ReasonDraft? Evaluate(AgencyCondition condition, DocumentFacts facts, ulong agency, DocumentConcerns concerns)
    {
        var matched = new Dictionary<string, string>(StringComparer.Ordinal);
        if (condition.DeclarationTypes.Count > 0)
        {
            if (facts.DeclarationType is not { } type || !condition.DeclarationTypes.Any(p => type.StartsWith(p, StringComparison.Ordinal)))
            {
                return null;
            }

            matched[DeclarationTypeMatch] = type;
        }

        if (condition.PermitStages.Count > 0)
        {
            if (facts.PermitStage is not { } stage || !condition.PermitStages.Contains(stage))
            {
                return null;
            }

            matched[PermitStageMatch] = stage.ToString();
        }

        if (condition.IssuingAgencies.Count > 0)
        {
            if (facts.IssuingAgency is not { } issuer || !condition.IssuingAgencies.Contains(issuer, StringComparer.Ordinal))
            {
                return null;
            }

            matched[IssuingAgencyMatch] = issuer;
        }

        // A permit's own type is a document criterion; on a declaration, quoted documents belong to goods items.
        var documentCodesOnItems = facts.PermitType is null;
        if (condition.DocumentCodes.Count > 0 && !documentCodesOnItems)
        {
            if (!condition.DocumentCodes.Contains(facts.PermitType!, StringComparer.Ordinal))
            {
                return null;
            }

            matched[DocumentCodeMatch] = facts.PermitType!;
        }

        var hasItemCriteria = condition.HsCodes.Count > 0 || condition.ProcedureCodes.Count > 0 || condition.UnNumbers.Count > 0
            || (documentCodesOnItems && condition.DocumentCodes.Count > 0);
        if (!hasItemCriteria)
        {
            concerns.ConcernDocument(agency);
            foreach (var scope in facts.Scopes)
            {
                concerns.ConcernScope(scope, agency);
            }

            return new ReasonDraft(condition, matched, []);
        }

        var items = new List<(string, IReadOnlyDictionary<string, string>)>();
        foreach (var item in facts.Items)
        {
            if (Match(condition, item, documentCodesOnItems) is { } itemMatched)
            {
                concerns.ConcernScope(item.Pointer, agency);
                if (item.ParentPointer is { } parent)
                {
                    concerns.ConcernScope(parent, agency);
                }

                items.Add((item.Pointer, itemMatched));
            }
        }

        return items.Count == 0 ? null : new ReasonDraft(condition, matched, items);
    }

    private static Dictionary<string, string>? Match(AgencyCondition condition, ItemFacts item, bool documentCodesOnItems)
    {
        var matched = new Dictionary<string, string>(StringComparer.Ordinal);
        if (condition.HsCodes.Count > 0)
        {
            if (item.HsCode is not { } code || !condition.HsCodes.Any(r => r.Contains(code)))
            {
                return null;
            }

            matched[HsCodeMatch] = code.Value;
        }

        if (!MatchAny(condition.ProcedureCodes, item.ProcedureCodes, ProcedureCodeMatch, matched)
            || (documentCodesOnItems && !MatchAny(condition.DocumentCodes, item.DocumentCodes, DocumentCodeMatch, matched))
            || !MatchAny(condition.UnNumbers, item.UnNumbers, UnNumberMatch, matched))
        {
            return null;
        }

        return matched;
    }

    private static bool MatchAny(IReadOnlyList<string> wanted, IReadOnlyList<string> present, string name, Dictionary<string, string> matched)
    {
        if (wanted.Count == 0)
        {
            return true;
        }

        var hit = present.FirstOrDefault(p => wanted.Contains(p, StringComparer.Ordinal));
        if (hit is null)
        {
            return false;
        }

        matched[name] = hit;
        return true;
    }
}
