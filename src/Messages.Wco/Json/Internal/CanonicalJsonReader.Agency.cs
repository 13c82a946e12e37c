using System.Text.Json;
using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Wco.Json.Internal.JsonValues;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

// The permit (LPCO) and the response.
internal static partial class CanonicalJsonReader
{
    private static readonly JsonMembers s_permit = new(
        nameof(Permit),
        [DocumentTypeMember, "permitId", "typeCode", "issuingAgency", "stage", "decisionCode", "holder", "declarationLrn", "issueDate", "expiryDate", "items"],
        ["permitId", "typeCode", "issuingAgency", "stage"]);

    private static readonly JsonMembers s_permitItem = new(nameof(PermitItem), ["sequenceNumber", "commodityCode", "description", "originCountry", "quantity"], ["sequenceNumber"]);

    private static readonly JsonMembers s_response = new(
        nameof(Response),
        [DocumentTypeMember, "functionCode", "functionalReferenceId", "issueDateTime", "statusCode", "subject", "errors", "additionalInformation"],
        ["functionCode"]);

    private static readonly JsonMembers s_responseSubject = new(nameof(ResponseSubject), ["functionalReferenceId", "id", "versionId", "acceptanceDateTime"], []);
    private static readonly JsonMembers s_responseError = new(nameof(ResponseError), ["code", "description", "pointers", "location"], ["code"]);

    private static Permit ReadPermit(ref Utf8JsonReader reader, ulong seen)
    {
        string? permitId = null, typeCode = null, issuingAgency = null, decisionCode = null;
        PermitStage stage = default;
        Party? holder = null;
        Lrn? declarationLrn = null;
        DateOnly? issueDate = null, expiryDate = null;
        IReadOnlyList<PermitItem>? items = null;
        var members = new JsonObjectReader(ref reader, s_permit, seen);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: reader.Skip(); break;
                case 1: permitId = String(ref reader); break;
                case 2: typeCode = String(ref reader); break;
                case 3: issuingAgency = String(ref reader); break;
                case 4: stage = Enum<PermitStage>(ref reader); break;
                case 5: decisionCode = NullableString(ref reader); break;
                case 6: holder = ReadOptionalParty(ref reader); break;
                case 7: declarationLrn = NullableCode<Lrn>(ref reader); break;
                case 8: issueDate = NullableDateOnly(ref reader); break;
                case 9: expiryDate = NullableDateOnly(ref reader); break;
                default: items = List(ref reader, ReadPermitItem); break;
            }
        }

        return new Permit
        {
            PermitId = permitId!,
            TypeCode = typeCode!,
            IssuingAgency = issuingAgency!,
            Stage = stage,
            DecisionCode = decisionCode,
            Holder = holder,
            DeclarationLrn = declarationLrn,
            IssueDate = issueDate,
            ExpiryDate = expiryDate,
            Items = items!,
        };
    }

    private static PermitItem ReadPermitItem(ref Utf8JsonReader reader)
    {
        var sequenceNumber = 0;
        HsCode? commodityCode = null;
        string? description = null;
        CountryCode? originCountry = null;
        Quantity? quantity = null;
        var members = new JsonObjectReader(ref reader, s_permitItem);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: sequenceNumber = Int32(ref reader); break;
                case 1: commodityCode = NullableCode<HsCode>(ref reader); break;
                case 2: description = NullableString(ref reader); break;
                case 3: originCountry = NullableCode<CountryCode>(ref reader); break;
                default: quantity = ReadOptionalQuantity(ref reader); break;
            }
        }

        return new PermitItem { SequenceNumber = sequenceNumber, CommodityCode = commodityCode, Description = description, OriginCountry = originCountry, Quantity = quantity };
    }

    private static Response ReadResponse(ref Utf8JsonReader reader, ulong seen)
    {
        string? functionCode = null, functionalReferenceId = null, statusCode = null;
        DateTimeOffset? issueDateTime = null;
        ResponseSubject? subject = null;
        IReadOnlyList<ResponseError>? errors = null;
        IReadOnlyList<AdditionalInformation>? additionalInformation = null;
        var members = new JsonObjectReader(ref reader, s_response, seen);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: reader.Skip(); break;
                case 1: functionCode = String(ref reader); break;
                case 2: functionalReferenceId = NullableString(ref reader); break;
                case 3: issueDateTime = NullableDateTimeOffset(ref reader); break;
                case 4: statusCode = NullableString(ref reader); break;
                case 5: subject = NullableObject(ref reader, ReadResponseSubject); break;
                case 6: errors = List(ref reader, ReadResponseError); break;
                default: additionalInformation = List(ref reader, ReadAdditionalInformation); break;
            }
        }

        return new Response
        {
            FunctionCode = functionCode!,
            FunctionalReferenceId = functionalReferenceId,
            IssueDateTime = issueDateTime,
            StatusCode = statusCode,
            Subject = subject,
            Errors = errors!,
            AdditionalInformation = additionalInformation!,
        };
    }

    private static ResponseSubject ReadResponseSubject(ref Utf8JsonReader reader)
    {
        string? functionalReferenceId = null, id = null, versionId = null;
        DateTimeOffset? acceptanceDateTime = null;
        var members = new JsonObjectReader(ref reader, s_responseSubject);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: functionalReferenceId = NullableString(ref reader); break;
                case 1: id = NullableString(ref reader); break;
                case 2: versionId = NullableString(ref reader); break;
                default: acceptanceDateTime = NullableDateTimeOffset(ref reader); break;
            }
        }

        return new ResponseSubject { FunctionalReferenceId = functionalReferenceId, Id = id, VersionId = versionId, AcceptanceDateTime = acceptanceDateTime };
    }

    private static ResponseError ReadResponseError(ref Utf8JsonReader reader)
    {
        string? code = null, description = null, location = null;
        IReadOnlyList<Pointer>? pointers = null;
        var members = new JsonObjectReader(ref reader, s_responseError);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: code = String(ref reader); break;
                case 1: description = NullableString(ref reader); break;
                case 2: pointers = List(ref reader, ReadPointer); break;
                default: location = NullableString(ref reader); break;
            }
        }

        return new ResponseError { Code = code!, Description = description, Pointers = pointers!, Location = location };
    }
}
