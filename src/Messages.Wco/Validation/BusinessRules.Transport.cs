using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Validation;

public sealed partial class BusinessRules
{
    private void CheckCargoReport(CargoReport c, List<Diagnostic> findings)
    {
        CheckNotFuture(c.IssueDateTime, "/issueDateTime", findings);
        if (c.DepartureDateTime is { } dep && c.ArrivalDateTime is { } arr && arr < dep)
        {
            findings.Add(Error(BusinessRuleIds.DateSanity, "/arrivalDateTime", "arrival precedes departure"));
        }

        var references = new HashSet<(string, string?)>();
        for (var i = 0; i < c.Consignments.Count; i++)
        {
            var consignment = c.Consignments[i];
            if (!references.Add((consignment.MasterBillOfLading, consignment.HouseBillOfLading)))
            {
                findings.Add(Error(BusinessRuleIds.DuplicateCargoReference, $"/consignments/{i}", $"bill of lading {consignment.MasterBillOfLading}/{consignment.HouseBillOfLading} appears twice"));
            }

            var packages = consignment.Items.SelectMany(it => it.Packages).Select(p => p.Quantity).ToList();
            if (consignment.PackageQuantity is { } total && packages.Count > 0 && packages.All(q => q is not null) && packages.Sum(q => q!.Value) != total)
            {
                findings.Add(Error(BusinessRuleIds.TotalMismatch, $"/consignments/{i}/packageQuantity", $"declares {total} packages but the items hold {packages.Sum(q => q!.Value)}"));
            }

            CheckSequence(consignment.Items.Select(it => it.SequenceNumber), $"/consignments/{i}/items", findings);
            for (var j = 0; j < consignment.Items.Count; j++)
            {
                CheckHsCode(consignment.Items[j].CommodityCode, $"/consignments/{i}/items/{j}/commodityCode", findings);
            }
        }
    }

    private void CheckPassengerList(PassengerList p, List<Diagnostic> findings)
    {
        // PAXLST CNT+42 (passengers) and CNT+41 (crew) must agree with the travellers sent.
        var passengers = p.Travellers.Count(t => t.Role is TravellerRole.Passenger or TravellerRole.InTransitPassenger);
        var crew = p.Travellers.Count - passengers;
        if (p.DeclaredPassengerCount is { } dp && dp != passengers)
        {
            findings.Add(Error(BusinessRuleIds.TotalMismatch, "/declaredPassengerCount", $"declares {dp} passengers but holds {passengers}"));
        }

        if (p.DeclaredCrewCount is { } dc && dc != crew)
        {
            findings.Add(Error(BusinessRuleIds.TotalMismatch, "/declaredCrewCount", $"declares {dc} crew members but holds {crew}"));
        }

        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        for (var i = 0; i < p.Travellers.Count; i++)
        {
            var t = p.Travellers[i];
            if (t.BirthDate is { } born && (born > today || born < today.AddYears(-MaxAgeYears)))
            {
                findings.Add(Error(BusinessRuleIds.DateSanity, $"/travellers/{i}/birthDate", $"birth date {born:yyyy-MM-dd} is impossible"));
            }
        }

        for (var i = 0; i < p.Travellers.Count; i++)
        {
            CheckTravelDocuments(p, i, findings);
        }

        for (var i = 0; i < p.Legs.Count; i++)
        {
            var leg = p.Legs[i];
            if (leg.DepartureAirport.IsEmpty)
            {
                findings.Add(Error(BusinessRuleIds.RequiredValue, $"/legs/{i}/departureAirport", "the leg has no departure airport"));
            }

            if (leg.ArrivalAirport.IsEmpty)
            {
                findings.Add(Error(BusinessRuleIds.RequiredValue, $"/legs/{i}/arrivalAirport", "the leg has no arrival airport"));
            }
            else if (leg.DepartureAirport == leg.ArrivalAirport)
            {
                findings.Add(Error(BusinessRuleIds.LegEndpoints, $"/legs/{i}/arrivalAirport", $"the leg arrives at {leg.ArrivalAirport.Value}, where it departs"));
            }
        }
    }

    // A travel document (PAXLST DOC, expiry DTM+36) must still be valid on the day the traveller flies: the local
    // departure date of the leg where the traveller boards (LOC+178), or of the first leg when that is not given.
    private static void CheckTravelDocuments(PassengerList p, int index, List<Diagnostic> findings)
    {
        var traveller = p.Travellers[index];
        if (traveller.Documents.Count == 0 || FlightDate(p, traveller) is not { } flown)
        {
            return;
        }

        for (var j = 0; j < traveller.Documents.Count; j++)
        {
            if (traveller.Documents[j].ExpiryDate is { } expires && expires < flown)
            {
                findings.Add(Error(BusinessRuleIds.DocumentExpired, $"/travellers/{index}/documents/{j}/expiryDate", $"the document expired on {expires:yyyy-MM-dd}, before the flight on {flown:yyyy-MM-dd}"));
            }
        }
    }

    private static DateOnly? FlightDate(PassengerList p, Traveller traveller)
    {
        var boarding = traveller.EmbarkationAirport is { } airport ? p.Legs.FirstOrDefault(l => l.DepartureAirport == airport) : null;
        var departure = (boarding ?? p.Legs.FirstOrDefault(l => l.ScheduledDepartureLocal is not null))?.ScheduledDepartureLocal;
        return departure is { } local ? DateOnly.FromDateTime(local) : null;
    }

    private static void CheckPermit(Permit p, List<Diagnostic> findings)
    {
        if (p.IssueDate is { } issued && p.ExpiryDate is { } expires && expires < issued)
        {
            findings.Add(Error(BusinessRuleIds.DateSanity, "/expiryDate", "the permit expires before it is issued"));
        }

        CheckSequence(p.Items.Select(i => i.SequenceNumber), "/items", findings);
        for (var i = 0; i < p.Items.Count; i++)
        {
            CheckHsCode(p.Items[i].CommodityCode, $"/items/{i}/commodityCode", findings);
        }
    }
}
