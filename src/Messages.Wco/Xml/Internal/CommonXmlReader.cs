using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>Readers of the WCO DM classes declarations and responses share (party, address, pointer, documents...).</summary>
internal static class CommonXmlReader
{
    public static Party ReadParty(XmlCursor cursor, PartyRole role)
    {
        string? id = null, name = null, functionCode = null, communication = null;
        Address? address = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "ID":
                    id = cursor.ReadText();
                    break;
                case "Name":
                    name = cursor.ReadText();
                    break;
                case "FunctionCode":
                    functionCode = cursor.ReadText();
                    break;
                case "Address":
                    address = ReadAddress(cursor);
                    break;
                case "Communication":
                    communication = ReadChildText(cursor, "ID");
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        return new Party { Role = role, Id = id, Name = name, Address = address, FunctionCode = functionCode, Communication = communication };
    }

    public static Address ReadAddress(XmlCursor cursor)
    {
        string? line = null, city = null, postcode = null, type = null;
        CountryCode? country = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "Line":
                    line = cursor.ReadText();
                    break;
                case "CityName":
                    city = cursor.ReadText();
                    break;
                case "PostcodeID":
                    postcode = cursor.ReadText();
                    break;
                case "CountryCode":
                    country = cursor.ReadCode<CountryCode>();
                    break;
                case "TypeCode":
                    type = cursor.ReadText();
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        return new Address { Line = line, CityName = city, PostcodeId = postcode, Country = country, TypeCode = type };
    }

    public static Pointer ReadPointer(XmlCursor cursor)
    {
        int? sequence = null;
        string? section = null, tag = null;
        var position = cursor.Mark();
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "SequenceNumeric":
                    sequence = cursor.ReadInt();
                    break;
                case "DocumentSectionCode":
                    section = cursor.ReadText();
                    break;
                case "TagID":
                    tag = cursor.ReadText();
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        if (section is null)
        {
            cursor.Report(WcoXmlDiagnosticIds.MissingElement, DiagnosticSeverity.Error, "a Pointer needs its DocumentSectionCode", position);
        }

        return new Pointer { SequenceNumber = sequence, SectionCode = section ?? string.Empty, TagId = tag };
    }

    public static AdditionalInformation ReadAdditionalInformation(XmlCursor cursor)
    {
        string? code = null, description = null, type = null;
        var pointers = new List<Pointer>();
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "StatementCode":
                    code = cursor.ReadText();
                    break;
                case "StatementDescription":
                    description = cursor.ReadText();
                    break;
                case "StatementTypeCode":
                    type = cursor.ReadText();
                    break;
                case "Pointer":
                    pointers.Add(ReadPointer(cursor));
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        return new AdditionalInformation { StatementCode = code, StatementDescription = description, StatementTypeCode = type, Pointers = pointers };
    }

    public static Amendment ReadAmendment(XmlCursor cursor)
    {
        string? reason = null;
        var pointers = new List<Pointer>();
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "ChangeReasonCode":
                    reason = cursor.ReadText();
                    break;
                case "Pointer":
                    pointers.Add(ReadPointer(cursor));
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        return new Amendment { ChangeReasonCode = reason ?? string.Empty, Pointers = pointers };
    }

    public static DocumentReference ReadAdditionalDocument(XmlCursor cursor)
    {
        string? category = null, type = null, id = null, name = null, exemption = null;
        Quantity? writeOff = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "CategoryCode":
                    category = cursor.ReadText();
                    break;
                case "TypeCode":
                    type = cursor.ReadText();
                    break;
                case "ID":
                    id = cursor.ReadText();
                    break;
                case "Name":
                    name = cursor.ReadText();
                    break;
                case "LPCOExemptionCode":
                    exemption = cursor.ReadText();
                    break;
                case "WriteOff":
                    var writeOffDepth = cursor.Enter();
                    while (cursor.NextChild(writeOffDepth))
                    {
                        if (cursor.LocalName == "QuantityQuantity")
                        {
                            writeOff = ReadQuantity(cursor);
                        }
                        else
                        {
                            cursor.SkipNotMapped();
                        }
                    }

                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        return new DocumentReference { CategoryCode = category, TypeCode = type, Id = id, Name = name, LpcoExemptionCode = exemption, WriteOffQuantity = writeOff };
    }

