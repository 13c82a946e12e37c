using System.Xml;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>
/// Tells what an <see cref="XmlException"/> means without matching its English wording: the reader's message for a
/// prohibited DTD is taken from the running reader itself (it carries no line information, so it is the same text
/// every time), whatever the framework version or its resources say.
/// </summary>
internal static class XmlFailure
{
    private static readonly Lazy<string> s_dtdProhibited = new(ProbeDtdProhibited);

    public static bool IsDtdProhibited(XmlException e) => string.Equals(e.Message, s_dtdProhibited.Value, StringComparison.Ordinal);

    private static string ProbeDtdProhibited()
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader("<!DOCTYPE a><a/>"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            return e.Message;
        }

        // A reader that accepts the DTD would have to be configured so; no message then matches.
        return string.Empty;
    }
}
