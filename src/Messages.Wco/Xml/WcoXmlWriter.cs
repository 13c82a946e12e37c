using System.Text;
using System.Xml;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml.Internal;

namespace UniPass.Gateway.Messages.Wco.Xml;

/// <summary>
/// Writes canonical declarations and responses as WCO DM 3.x XML in the DMS style: the <c>MetaData</c>
/// envelope with a DEC <c>Declaration</c> or a RES <c>Response</c>, elements in the order the WCO
/// schemas prescribe, so that the output validates against <c>schemas/wco/</c> and the UK CDS schemas.
/// </summary>
public static class WcoXmlWriter
{
    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> as UTF-8.</summary>
    /// <exception cref="ArgumentException">
    /// The document is neither a declaration nor a response, or one of its values holds a character XML 1.0 cannot carry
    /// (a control character read from JSON); the message names the element and the position.
    /// </exception>
    public static void Write(CanonicalDocument document, Stream output, WcoXmlWriterOptions? options = null)
    {
        options ??= WcoXmlWriterOptions.Default;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = options.Indent, CloseOutput = false };
        using var writer = XmlWriter.Create(output, settings);
        writer.WriteStartDocument();
        switch (document)
        {
            case Declaration declaration:
                WriteMetaData(writer, options, "DEC");
                new DeclarationXmlWriter(writer).Write(declaration);
                break;
            case Response response:
                WriteMetaData(writer, options, "RES");
                ResponseXmlWriter.Write(writer, response);
                break;
            default:
                throw new ArgumentException($"WCO DM XML is written for declarations and responses, not for a {document.DocumentType}.", nameof(document));
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    public static string WriteString(CanonicalDocument document, WcoXmlWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(document, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The index of the first character of <paramref name="text"/> that XML 1.0 cannot carry, not even as a character
    /// reference (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; an unpaired surrogate), or -1.
    /// </summary>
    public static int IndexOfUncarriable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>True for the documents WCO DM XML can carry.</summary>
    public static bool CanWrite(CanonicalDocument document) => document is Declaration or Response;

    private static void WriteMetaData(XmlWriter writer, WcoXmlWriterOptions options, string typeName)
    {
        writer.WriteStartElement("md", "MetaData", WcoNamespaces.MetaData);
        writer.WriteElementString("md", "WCODataModelVersionCode", WcoNamespaces.MetaData, options.DataModelVersion);
        writer.WriteElementString("md", "WCOTypeName", WcoNamespaces.MetaData, typeName);
        if (options.ResponsibleCountryCode is not null)
        {
            writer.WriteElementString("md", "ResponsibleCountryCode", WcoNamespaces.MetaData, options.ResponsibleCountryCode);
        }

        if (options.ResponsibleAgencyName is not null)
        {
            writer.WriteElementString("md", "ResponsibleAgencyName", WcoNamespaces.MetaData, options.ResponsibleAgencyName);
        }

        if (options.CustomizationVersionCode is not null)
        {
            writer.WriteElementString("md", "AgencyAssignedCustomizationVersionCode", WcoNamespaces.MetaData, options.CustomizationVersionCode);
        }
    }
}
