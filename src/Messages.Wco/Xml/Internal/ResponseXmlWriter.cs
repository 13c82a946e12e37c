using System.Xml;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>Writes a canonical <see cref="Response"/> as a WCO DM RES <c>Response</c>, in the schema's element order.</summary>
internal static class ResponseXmlWriter
{
    public static void Write(XmlWriter writer, Response response)
    {
        var w = new XmlElementWriter(writer, WcoNamespaces.Response, WcoNamespaces.ResponseDataTypes);
        writer.WriteStartElement(string.Empty, "Response", WcoNamespaces.Response);
        w.Text("FunctionCode", response.FunctionCode);
        w.Text("FunctionalReferenceID", response.FunctionalReferenceId);
        w.DateTime("IssueDateTime", response.IssueDateTime);
        w.Information(response.AdditionalInformation, withPointers: true);
        foreach (var error in response.Errors)
        {
            w.Start("Error");
            w.Text("Description", error.Description);
            w.Text("ValidationCode", error.Code);
            w.Pointers(error.Pointers);
            w.End();
        }

        if (response.StatusCode is not null)
        {
            w.Wrapped("Status", "NameCode", response.StatusCode);
        }

        if (response.Subject is { } subject)
        {
            w.Start("Declaration");
            w.DateTime("AcceptanceDateTime", subject.AcceptanceDateTime);
            w.Text("FunctionalReferenceID", subject.FunctionalReferenceId);
            w.Text("ID", subject.Id);
            w.Text("VersionID", subject.VersionId);
            w.End();
        }

        writer.WriteEndElement();
    }
}