    public static PreviousDocument ReadPreviousDocument(XmlCursor cursor)
    {
        string? category = null, type = null, id = null;
        int? line = null;
        var position = cursor.Mark();
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "CategoryCode":
                    category = cursor.ReadText();
                    break;
                case "TypeCode":
                    type = cursor.ReadText();
                    break;
                case "ID":
                    id = cursor.ReadText();
                    break;
                case "LineNumeric":
                    line = cursor.ReadInt();
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        if (id is null)
        {
            cursor.Report(WcoXmlDiagnosticIds.MissingElement, DiagnosticSeverity.Error, "a PreviousDocument needs its ID", position);
        }

        return new PreviousDocument { CategoryCode = category, TypeCode = type, Id = id ?? string.Empty, LineNumber = line };
    }

    public static Quantity? ReadQuantity(XmlCursor cursor)
    {
        var value = cursor.ReadDecimal(out var unit, "unitCode");
        return value is { } v ? new Quantity(v, unit) : null;
    }

    public static Amount? ReadAmount(XmlCursor cursor)
    {
        var position = cursor.Mark();
        var value = cursor.ReadDecimal(out var currency, "currencyID");
        return value is { } v ? new Amount(v, cursor.Code<CurrencyCode>(currency, position)) : null;
    }

    /// <summary>Reads a <c>DateTimeString</c> wrapper (e.g. <c>IssueDateTime</c>).</summary>
    public static DateTimeOffset? ReadDateTime(XmlCursor cursor)
    {
        DateTimeOffset? result = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName == "DateTimeString")
            {
                var format = cursor.Attribute("formatCode");
                var position = cursor.Mark();
                var text = cursor.ReadText();
                if (WcoDateTime.TryParse(text, format, out var value))
                {
                    result = value;
                }
                else
                {
                    cursor.Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Error, $"'{text}' is not a date/time of format {format ?? "304"}", position);
                }
            }
            else
            {
                cursor.SkipNotMapped();
            }
        }

        return result;
    }

    /// <summary>Reads the text of the one child <paramref name="name"/> of the current element (e.g. <c>ExitOffice/ID</c>).</summary>
    public static string? ReadChildText(XmlCursor cursor, string name)
    {
        string? result = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName == name)
            {
                result = cursor.ReadText();
            }
            else
            {
                cursor.SkipNotMapped();
            }
        }

        return result;
    }

    public static T? ReadChildCode<T>(XmlCursor cursor, string name)
        where T : struct, ICodeValue<T>
    {
        T? result = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName == name)
            {
                result = cursor.ReadCode<T>();
            }
            else
            {
                cursor.SkipNotMapped();
            }
        }

        return result;
    }

    /// <summary>
    /// Reads the text of child <paramref name="name"/>, taking a <c>SequenceNumeric</c> beside it as the position
    /// it already has in document order (Itinerary, Seal, item TransportEquipment); the writer numbers them 1..n again.
    /// </summary>
    public static string? ReadSequencedText(XmlCursor cursor, string name)
    {
        string? result = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            if (cursor.LocalName == name)
            {
                result = cursor.ReadText();
            }
            else if (cursor.LocalName == "SequenceNumeric")
            {
                cursor.ReadInt();
            }
            else
            {
                cursor.SkipNotMapped();
            }
        }

        return result;
    }

    public static TransportMeans ReadTransportMeans(XmlCursor cursor)
    {
        string? id = null, idType = null, name = null, type = null, mode = null;
        CountryCode? nationality = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "ID":
                    id = cursor.ReadText();
                    break;
                case "IdentificationTypeCode":
                    idType = cursor.ReadText();
                    break;
                case "Name":
                    name = cursor.ReadText();
                    break;
                case "TypeCode":
                    type = cursor.ReadText();
                    break;
                case "RegistrationNationalityCode":
                    nationality = cursor.ReadCode<CountryCode>();
                    break;
                case "ModeCode":
                    mode = cursor.ReadText();
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        return new TransportMeans { Id = id, IdentificationTypeCode = idType, Name = name, TypeCode = type, Nationality = nationality, ModeCode = mode };
    }
}
