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
        ArgumentNullException.ThrowIfNull(input);
        options ??= WcoXmlReaderOptions.Default;
        var settings = CreateSettings(options);
        var schemaFindings = new List<Diagnostic>();
        XmlCursor? cursor = null;
        if (options.ExternalSchemas is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = options.ExternalSchemas;

            // Add to the defaults (identity constraints, xml: attributes) rather than replace them.
            settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
            settings.ValidationEventHandler += (_, e) => schemaFindings.Add(new Diagnostic(
                WcoXmlDiagnosticIds.SchemaInvalid,
                e.Severity == XmlSeverityType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                cursor?.ReaderPath() ?? string.Empty,
                e.Message,
                e.Exception?.LineNumber ?? 0,
                e.Exception?.LinePosition ?? 0));
        }

        // The size budget is enforced on the bytes, so that exceeding it is our own exception and never a reader
        // message to interpret; characters never outnumber the bytes that encode them, so the reader's own
        // character limit (kept as a backstop) is never reached first.
        using var budget = new ByteBudgetStream(input, options.MaxCharacters);
        XmlReader reader;
        try
        {
            // Creating the reader already reads the first block (encoding detection).
            reader = XmlReader.Create(budget, settings);
        }
        catch (XmlLimitException e)
        {
            return ReadResult<CanonicalDocument>.Failed(new Diagnostic(WcoXmlDiagnosticIds.LimitExceeded, DiagnosticSeverity.Error, string.Empty, e.Message));
        }

        using var owned = reader;
        cursor = new XmlCursor(reader, options);
        CanonicalDocument? document = null;
        try
        {
            document = ReadDocument(cursor);

            // Read to the end: what follows the envelope must be well-formed too.
            cursor.Drain();
        }
        catch (XmlException e)
        {
            var id = XmlFailure.IsDtdProhibited(e) ? WcoXmlDiagnosticIds.DtdProhibited : WcoXmlDiagnosticIds.NotWellFormed;
            if (e.LineNumber > 0)
            {
                cursor.Report(id, DiagnosticSeverity.Error, e.Message, e.LineNumber, e.LinePosition);
            }
            else
            {
                cursor.Report(id, DiagnosticSeverity.Error, e.Message);
            }

            document = null;
        }
        catch (XmlLimitException e)
        {
            cursor.Report(WcoXmlDiagnosticIds.LimitExceeded, DiagnosticSeverity.Error, e.Message);
            document = null;
        }

        var diagnostics = schemaFindings.Count == 0 ? cursor.Diagnostics : cursor.Diagnostics.Concat(schemaFindings).ToList();
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
        var documentationStyle = cursor.NamespaceUri.Length == 0;
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
                    document = ReadBody(cursor, documentationStyle, WcoNamespaces.Declaration, WcoNamespaces.DeclarationDataTypes, DeclarationXmlReader.Read);
                    break;
                case "Response" when !bodySeen:
                    bodySeen = true;
                    document = ReadBody(cursor, documentationStyle, WcoNamespaces.Response, WcoNamespaces.ResponseDataTypes, ResponseXmlReader.Read);
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

    // The body must be in its WCO namespace (or, in a documentation-style document, in none): a Declaration of
    // another vocabulary is not read as ours. Below it, elements of other namespaces are reported and skipped.
    private static CanonicalDocument? ReadBody(XmlCursor cursor, bool documentationStyle, string bodyNamespace, string dataTypesNamespace, Func<XmlCursor, CanonicalDocument?> read)
    {
        var expected = documentationStyle ? string.Empty : bodyNamespace;
        if (cursor.NamespaceUri != expected)
        {
            cursor.Report(WcoXmlDiagnosticIds.UnsupportedDocument, DiagnosticSeverity.Error, $"{cursor.LocalName} in namespace '{cursor.NamespaceUri}'; expected '{expected}'");
            cursor.Skip();
            return null;
        }

        var previous = cursor.ExpectNamespaces(documentationStyle ? [string.Empty] : [bodyNamespace, dataTypesNamespace]);
        try
        {
            return read(cursor);
        }
        finally
        {
            cursor.RestoreNamespaces(previous);
        }
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
