using System.Text;
using System.Text.Json;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>
/// Strict canonical JSON straight from <see cref="Utf8JsonReader"/> into the canonical records: member names matched
/// as UTF-8, values parsed by the reader's own parsers, no intermediate objects and no path kept while reading. The
/// first finding stops the read; its JSON pointer and position are worked out from the offset of the token at fault.
/// The rules are those of the source-generated contract (<see cref="CanonicalJsonContext"/>): duplicate and unknown
/// members, missing required members, nulls where the model has none, JSON types and shapes, enums by name, depth.
/// A list member that is absent reads as null, as the source-generated contract reads it (it sets every init-only
/// member, to its default when absent), so it writes back as absent and JSON → canonical → JSON is exact.
/// </summary>
internal static partial class CanonicalJsonReader
{
    internal const string DocumentTypeMember = "documentType";

    // Every document's member table has documentType first.
    private const ulong DocumentTypeRead = 1;

    private static readonly JsonReaderOptions s_options = new() { MaxDepth = CanonicalJson.MaxDepth };

    private static readonly byte[][] s_documentTypes = [.. CanonicalJsonSchema.Documents.Select(d => Encoding.UTF8.GetBytes(d.DocumentType))];

    /// <summary>The member table of every object the reader reads, by model type (the contract test holds them to the model).</summary>
    /// <remarks>Made on each call: the tables are initialised in other parts of this class, in an order C# leaves open.</remarks>
    internal static IReadOnlyDictionary<Type, JsonMembers> Members() => new Dictionary<Type, JsonMembers>
    {
        [typeof(Declaration)] = s_declaration,
        [typeof(GoodsItem)] = s_goodsItem,
        [typeof(Authorisation)] = s_authorisation,
        [typeof(Guarantee)] = s_guarantee,
        [typeof(DocumentReference)] = s_documentReference,
        [typeof(Amendment)] = s_amendment,
        [typeof(GoodsLocation)] = s_goodsLocation,
        [typeof(TradeTerms)] = s_tradeTerms,
        [typeof(Warehouse)] = s_warehouse,
        [typeof(PreviousDocument)] = s_previousDocument,
        [typeof(Classification)] = s_classification,
        [typeof(GovernmentProcedure)] = s_procedure,
        [typeof(DutyTaxFee)] = s_dutyTaxFee,
        [typeof(Quantity)] = s_quantity,
        [typeof(Amount)] = s_amount,
        [typeof(Party)] = s_party,
        [typeof(Address)] = s_address,
        [typeof(TransportMeans)] = s_transportMeans,
        [typeof(TransportEquipment)] = s_transportEquipment,
        [typeof(AdditionalInformation)] = s_additionalInformation,
        [typeof(Pointer)] = s_pointer,
        [typeof(Packaging)] = s_packaging,
        [typeof(DangerousGoods)] = s_dangerousGoods,
        [typeof(CargoReport)] = s_cargoReport,
        [typeof(Consignment)] = s_consignment,
        [typeof(CargoItem)] = s_cargoItem,
        [typeof(PassengerList)] = s_passengerList,
        [typeof(FlightIdentifier)] = s_flight,
        [typeof(FlightLeg)] = s_flightLeg,
        [typeof(Traveller)] = s_traveller,
        [typeof(TravelDocument)] = s_travelDocument,
        [typeof(Permit)] = s_permit,
        [typeof(PermitItem)] = s_permitItem,
        [typeof(Response)] = s_response,
        [typeof(ResponseSubject)] = s_responseSubject,
        [typeof(ResponseError)] = s_responseError,
    };

