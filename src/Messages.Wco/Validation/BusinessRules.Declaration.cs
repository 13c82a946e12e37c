using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Validation;

public sealed partial class BusinessRules
{
    private void CheckDeclaration(Declaration d, List<Diagnostic> findings)
    {
        // WCO DM 228: the total number of items equals the goods items declared.
        if (d.GoodsItemQuantity is { } items && items != d.GoodsItems.Count)
        {
            findings.Add(Error(BusinessRuleIds.TotalMismatch, "/goodsItemQuantity", $"declares {items} goods items but holds {d.GoodsItems.Count}"));
        }

        // WCO DM 146: the total number of packages equals the packages of all items (when every item gives them).
        var packageQuantities = d.GoodsItems.SelectMany(i => i.Packages).Select(p => p.Quantity).ToList();
        if (d.TotalPackageQuantity is { } total && packageQuantities.Count > 0 && packageQuantities.All(q => q is not null))
        {
            var sum = packageQuantities.Sum(q => q!.Value);
            if (sum != total)
            {
                findings.Add(Error(BusinessRuleIds.TotalMismatch, "/totalPackageQuantity", $"declares {total} packages but the goods items hold {sum}"));
            }
        }

        // Every declaration needs its declarant; an export needs the exporter (WCO DM R032/R031), an import
        // the importer unless the declarant declares for itself (UK CDS DE 3/15-3/16 and 3/17-3/18).
        RequireParty(d, PartyRole.Declarant, findings);
        if (d.IsExport)
        {
            RequireParty(d, PartyRole.Exporter, findings);
        }

        CheckNotFuture(d.IssueDateTime, "/issueDateTime", findings);
        CheckNotFuture(d.AcceptanceDateTime, "/acceptanceDateTime", findings);
        if (d.IssueDateTime is { } issued && d.AcceptanceDateTime is { } accepted && accepted < issued)
        {
            findings.Add(Error(BusinessRuleIds.DateSanity, "/acceptanceDateTime", "acceptance precedes issue"));
        }

        CheckSequence(d.GoodsItems.Select(i => i.SequenceNumber), "/goodsItems", findings);
        for (var i = 0; i < d.GoodsItems.Count; i++)
        {
            var item = d.GoodsItems[i];
            CheckHsCode(item.CommodityCode, $"/goodsItems/{i}/commodityCode", findings);
            CheckMasses(item.GrossMass, item.NetMass, $"/goodsItems/{i}", findings);
        }
    }

    private static void RequireParty(Declaration d, PartyRole role, List<Diagnostic> findings)
    {
        if (!d.Parties.Any(p => p.Role == role))
        {
            findings.Add(Error(BusinessRuleIds.MissingParty, "/parties", $"a {d.TypeCode} declaration needs the {role.ToString().ToLowerInvariant()}"));
        }
    }
}
