using System.Xml;

namespace UniPass.Gateway.Routing.Detection.Internal;

/// <summary>
/// Reads the XML document element (and, for a WCO DocumentMetaData wrapper, the wrapped document)
/// with a hardened reader: no DTD, no external resolution, bounded size. Never throws.
/// </summary>
internal static class XmlRootPeek
{
    // WCO Data Model XML namespaces start with this URN (e.g. urn:wco:datamodel:WCO:DEC-DMS:2).
    private const string WcoNamespacePrefix = "urn:wco:datamodel:";
    private const string MetaDataWrapper = "MetaData";
    private const int MaxDepthScanned = 3;

    public static DetectionResult Read(ReadOnlySpan<byte> content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 0,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        var bytes = content.Length > FormatDetector.MaxPeekBytes ? content[..FormatDetector.MaxPeekBytes] : content;
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            string? rootName = null, rootNamespace = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (rootName is null)
                {
                    rootName = reader.LocalName;
                    rootNamespace = reader.NamespaceURI;
                    if (rootName != MetaDataWrapper)
                    {
                        break;
                    }

                    continue;
                }

                if (reader.Depth > MaxDepthScanned)
                {
                    break;
                }

                // The CDS wrapper carries DocumentMetaData elements and then the wrapped document in its own namespace.
                if (reader.NamespaceURI != rootNamespace && IsWco(reader.NamespaceURI))
                {
                    return new DetectionResult(MessageFormat.WcoXml, reader.LocalName, XmlNamespace: reader.NamespaceURI);
                }
            }

            if (rootName is null)
            {
                return new DetectionResult(MessageFormat.Xml);
            }

            return new DetectionResult(IsWco(rootNamespace) ? MessageFormat.WcoXml : MessageFormat.Xml, rootName, XmlNamespace: rootNamespace);
        }
        catch (XmlException)
        {
            // Not well-formed (or truncated by the peek limit before the root): still XML; validation reports where.
            return new DetectionResult(MessageFormat.Xml);
        }
    }

    private static bool IsWco(string? ns) => ns is not null && ns.StartsWith(WcoNamespacePrefix, StringComparison.Ordinal);
}
