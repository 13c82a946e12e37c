using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Wco.Xml.Internal.CommonXmlReader;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>Maps a WCO DM RES <c>Response</c> (UK CDS notifications) onto the canonical <see cref="Response"/>.</summary>
internal static class ResponseXmlReader
{
    public static Response? Read(XmlCursor cursor)
    {
        var position = cursor.Mark();
        string? functionCode = null, reference = null, status = null;
        DateTimeOffset? issued = null;
        ResponseSubject? subject = null;
        var errors = new List<ResponseError>();
        var information = new List<AdditionalInformation>();
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "FunctionCode":
                    functionCode = cursor.ReadText();
                    break;
                case "FunctionalReferenceID":
                    reference = cursor.ReadText();
                    break;
                case "IssueDateTime":
                    issued = ReadDateTime(cursor);
                    break;
                case "AdditionalInformation":
                    information.Add(ReadAdditionalInformation(cursor));
                    break;
                case "Error":
                    errors.Add(ReadError(cursor));
                    break;
                case "Status":
                    status = ReadChildText(cursor, "NameCode");
                    break;
                case "Declaration":
                    subject = ReadSubject(cursor);
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        if (functionCode is null)
        {
            cursor.Report(WcoXmlDiagnosticIds.MissingElement, DiagnosticSeverity.Error, "the response has no FunctionCode", position);
            return null;
        }

        return new Response
        {
            FunctionCode = functionCode,
            FunctionalReferenceId = reference,
            IssueDateTime = issued,
            StatusCode = status,
            Subject = subject,
            Errors = errors,
            AdditionalInformation = information,
        };
    }

    private static ResponseError ReadError(XmlCursor cursor)
    {
        string? code = null, description = null;
        var pointers = new List<Pointer>();
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "ValidationCode":
                    code = cursor.ReadText();
                    break;
                case "Description":
                    description = cursor.ReadText();
                    break;
                case "Pointer":
                    pointers.Add(ReadPointer(cursor));
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        return new ResponseError { Code = code ?? string.Empty, Description = description, Pointers = pointers };
    }

    private static ResponseSubject ReadSubject(XmlCursor cursor)
    {
        DateTimeOffset? accepted = null;
        string? reference = null, id = null, version = null;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "AcceptanceDateTime":
                    accepted = ReadDateTime(cursor);
                    break;
                case "FunctionalReferenceID":
                    reference = cursor.ReadText();
                    break;
                case "ID":
                    id = cursor.ReadText();
                    break;
                case "VersionID":
                    version = cursor.ReadText();
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        return new ResponseSubject { AcceptanceDateTime = accepted, FunctionalReferenceId = reference, Id = id, VersionId = version };
    }
}
