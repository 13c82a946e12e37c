using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Validation;

/// <summary>
/// Checks a canonical document needs no database for: totals agree, the parties its type requires are
/// there, HS codes have the shape of the Harmonized System, dates are possible and in order. Findings
/// are diagnostics pointing (JSON pointer) at the canonical field; nothing is thrown.
/// </summary>
public sealed partial class BusinessRules(TimeProvider timeProvider)
{
    /// <summary>Dates further ahead than this are taken for typing errors.</summary>
    private static readonly TimeSpan s_futureTolerance = TimeSpan.FromDays(1);

    /// <summary>Nobody on a passenger list is older than this.</summary>
    private const int MaxAgeYears = 130;

    public IReadOnlyList<Diagnostic> Check(CanonicalDocument document)
    {
        var findings = new List<Diagnostic>();
        switch (document)
        {
            case Declaration d:
                CheckDeclaration(d, findings);
                break;
            case CargoReport c:
                CheckCargoReport(c, findings);
                break;
            case PassengerList p:
                CheckPassengerList(p, findings);
                break;
            case Permit p:
                CheckPermit(p, findings);
                break;
            case Response r:
                CheckNotFuture(r.IssueDateTime, "/issueDateTime", findings);
                break;
        }

        return findings;
    }

    private DateTimeOffset Now => timeProvider.GetUtcNow();

    private void CheckNotFuture(DateTimeOffset? value, string pointer, List<Diagnostic> findings)
    {
        if (value is { } v && v > Now + s_futureTolerance)
        {
            findings.Add(Error(BusinessRuleIds.DateSanity, pointer, $"{v:O} lies in the future"));
        }
    }

    private static void CheckHsCode(HsCode? code, string pointer, List<Diagnostic> findings)
    {
        // HS Nomenclature: chapters 01-97; chapter 77 is reserved for future use, 98 and 99 are left to national use.
        if (code is { } c && (c.Chapter is < 1 or > 97 or 77))
        {
            findings.Add(Error(BusinessRuleIds.HsCodeShape, pointer, $"'{c.Value}' has chapter {c.Chapter:00}, which the Harmonized System does not define"));
        }
    }

    private static void CheckSequence(IEnumerable<int> numbers, string pointer, List<Diagnostic> findings)
    {
        var seen = new HashSet<int>();
        var index = 0;
        foreach (var n in numbers)
        {
            if (!seen.Add(n))
            {
                findings.Add(Error(BusinessRuleIds.DuplicateSequence, $"{pointer}/{index}/sequenceNumber", $"sequence number {n} is used twice"));
            }

            index++;
        }
    }

    private static void CheckMasses(Quantity? gross, Quantity? net, string pointer, List<Diagnostic> findings)
    {
        if (gross is not null && net is not null && gross.Unit == net.Unit && net.Value > gross.Value)
        {
            findings.Add(Error(BusinessRuleIds.MassOrder, pointer + "/netMass", $"net mass {net.Value} exceeds gross mass {gross.Value}"));
        }
    }

    private static Diagnostic Error(string id, string pointer, string message) => new(id, DiagnosticSeverity.Error, pointer, message);
}
