using System.Globalization;
using System.Text;
using System.Xml;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>
/// A forward-only walk over a hardened <see cref="XmlReader"/> that knows where it is: an XPath-like
/// path with sibling positions, line and column, depth and element budgets. Mapping code asks it for
/// children and values; findings go to its diagnostics, limits stop the read.
/// </summary>
/// <remarks>
/// Contract of every read: it starts on a start element and ends on the node after that element's end,
/// with the path popped. <see cref="Enter"/> + <see cref="NextChild"/> walk an element's children.
/// </remarks>
internal sealed class XmlCursor
{
    private readonly XmlReader _reader;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly WcoXmlReaderOptions _options;
    // The open elements, by level: name and position among same-named siblings, and the names counted below each.
    private string[] _names = new string[16];
    private int[] _positions = new int[16];
    private SiblingNames[] _siblings = new SiblingNames[17];
    private int _level;
    private int _elements;
    private string[]? _allowedNamespaces;

    public XmlCursor(XmlReader reader, WcoXmlReaderOptions options)
    {
        _reader = reader;
        _lineInfo = reader as IXmlLineInfo;
        _options = options;
    }

    public List<Diagnostic> Diagnostics { get; } = [];

    public string LocalName => _reader.LocalName;

    public string NamespaceUri => _reader.NamespaceURI;

