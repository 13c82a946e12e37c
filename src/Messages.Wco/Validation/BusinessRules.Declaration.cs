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

        // WCO DM 109 (total amount invoiced, UK CDS DE 4/11) is the sum of the item prices (112, DE 4/14) when every
        // item states its price in the invoice currency (an item price without currency is in the declaration's).
        CheckInvoiceTotal(d, findings);

        if (d.Lrn.IsEmpty)
        {
            findings.Add(Error(BusinessRuleIds.RequiredValue, "/lrn", "the declaration has no LRN"));
        }

        // An original declaration (UN/EDIFACT 1225 function 9) states its parties: always the declarant (WCO DM 57B),
        // the exporter on an export (57A, UK CDS DE 3/1-3/2) and the importer on an import (39A, DE 3/15-3/16).
        // Amendments and cancellations carry only what changes.
        if (d.FunctionCode == OriginalFunctionCode)
        {
            RequireParty(d, PartyRole.Declarant, findings);
            if (d.IsExport)
            {
                RequireParty(d, PartyRole.Exporter, findings);
            }

            if (d.IsImport)
            {
                RequireParty(d, PartyRole.Importer, findings);
            }
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

    /// <summary>UN/EDIFACT 1225 message function 9: original.</summary>
    private const string OriginalFunctionCode = "9";

    private static void CheckInvoiceTotal(Declaration d, List<Diagnostic> findings)
    {
        if (d.InvoiceAmount is not { } invoice || d.GoodsItems.Count == 0)
        {
            return;
        }

        decimal sum = 0;
        foreach (var item in d.GoodsItems)
        {
            if (item.ItemPrice is not { } price || (price.Currency is { } currency && invoice.Currency is { } invoiced && currency != invoiced))
            {
                // Not every item states a comparable price: nothing to check.
                return;
            }

            sum += price.Value;
        }

        if (sum != invoice.Value)
        {
            findings.Add(Error(BusinessRuleIds.TotalMismatch, "/invoiceAmount", $"declares an invoice total of {invoice.Value} but the goods items' prices add up to {sum}"));
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
