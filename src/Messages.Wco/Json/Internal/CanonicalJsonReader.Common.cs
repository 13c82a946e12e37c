using System.Text.Json;
using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Wco.Json.Internal.JsonValues;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

// The parts several documents share: parties, addresses, measures, amounts, transport, references.
internal static partial class CanonicalJsonReader
{
    private static readonly JsonMembers s_quantity = new(nameof(Quantity), ["value", "unit"], ["value"]);
    private static readonly JsonMembers s_amount = new(nameof(Amount), ["value", "currency"], ["value"]);
    private static readonly JsonMembers s_party = new(nameof(Party), ["role", "id", "name", "address", "functionCode", "communication"], ["role"]);
    private static readonly JsonMembers s_address = new(nameof(Address), ["line", "cityName", "postcodeId", "country", "typeCode"], []);
    private static readonly JsonMembers s_transportMeans = new(nameof(TransportMeans), ["id", "identificationTypeCode", "name", "typeCode", "nationality", "modeCode", "conveyanceReference"], []);
    private static readonly JsonMembers s_transportEquipment = new(nameof(TransportEquipment), ["sequenceNumber", "id", "sizeTypeCode", "seals"], ["id"]);
    private static readonly JsonMembers s_additionalInformation = new(nameof(AdditionalInformation), ["statementCode", "statementDescription", "statementTypeCode", "pointers"], []);
    private static readonly JsonMembers s_pointer = new(nameof(Pointer), ["sequenceNumber", "sectionCode", "tagId"], ["sectionCode"]);
    private static readonly JsonMembers s_packaging = new(nameof(Packaging), ["sequenceNumber", "marksNumbers", "quantity", "typeCode"], []);
    private static readonly JsonMembers s_dangerousGoods = new(nameof(DangerousGoods), ["unNumber", "hazardClass"], ["unNumber"]);

