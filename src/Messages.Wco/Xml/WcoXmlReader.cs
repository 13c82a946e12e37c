using System.Xml;
using System.Xml.Schema;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml.Internal;

namespace UniPass.Gateway.Messages.Wco.Xml;

/// <summary>
/// Reads WCO DM 3.x XML in the DMS style (UK CDS) into canonical documents: declarations (DEC) and
/// responses (RES), also when a transport wrapper surrounds the <c>MetaData</c> envelope or the elements
/// carry no namespace (documentation style). Streaming and hardened: no DTD, no resolver, bounded
/// characters, depth and element count. Every finding is a diagnostic with an XPath-like pointer and
/// line/column; nothing is thrown for bad input.
/// </summary>
public static class WcoXmlReader
{
    private const string MetaDataElement = "MetaData";

    public static ReadResult<CanonicalDocument> Read(Stream input, WcoXmlReaderOptions? options = null)
    {
        options ??= WcoXmlReaderOptions.Default;
        var settings = CreateSettings(options);
        var schemaFindings = new List<Diagnostic>();
        if (options.ExternalSchemas is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = options.ExternalSchemas;
            settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings;
            settings.ValidationEventHandler += (_, e) => schemaFindings.Add(new Diagnostic(
                WcoXmlDiagnosticIds.SchemaInvalid,
                e.Severity == XmlSeverityType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                string.Empty,
                e.Message,
                e.Exception?.LineNumber ?? 0,
                e.Exception?.LinePosition ?? 0));
        }

        using var reader = XmlReader.Create(input, settings);
        var cursor = new XmlCursor(reader, options);
        CanonicalDocument? document = null;
        try
        {
            document = ReadDocument(cursor);

            // Read to the end: what follows the envelope must be well-formed too.
            cursor.Drain();
        }
        catch (XmlException e)
        {
            var id = e.Message.Contains("DTD", StringComparison.Ordinal) ? WcoXmlDiagnosticIds.DtdProhibited
                : e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || e.Message.Contains("exceed", StringComparison.OrdinalIgnoreCase) ? WcoXmlDiagnosticIds.LimitExceeded
                : WcoXmlDiagnosticIds.NotWellFormed;
            var (path, line, column) = cursor.Position();
            cursor.Report(id, DiagnosticSeverity.Error, e.Message, e.LineNumber > 0 ? (path, e.LineNumber, e.LinePosition) : (path, line, column));
            document = null;
        }
        catch (XmlLimitException e)
        {
            cursor.Report(WcoXmlDiagnosticIds.LimitExceeded, DiagnosticSeverity.Error, e.Message);
            document = null;
        }

        var diagnostics = cursor.Diagnostics.Concat(schemaFindings).ToList();
        return new ReadResult<CanonicalDocument>(document, diagnostics);
    }

    /// <summary>The reader settings every WCO DM input is read with: no DTD, no resolver, bounded size.</summary>
    internal static XmlReaderSettings CreateSettings(WcoXmlReaderOptions options) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private static CanonicalDocument? ReadDocument(XmlCursor cursor)
    {
        if (!cursor.MoveToRoot())
        {
            cursor.Report(WcoXmlDiagnosticIds.NotWellFormed, DiagnosticSeverity.Error, "the document has no root element");
            return null;
        }

        if (!FindMetaData(cursor))
        {
            return null;
        }

        if (cursor.NamespaceUri.Length == 0)
        {
            cursor.Report(WcoXmlDiagnosticIds.NoNamespace, DiagnosticSeverity.Warning, "the elements carry no namespace (documentation style); read by local name");
        }
        else if (cursor.NamespaceUri != WcoNamespaces.MetaData)
        {
            cursor.Report(WcoXmlDiagnosticIds.UnsupportedDocument, DiagnosticSeverity.Error, $"MetaData in namespace '{cursor.NamespaceUri}'; expected '{WcoNamespaces.MetaData}'");
            return null;
        }

        CanonicalDocument? document = null;
        string? typeName = null;
        var bodySeen = false;
        var depth = cursor.Enter();
        while (cursor.NextChild(depth))
        {
            switch (cursor.LocalName)
            {
                case "WCOTypeName":
                    typeName = cursor.ReadText();
                    break;
                case "Declaration" when !bodySeen:
                    bodySeen = true;
                    document = DeclarationXmlReader.Read(cursor);
                    break;
                case "Response" when !bodySeen:
                    bodySeen = true;
                    document = ResponseXmlReader.Read(cursor);
                    break;
                case "WCODataModelVersionCode" or "ResponsibleCountryCode" or "ResponsibleAgencyName" or "AgencyAssignedCustomizationCode" or "AgencyAssignedCustomizationVersionCode":
                    // Envelope metadata: the writer states its own.
                    cursor.Skip();
                    break;
                default:
                    cursor.SkipNotMapped();
                    break;
            }
        }

        if (!bodySeen)
        {
            cursor.Report(WcoXmlDiagnosticIds.UnsupportedDocument, DiagnosticSeverity.Error, $"MetaData holds no Declaration or Response (WCO type name '{typeName}')");
        }

        return document;
    }

    // UK CDS transports wrap the envelope (e.g. submitDeclarationRequest/requestDetail/MetaData): look for it, depth-first.
    private static bool FindMetaData(XmlCursor cursor)
    {
        if (cursor.LocalName == MetaDataElement)
        {
            return true;
        }

        var depth = cursor.Enter();
        while (cursor.NextChild(depth, ignoreText: true))
        {
            if (cursor.LocalName == MetaDataElement || FindMetaDataBelow(cursor))
            {
                return true;
            }
        }

        cursor.Report(WcoXmlDiagnosticIds.UnsupportedDocument, DiagnosticSeverity.Error, "no WCO MetaData element found");
        return false;
    }

    private static bool FindMetaDataBelow(XmlCursor cursor)
    {
        var depth = cursor.Enter();
        while (cursor.NextChild(depth, ignoreText: true))
        {
            if (cursor.LocalName == MetaDataElement || FindMetaDataBelow(cursor))
            {
                return true;
            }
        }

        return false;
    }
}
