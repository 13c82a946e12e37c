namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>Stops reading when a document exceeds a limit; turned into a diagnostic at the top.</summary>
internal sealed class XmlLimitException(string message) : Exception(message);
