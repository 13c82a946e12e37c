using System.Globalization;
using System.Text;
using System.Xml;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>
/// A WCO Data Model response (RES) rejecting the submission: function code 03 (rejected), the tracking
/// id as functional reference, one Error per finding with its validation code and pointer.
/// </summary>
internal static class WcoRejection
{
    private const string Namespace = "urn:wco:datamodel:WCO:RES-DMS:2";

    // WCO DM 3.x D017 function code: 03 = rejected.
    private const string FunctionRejected = "03";

    public static byte[] Write(PipelineContext context, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("Response", Namespace);
            xml.WriteElementString("FunctionCode", Namespace, FunctionRejected);
            xml.WriteElementString("FunctionalReferenceID", Namespace, context.Entry.MessageId.ToString());
            xml.WriteStartElement("IssueDateTime", Namespace);
            xml.WriteStartElement("DateTimeString", Namespace);
            xml.WriteAttributeString("formatCode", "304");
            xml.WriteString(now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z");
            xml.WriteEndElement();
            xml.WriteEndElement();
            foreach (var finding in context.Findings)
            {
                xml.WriteStartElement("Error", Namespace);
                xml.WriteElementString("Description", Namespace, finding.Message);
                xml.WriteElementString("ValidationCode", Namespace, finding.Id);
                xml.WriteStartElement("Pointer", Namespace);
                xml.WriteElementString("DocumentSectionCode", Namespace, finding.Location);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