    /// <summary>Moves to the document element; false when there is none.</summary>
    public bool MoveToRoot()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                Push();
                return true;
            }
        }

        return false;
    }

    /// <summary>Starts walking the children of the current element; returns the token <see cref="NextChild"/> needs.</summary>
    public int Enter() => _reader.Depth;

    /// <summary>
    /// Advances to the next child element of the element entered at <paramref name="depth"/>; false (and past its end) when
    /// none is left. Text between child elements is reported unless <paramref name="ignoreText"/> (wrappers we only search).
    /// </summary>
    public bool NextChild(int depth, bool ignoreText = false)
    {
        if (_reader.NodeType == XmlNodeType.Element && _reader.Depth == depth)
        {
            if (_reader.IsEmptyElement)
            {
                // Leave the element before reading on: a syntax error just after it belongs to its parent.
                Pop();
                _reader.Read();
                return false;
            }

            _reader.Read();
        }

        while (true)
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element when _reader.Depth == depth + 1:
                    Push();
                    if (_allowedNamespaces is null || IsAllowed(_reader.NamespaceURI))
                    {
                        return true;
                    }

                    Report(WcoXmlDiagnosticIds.NotMapped, DiagnosticSeverity.Warning, $"'{_reader.LocalName}' in namespace '{_reader.NamespaceURI}' is not part of the document's WCO schema; skipped");
                    Skip();
                    continue;
                case XmlNodeType.EndElement when _reader.Depth == depth:
                    Pop();
                    _reader.Read();
                    return false;
                case XmlNodeType.None:
                    return false;
                case XmlNodeType.Text or XmlNodeType.CDATA when _reader.Depth == depth + 1 && !ignoreText:
                    Report(WcoXmlDiagnosticIds.NotMapped, DiagnosticSeverity.Warning, "text between elements was ignored");
                    break;
            }

            if (!_reader.Read())
            {
                return false;
            }
        }
    }

    /// <summary>
    /// From here on, child elements must be in one of <paramref name="namespaces"/> (the document's own and its data-type
    /// namespace); others are reported and skipped. Null accepts every namespace. Returns the previous setting.
    /// </summary>
    public string[]? ExpectNamespaces(params string[]? namespaces)
    {
        var previous = _allowedNamespaces;
        _allowedNamespaces = namespaces?.Select(n => _reader.NameTable.Add(n)).ToArray();
        return previous;
    }

    /// <summary>Restores a setting <see cref="ExpectNamespaces"/> returned.</summary>
    public void RestoreNamespaces(string[]? previous) => _allowedNamespaces = previous;

    private bool IsAllowed(string namespaceUri)
    {
        foreach (var allowed in _allowedNamespaces!)
        {
            // Both come from the reader's name table: one instance per namespace.
            if (ReferenceEquals(allowed, namespaceUri) || allowed == namespaceUri)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the text of the current (simple) element.</summary>
    public string ReadText()
    {
        if (_reader.IsEmptyElement)
        {
            Pop();
            _reader.Read();
            return string.Empty;
        }

        var depth = _reader.Depth;
        string? text = null;
        StringBuilder? more = null;
        _reader.Read();
        while (!(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth))
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (text is null)
                    {
                        text = _reader.Value;
                    }
                    else
                    {
                        (more ??= new StringBuilder(text)).Append(_reader.Value);
                    }

                    _reader.Read();
                    break;
                case XmlNodeType.Element:
                    Push();
                    Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Error, "an element where a value was expected");
                    Skip();
                    break;
                default:
                    _reader.Read();
                    break;
            }
        }

        Pop();
        _reader.Read();
        return (more?.ToString() ?? text ?? string.Empty).Trim();
    }

    /// <summary>An attribute of the current element, or null. Call before reading the element's content.</summary>
    public string? Attribute(string localName) => _reader.GetAttribute(localName);

    /// <summary>Skips the current element and everything in it, within the depth and element limits.</summary>
    public void Skip()
    {
        if (_reader.IsEmptyElement)
        {
            Pop();
            _reader.Read();
            return;
        }

        var depth = _reader.Depth;
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                CountElement();
            }
            else if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth)
            {
                break;
            }
        }

        Pop();
        _reader.Read();
    }

    /// <summary>Reads the rest of the document, within the limits, so that anything not well-formed after the envelope is found.</summary>
    public void Drain()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                CountElement();
            }
        }
    }

    /// <summary>Skips an element the model does not map, saying so.</summary>
    public void SkipNotMapped()
    {
        Report(WcoXmlDiagnosticIds.NotMapped, DiagnosticSeverity.Warning, $"'{_reader.LocalName}' is not mapped to the canonical model; skipped");
        Skip();
    }

    public int? ReadInt()
    {
        // The mark costs nothing; the path is built only for a finding.
        var mark = Mark();
        var text = ReadText();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Error, $"'{text}' is not a whole number", mark);
        return null;
    }

    public decimal? ReadDecimal(out string? attributeValue, string attribute)
    {
        attributeValue = Attribute(attribute);
        var mark = Mark();
        var text = ReadText();
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Error, $"'{text}' is not a decimal number", mark);
        return null;
    }

    /// <summary>Reads a coded value; a value of the wrong shape is an error at its position.</summary>
    public T? ReadCode<T>()
        where T : struct, Model.ICodeValue<T>
    {
        var mark = Mark();
        var text = ReadText();
        return Code<T>(text, mark);
    }

    public T? Code<T>(string? text, XmlMark mark)
        where T : struct, Model.ICodeValue<T>
    {
        if (text is null)
        {
            return null;
        }

        if (T.TryParse(text, out var value, out var error))
        {
            return value;
        }

        Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Error, $"'{text}': {error}", mark);
        return null;
    }

    /// <summary>
    /// Where the current element is, without building its path: the path is made from the mark only when a finding
    /// is reported, while the element's ancestors are still the cursor's.
    /// </summary>
    public XmlMark Mark()
    {
        var level = _level;
        return level == 0
            ? new XmlMark(0, string.Empty, 0, Line, Column)
            : new XmlMark(level, _names[level - 1], _positions[level - 1], Line, Column);
    }

    public void Report(string id, DiagnosticSeverity severity, string message) =>
        Diagnostics.Add(new Diagnostic(id, severity, Path(), message, Line, Column));

    public void Report(string id, DiagnosticSeverity severity, string message, XmlMark mark) =>
        Diagnostics.Add(new Diagnostic(id, severity, PathOf(mark), message, mark.Line, mark.Column));

    public void Report(string id, DiagnosticSeverity severity, string message, int line, int column) =>
        Diagnostics.Add(new Diagnostic(id, severity, Path(), message, line, column));

    /// <summary>
    /// The path of the node the underlying reader stands on, for findings raised inside <see cref="XmlReader.Read"/>
    /// (XSD validation): an element being validated may not be pushed yet, an end tag not popped yet.
    /// </summary>
    public string ReaderPath()
    {
        var level = _reader.NodeType is XmlNodeType.Element or XmlNodeType.EndElement ? _reader.Depth + 1 : _reader.Depth;
        if (level <= _level)
        {
            return Path(level);
        }

        var name = _reader.LocalName;
        var position = (_siblings[_level]?.Seen(name) ?? 0) + 1;
        return Append(new StringBuilder(Path(_level)), name, position).ToString();
    }

    private int Line => _lineInfo?.LineNumber ?? 0;

    private int Column => _lineInfo?.LinePosition ?? 0;

    /// <summary>The XPath-like location: <c>/MetaData/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity</c>.</summary>
    public string Path() => Path(_level);

    private string Path(int levels)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < levels && i < _level; i++)
        {
            Append(builder, _names[i], _positions[i]);
        }

        return builder.ToString();
    }

    private string PathOf(XmlMark mark)
    {
        if (mark.Level == 0)
        {
            return string.Empty;
        }

        return Append(new StringBuilder(Path(mark.Level - 1)), mark.Name, mark.Index).ToString();
    }

    private static StringBuilder Append(StringBuilder builder, string name, int position)
    {
        builder.Append('/').Append(name);
        if (position > 1)
        {
            builder.Append('[').Append(position.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        return builder;
    }

    private void Push()
    {
        CountElement();
        var level = _level;
        if (level == _names.Length)
        {
            Array.Resize(ref _names, level * 2);
            Array.Resize(ref _positions, level * 2);
            Array.Resize(ref _siblings, (level * 2) + 1);
        }

        // Names come from the reader's name table, so siblings share one string instance: compared by reference.
        var name = _reader.LocalName;
        _names[level] = name;
        _positions[level] = (_siblings[level] ??= new SiblingNames()).Count(name);
        _level = level + 1;
        _siblings[level + 1]?.Clear();
    }

    private void Pop()
    {
        if (_level > 0)
        {
            _level--;
            _siblings[_level + 1]?.Clear();
        }
    }

    private void CountElement()
    {
        if (++_elements > _options.MaxElements)
        {
            throw new XmlLimitException($"more than {_options.MaxElements} elements");
        }

        if (_reader.Depth >= _options.MaxDepth)
        {
            throw new XmlLimitException($"elements nested deeper than {_options.MaxDepth} levels");
        }
    }
}
