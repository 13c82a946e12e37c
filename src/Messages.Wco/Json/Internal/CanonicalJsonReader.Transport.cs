using System.Text.Json;
using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Wco.Json.Internal.JsonValues;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

// The cargo report (e-manifest) and the passenger list.
internal static partial class CanonicalJsonReader
{
    private static readonly JsonMembers s_cargoReport = new(
        nameof(CargoReport),
        [
            DocumentTypeMember, "manifestNumber", "functionCode", "issueDateTime", "transportMeans", "parties", "loadingLocation", "dischargeLocation",
            "arrivalDateTime", "departureDateTime", "itinerary", "consignments",
        ],
        ["manifestNumber", "transportMeans"]);

    private static readonly JsonMembers s_consignment = new(
        nameof(Consignment),
        [
            "masterBillOfLading", "houseBillOfLading", "ucr", "parties", "loadingLocation", "dischargeLocation", "deliveryLocation", "grossMass",
            "packageQuantity", "transportEquipment", "items",
        ],
        ["masterBillOfLading"]);

    private static readonly JsonMembers s_cargoItem = new(nameof(CargoItem), ["sequenceNumber", "description", "commodityCode", "packages", "grossMass", "dangerousGoods", "equipmentIds"], ["sequenceNumber"]);

    private static readonly JsonMembers s_passengerList = new(
        nameof(PassengerList),
        [DocumentTypeMember, "kind", "documentId", "reportingParty", "flight", "legs", "travellers", "declaredPassengerCount", "declaredCrewCount"],
        ["kind", "flight"]);

    private static readonly JsonMembers s_flight = new(nameof(FlightIdentifier), ["carrierCode", "flightNumber"], ["carrierCode", "flightNumber"]);
    private static readonly JsonMembers s_flightLeg = new(nameof(FlightLeg), ["departureAirport", "scheduledDepartureLocal", "arrivalAirport", "scheduledArrivalLocal"], ["departureAirport", "arrivalAirport"]);

    private static readonly JsonMembers s_traveller = new(
        nameof(Traveller),
        [
            "role", "surname", "givenNames", "address", "birthDate", "gender", "nationality", "countryOfResidence", "documents", "pnrLocator", "seat",
            "embarkationAirport", "debarkationAirport",
        ],
        ["role", "surname"]);

    private static readonly JsonMembers s_travelDocument = new(nameof(TravelDocument), ["typeCode", "number", "issuingCountry", "expiryDate"], ["typeCode", "number"]);

