namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>
/// Where an element is, cheaply: its level, local name and position among same-named siblings, line and column.
/// <see cref="XmlCursor"/> turns it into an XPath-like pointer only when a finding is reported.
/// </summary>
internal readonly record struct XmlMark(int Level, string Name, int Index, int Line, int Column);