    private static Quantity ReadQuantity(ref Utf8JsonReader reader)
    {
        decimal value = 0;
        string? unit = null;
        var members = new JsonObjectReader(ref reader, s_quantity);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: value = Decimal(ref reader); break;
                default: unit = NullableString(ref reader); break;
            }
        }

        return new Quantity(value, unit);
    }

    private static Quantity? ReadOptionalQuantity(ref Utf8JsonReader reader) => NullableObject(ref reader, ReadQuantity);

    private static Amount ReadAmount(ref Utf8JsonReader reader)
    {
        decimal value = 0;
        CurrencyCode? currency = null;
        var members = new JsonObjectReader(ref reader, s_amount);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: value = Decimal(ref reader); break;
                default: currency = NullableCode<CurrencyCode>(ref reader); break;
            }
        }

        return new Amount(value, currency);
    }

    private static Amount? ReadOptionalAmount(ref Utf8JsonReader reader) => NullableObject(ref reader, ReadAmount);

    private static Party ReadParty(ref Utf8JsonReader reader)
    {
        PartyRole role = default;
        string? id = null, name = null, functionCode = null, communication = null;
        Address? address = null;
        var members = new JsonObjectReader(ref reader, s_party);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: role = Enum<PartyRole>(ref reader); break;
                case 1: id = NullableString(ref reader); break;
                case 2: name = NullableString(ref reader); break;
                case 3: address = NullableObject(ref reader, ReadAddress); break;
                case 4: functionCode = NullableString(ref reader); break;
                default: communication = NullableString(ref reader); break;
            }
        }

        return new Party { Role = role, Id = id, Name = name, Address = address, FunctionCode = functionCode, Communication = communication };
    }

    private static Party? ReadOptionalParty(ref Utf8JsonReader reader) => NullableObject(ref reader, ReadParty);

    private static Address ReadAddress(ref Utf8JsonReader reader)
    {
        string? line = null, cityName = null, postcodeId = null, typeCode = null;
        CountryCode? country = null;
        var members = new JsonObjectReader(ref reader, s_address);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: line = NullableString(ref reader); break;
                case 1: cityName = NullableString(ref reader); break;
                case 2: postcodeId = NullableString(ref reader); break;
                case 3: country = NullableCode<CountryCode>(ref reader); break;
                default: typeCode = NullableString(ref reader); break;
            }
        }

        return new Address { Line = line, CityName = cityName, PostcodeId = postcodeId, Country = country, TypeCode = typeCode };
    }

    private static TransportMeans ReadTransportMeans(ref Utf8JsonReader reader)
    {
        string? id = null, identificationTypeCode = null, name = null, typeCode = null, modeCode = null, conveyanceReference = null;
        CountryCode? nationality = null;
        var members = new JsonObjectReader(ref reader, s_transportMeans);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: id = NullableString(ref reader); break;
                case 1: identificationTypeCode = NullableString(ref reader); break;
                case 2: name = NullableString(ref reader); break;
                case 3: typeCode = NullableString(ref reader); break;
                case 4: nationality = NullableCode<CountryCode>(ref reader); break;
                case 5: modeCode = NullableString(ref reader); break;
                default: conveyanceReference = NullableString(ref reader); break;
            }
        }

        return new TransportMeans
        {
            Id = id,
            IdentificationTypeCode = identificationTypeCode,
            Name = name,
            TypeCode = typeCode,
            Nationality = nationality,
            ModeCode = modeCode,
            ConveyanceReference = conveyanceReference,
        };
    }

    private static TransportMeans? ReadOptionalTransportMeans(ref Utf8JsonReader reader) => NullableObject(ref reader, ReadTransportMeans);

    private static TransportEquipment ReadTransportEquipment(ref Utf8JsonReader reader)
    {
        int? sequenceNumber = null;
        string? id = null, sizeTypeCode = null;
        IReadOnlyList<string>? seals = null;
        var members = new JsonObjectReader(ref reader, s_transportEquipment);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: sequenceNumber = NullableInt32(ref reader); break;
                case 1: id = String(ref reader); break;
                case 2: sizeTypeCode = NullableString(ref reader); break;
                default: seals = List(ref reader, String); break;
            }
        }

        return new TransportEquipment { SequenceNumber = sequenceNumber, Id = id!, SizeTypeCode = sizeTypeCode, Seals = seals! };
    }

    private static AdditionalInformation ReadAdditionalInformation(ref Utf8JsonReader reader)
    {
        string? statementCode = null, statementDescription = null, statementTypeCode = null;
        IReadOnlyList<Pointer>? pointers = null;
        var members = new JsonObjectReader(ref reader, s_additionalInformation);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: statementCode = NullableString(ref reader); break;
                case 1: statementDescription = NullableString(ref reader); break;
                case 2: statementTypeCode = NullableString(ref reader); break;
                default: pointers = List(ref reader, ReadPointer); break;
            }
        }

        return new AdditionalInformation { StatementCode = statementCode, StatementDescription = statementDescription, StatementTypeCode = statementTypeCode, Pointers = pointers! };
    }

    private static Pointer ReadPointer(ref Utf8JsonReader reader)
    {
        int? sequenceNumber = null;
        string? sectionCode = null, tagId = null;
        var members = new JsonObjectReader(ref reader, s_pointer);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: sequenceNumber = NullableInt32(ref reader); break;
                case 1: sectionCode = String(ref reader); break;
                default: tagId = NullableString(ref reader); break;
            }
        }

        return new Pointer { SequenceNumber = sequenceNumber, SectionCode = sectionCode!, TagId = tagId };
    }

    private static Packaging ReadPackaging(ref Utf8JsonReader reader)
    {
        int? sequenceNumber = null, quantity = null;
        string? marksNumbers = null, typeCode = null;
        var members = new JsonObjectReader(ref reader, s_packaging);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: sequenceNumber = NullableInt32(ref reader); break;
                case 1: marksNumbers = NullableString(ref reader); break;
                case 2: quantity = NullableInt32(ref reader); break;
                default: typeCode = NullableString(ref reader); break;
            }
        }

        return new Packaging { SequenceNumber = sequenceNumber, MarksNumbers = marksNumbers, Quantity = quantity, TypeCode = typeCode };
    }

    private static DangerousGoods ReadDangerousGoods(ref Utf8JsonReader reader)
    {
        string? unNumber = null, hazardClass = null;
        var members = new JsonObjectReader(ref reader, s_dangerousGoods);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: unNumber = String(ref reader); break;
                default: hazardClass = NullableString(ref reader); break;
            }
        }

        return new DangerousGoods { UnNumber = unNumber!, HazardClass = hazardClass };
    }
}