    public static ReadResult<CanonicalDocument> Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, s_options);
        try
        {
            var document = ReadRoot(ref reader);

            // Whitespace may follow the document, nothing else (the reader throws on anything else).
            reader.Read();
            return new ReadResult<CanonicalDocument>(document, []);
        }
        catch (JsonReadFailure failure)
        {
            var (line, column) = JsonPointerLocator.LineAndColumn(utf8Json, failure.Offset);
            var pointer = failure.Pointer ?? JsonPointerLocator.PointerAt(utf8Json, failure.Offset);
            return ReadResult<CanonicalDocument>.Failed(new Diagnostic(failure.Id, DiagnosticSeverity.Error, pointer, failure.Message, line, column));
        }
        catch (JsonException e)
        {
            // The reader's own failure, syntax or depth; the pointer is that of the last token it read.
            var pointer = reader.TokenType == JsonTokenType.None ? string.Empty : JsonPointerLocator.PointerAt(utf8Json, reader.TokenStartIndex);
            var line = e.LineNumber is { } l ? (int)l + 1 : 0;
            var column = e.BytePositionInLine is { } c ? (int)c + 1 : 0;
            return ReadResult<CanonicalDocument>.Failed(new Diagnostic(JsonDiagnostics.ClassifyReaderFailure(utf8Json), DiagnosticSeverity.Error, pointer, JsonDiagnostics.Trim(e.Message), line, column));
        }
        catch (InvalidOperationException) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // A string that does not decode (not valid UTF-8, a lone surrogate escaped), found when the reader decodes it.
            var (line, column) = JsonPointerLocator.LineAndColumn(utf8Json, reader.TokenStartIndex);
            var pointer = JsonPointerLocator.PointerAt(utf8Json, reader.TokenStartIndex);
            return ReadResult<CanonicalDocument>.Failed(new Diagnostic(JsonDiagnosticIds.TypeMismatch, DiagnosticSeverity.Error, pointer, "the string is not valid UTF-8 or escapes a lone surrogate", line, column));
        }
    }

    private static CanonicalDocument ReadRoot(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Mismatch(ref reader, "an object");
        }

        // The reader is a struct: a copy is a bookmark to come back to.
        var start = reader;
        reader.Read();
        if (reader.TokenType == JsonTokenType.PropertyName && IsDocumentType(ref reader))
        {
            // documentType first, as the writer puts it: one pass.
            reader.Read();
            return ReadDocument(ref reader, DocumentKind(ref reader), DocumentTypeRead);
        }

        // Elsewhere or absent: only such documents pay for looking ahead at the root's members.
        var scan = start;
        var kind = FindDocumentType(ref scan);
        reader = start;
        return ReadDocument(ref reader, kind, 0);
    }

    private static CanonicalDocument ReadDocument(ref Utf8JsonReader reader, int kind, ulong seen) => kind switch
    {
        0 => ReadDeclaration(ref reader, seen),
        1 => ReadCargoReport(ref reader, seen),
        2 => ReadPassengerList(ref reader, seen),
        3 => ReadPermit(ref reader, seen),
        _ => ReadResponse(ref reader, seen),
    };

    private static int FindDocumentType(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDocumentType = IsDocumentType(ref reader);
            reader.Read();
            if (isDocumentType)
            {
                return DocumentKind(ref reader);
            }

            reader.Skip();
        }

        throw new JsonReadFailure(
            JsonDiagnosticIds.UnknownDocumentType,
            $"the document has no {DocumentTypeMember}; expected one of {DocumentTypeList()}",
            reader.TokenStartIndex,
            "/" + DocumentTypeMember);
    }

    private static bool IsDocumentType(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? reader.ValueTextEquals(DocumentTypeMember) : reader.ValueSpan.SequenceEqual("documentType"u8);

    // The index of the kind in CanonicalJsonSchema.Documents.
    private static int DocumentKind(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < s_documentTypes.Length; i++)
            {
                if (reader.ValueTextEquals(s_documentTypes[i]))
                {
                    return i;
                }
            }

            throw new JsonReadFailure(JsonDiagnosticIds.UnknownDocumentType, $"'{reader.GetString()}' is not a document type; expected one of {DocumentTypeList()}", reader.TokenStartIndex);
        }

        throw JsonValues.Mismatch(ref reader, $"the document type ({DocumentTypeList()}) as a string");
    }

    private static string DocumentTypeList() => string.Join(", ", CanonicalJsonSchema.Documents.Select(d => d.DocumentType));
}