    private static CargoReport ReadCargoReport(ref Utf8JsonReader reader, ulong seen)
    {
        string? manifestNumber = null, functionCode = null;
        DateTimeOffset? issueDateTime = null, arrivalDateTime = null, departureDateTime = null;
        TransportMeans? transportMeans = null;
        IReadOnlyList<Party>? parties = null;
        UnLocode? loadingLocation = null, dischargeLocation = null;
        IReadOnlyList<UnLocode>? itinerary = null;
        IReadOnlyList<Consignment>? consignments = null;
        var members = new JsonObjectReader(ref reader, s_cargoReport, seen);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: reader.Skip(); break;
                case 1: manifestNumber = String(ref reader); break;
                case 2: functionCode = NullableString(ref reader); break;
                case 3: issueDateTime = NullableDateTimeOffset(ref reader); break;
                case 4: transportMeans = ReadTransportMeans(ref reader); break;
                case 5: parties = List(ref reader, ReadParty); break;
                case 6: loadingLocation = NullableCode<UnLocode>(ref reader); break;
                case 7: dischargeLocation = NullableCode<UnLocode>(ref reader); break;
                case 8: arrivalDateTime = NullableDateTimeOffset(ref reader); break;
                case 9: departureDateTime = NullableDateTimeOffset(ref reader); break;
                case 10: itinerary = List(ref reader, Code<UnLocode>); break;
                default: consignments = List(ref reader, ReadConsignment); break;
            }
        }

        return new CargoReport
        {
            ManifestNumber = manifestNumber!,
            FunctionCode = functionCode,
            IssueDateTime = issueDateTime,
            TransportMeans = transportMeans!,
            Parties = parties!,
            LoadingLocation = loadingLocation,
            DischargeLocation = dischargeLocation,
            ArrivalDateTime = arrivalDateTime,
            DepartureDateTime = departureDateTime,
            Itinerary = itinerary!,
            Consignments = consignments!,
        };
    }

    private static Consignment ReadConsignment(ref Utf8JsonReader reader)
    {
        string? masterBillOfLading = null, houseBillOfLading = null;
        Ucr? ucr = null;
        IReadOnlyList<Party>? parties = null;
        UnLocode? loadingLocation = null, dischargeLocation = null, deliveryLocation = null;
        Quantity? grossMass = null;
        int? packageQuantity = null;
        IReadOnlyList<TransportEquipment>? transportEquipment = null;
        IReadOnlyList<CargoItem>? items = null;
        var members = new JsonObjectReader(ref reader, s_consignment);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: masterBillOfLading = String(ref reader); break;
                case 1: houseBillOfLading = NullableString(ref reader); break;
                case 2: ucr = NullableCode<Ucr>(ref reader); break;
                case 3: parties = List(ref reader, ReadParty); break;
                case 4: loadingLocation = NullableCode<UnLocode>(ref reader); break;
                case 5: dischargeLocation = NullableCode<UnLocode>(ref reader); break;
                case 6: deliveryLocation = NullableCode<UnLocode>(ref reader); break;
                case 7: grossMass = ReadOptionalQuantity(ref reader); break;
                case 8: packageQuantity = NullableInt32(ref reader); break;
                case 9: transportEquipment = List(ref reader, ReadTransportEquipment); break;
                default: items = List(ref reader, ReadCargoItem); break;
            }
        }

        return new Consignment
        {
            MasterBillOfLading = masterBillOfLading!,
            HouseBillOfLading = houseBillOfLading,
            Ucr = ucr,
            Parties = parties!,
            LoadingLocation = loadingLocation,
            DischargeLocation = dischargeLocation,
            DeliveryLocation = deliveryLocation,
            GrossMass = grossMass,
            PackageQuantity = packageQuantity,
            TransportEquipment = transportEquipment!,
            Items = items!,
        };
    }

    private static CargoItem ReadCargoItem(ref Utf8JsonReader reader)
    {
        var sequenceNumber = 0;
        string? description = null;
        HsCode? commodityCode = null;
        IReadOnlyList<Packaging>? packages = null;
        Quantity? grossMass = null;
        IReadOnlyList<DangerousGoods>? dangerousGoods = null;
        IReadOnlyList<string>? equipmentIds = null;
        var members = new JsonObjectReader(ref reader, s_cargoItem);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: sequenceNumber = Int32(ref reader); break;
                case 1: description = NullableString(ref reader); break;
                case 2: commodityCode = NullableCode<HsCode>(ref reader); break;
                case 3: packages = List(ref reader, ReadPackaging); break;
                case 4: grossMass = ReadOptionalQuantity(ref reader); break;
                case 5: dangerousGoods = List(ref reader, ReadDangerousGoods); break;
                default: equipmentIds = List(ref reader, String); break;
            }
        }

        return new CargoItem
        {
            SequenceNumber = sequenceNumber,
            Description = description,
            CommodityCode = commodityCode,
            Packages = packages!,
            GrossMass = grossMass,
            DangerousGoods = dangerousGoods!,
            EquipmentIds = equipmentIds!,
        };
    }

    private static PassengerList ReadPassengerList(ref Utf8JsonReader reader, ulong seen)
    {
        PassengerListKind kind = default;
        string? documentId = null;
        Party? reportingParty = null;
        FlightIdentifier? flight = null;
        IReadOnlyList<FlightLeg>? legs = null;
        IReadOnlyList<Traveller>? travellers = null;
        int? declaredPassengerCount = null, declaredCrewCount = null;
        var members = new JsonObjectReader(ref reader, s_passengerList, seen);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: reader.Skip(); break;
                case 1: kind = Enum<PassengerListKind>(ref reader); break;
                case 2: documentId = NullableString(ref reader); break;
                case 3: reportingParty = ReadOptionalParty(ref reader); break;
                case 4: flight = ReadFlight(ref reader); break;
                case 5: legs = List(ref reader, ReadFlightLeg); break;
                case 6: travellers = List(ref reader, ReadTraveller); break;
                case 7: declaredPassengerCount = NullableInt32(ref reader); break;
                default: declaredCrewCount = NullableInt32(ref reader); break;
            }
        }

        return new PassengerList
        {
            Kind = kind,
            DocumentId = documentId,
            ReportingParty = reportingParty,
            Flight = flight!,
            Legs = legs!,
            Travellers = travellers!,
            DeclaredPassengerCount = declaredPassengerCount,
            DeclaredCrewCount = declaredCrewCount,
        };
    }

    private static FlightIdentifier ReadFlight(ref Utf8JsonReader reader)
    {
        string? carrierCode = null, flightNumber = null;
        var members = new JsonObjectReader(ref reader, s_flight);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: carrierCode = String(ref reader); break;
                default: flightNumber = String(ref reader); break;
            }
        }

        return new FlightIdentifier(carrierCode!, flightNumber!);
    }

    private static FlightLeg ReadFlightLeg(ref Utf8JsonReader reader)
    {
        AirportCode departureAirport = default, arrivalAirport = default;
        DateTime? scheduledDepartureLocal = null, scheduledArrivalLocal = null;
        var members = new JsonObjectReader(ref reader, s_flightLeg);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: departureAirport = Code<AirportCode>(ref reader); break;
                case 1: scheduledDepartureLocal = NullableDateTime(ref reader); break;
                case 2: arrivalAirport = Code<AirportCode>(ref reader); break;
                default: scheduledArrivalLocal = NullableDateTime(ref reader); break;
            }
        }

        return new FlightLeg { DepartureAirport = departureAirport, ScheduledDepartureLocal = scheduledDepartureLocal, ArrivalAirport = arrivalAirport, ScheduledArrivalLocal = scheduledArrivalLocal };
    }

    private static Traveller ReadTraveller(ref Utf8JsonReader reader)
    {
        TravellerRole role = default;
        string? surname = null, pnrLocator = null, seat = null;
        IReadOnlyList<string>? givenNames = null;
        Address? address = null;
        DateOnly? birthDate = null;
        Gender? gender = null;
        CountryCode? nationality = null, countryOfResidence = null;
        IReadOnlyList<TravelDocument>? documents = null;
        AirportCode? embarkationAirport = null, debarkationAirport = null;
        var members = new JsonObjectReader(ref reader, s_traveller);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: role = Enum<TravellerRole>(ref reader); break;
                case 1: surname = String(ref reader); break;
                case 2: givenNames = List(ref reader, String); break;
                case 3: address = NullableObject(ref reader, ReadAddress); break;
                case 4: birthDate = NullableDateOnly(ref reader); break;
                case 5: gender = NullableEnum<Gender>(ref reader); break;
                case 6: nationality = NullableCode<CountryCode>(ref reader); break;
                case 7: countryOfResidence = NullableCode<CountryCode>(ref reader); break;
                case 8: documents = List(ref reader, ReadTravelDocument); break;
                case 9: pnrLocator = NullableString(ref reader); break;
                case 10: seat = NullableString(ref reader); break;
                case 11: embarkationAirport = NullableCode<AirportCode>(ref reader); break;
                default: debarkationAirport = NullableCode<AirportCode>(ref reader); break;
            }
        }

        return new Traveller
        {
            Role = role,
            Surname = surname!,
            GivenNames = givenNames!,
            Address = address,
            BirthDate = birthDate,
            Gender = gender,
            Nationality = nationality,
            CountryOfResidence = countryOfResidence,
            Documents = documents!,
            PnrLocator = pnrLocator,
            Seat = seat,
            EmbarkationAirport = embarkationAirport,
            DebarkationAirport = debarkationAirport,
        };
    }

    private static TravelDocument ReadTravelDocument(ref Utf8JsonReader reader)
    {
        string? typeCode = null, number = null;
        CountryCode? issuingCountry = null;
        DateOnly? expiryDate = null;
        var members = new JsonObjectReader(ref reader, s_travelDocument);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: typeCode = String(ref reader); break;
                case 1: number = String(ref reader); break;
                case 2: issuingCountry = NullableCode<CountryCode>(ref reader); break;
                default: expiryDate = NullableDateOnly(ref reader); break;
            }
        }

        return new TravelDocument { TypeCode = typeCode!, Number = number!, IssuingCountry = issuingCountry, ExpiryDate = expiryDate };
    }
}
