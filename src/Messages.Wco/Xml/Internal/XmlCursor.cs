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
    private readonly List<string> _names = [];
    private readonly List<int> _positions = [];
    private readonly List<Dictionary<string, int>> _siblingCounts = [];
    private int _elements;

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
                _reader.Read();
                Pop();
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
                    return true;
                case XmlNodeType.EndElement when _reader.Depth == depth:
                    _reader.Read();
                    Pop();
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

    /// <summary>Reads the text of the current (simple) element.</summary>
    public string ReadText()
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            Pop();
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

        _reader.Read();
        Pop();
        return (more?.ToString() ?? text ?? string.Empty).Trim();
    }

    /// <summary>An attribute of the current element, or null. Call before reading the element's content.</summary>
    public string? Attribute(string localName) => _reader.GetAttribute(localName);

    /// <summary>Skips the current element and everything in it, within the depth and element limits.</summary>
    public void Skip()
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            Pop();
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

        _reader.Read();
        Pop();
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
        var position = Position();
        var text = ReadText();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Error, $"'{text}' is not a whole number", position);
        return null;
    }

    public decimal? ReadDecimal(out string? attributeValue, string attribute)
    {
        attributeValue = Attribute(attribute);
        var position = Position();
        var text = ReadText();
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Error, $"'{text}' is not a decimal number", position);
        return null;
    }

    /// <summary>Reads a coded value; a value of the wrong shape is an error at its position.</summary>
    public T? ReadCode<T>()
        where T : struct, Model.ICodeValue<T>
    {
        var position = Position();
        var text = ReadText();
        return Code<T>(text, position);
    }

    public T? Code<T>(string? text, (string Path, int Line, int Column) position)
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

        Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Error, $"'{text}': {error}", position);
        return null;
    }

    /// <summary>The current path, line and column, to report against later.</summary>
    public (string Path, int Line, int Column) Position() => (Path(), _lineInfo?.LineNumber ?? 0, _lineInfo?.LinePosition ?? 0);

    public void Report(string id, DiagnosticSeverity severity, string message) => Report(id, severity, message, Position());

    public void Report(string id, DiagnosticSeverity severity, string message, (string Path, int Line, int Column) position) =>
        Diagnostics.Add(new Diagnostic(id, severity, position.Path, message, position.Line, position.Column));

    /// <summary>The XPath-like location: <c>/MetaData/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Commodity</c>.</summary>
    public string Path()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _names.Count; i++)
        {
            builder.Append('/').Append(_names[i]);
            if (_positions[i] > 1)
            {
                builder.Append('[').Append(_positions[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.ToString();
    }

    private void Push()
    {
        CountElement();
        var level = _names.Count;
        if (_siblingCounts.Count <= level)
        {
            _siblingCounts.Add(new Dictionary<string, int>(StringComparer.Ordinal));
        }

        // Names come from the reader's name table, so siblings share one string instance.
        var counts = _siblingCounts[level];
        var name = _reader.LocalName;
        var position = counts.TryGetValue(name, out var seen) ? seen + 1 : 1;
        counts[name] = position;
        _names.Add(name);
        _positions.Add(position);
        if (_siblingCounts.Count > level + 1)
        {
            _siblingCounts[level + 1].Clear();
        }
    }

    private void Pop()
    {
        var last = _names.Count - 1;
        if (last >= 0)
        {
            _names.RemoveAt(last);
            _positions.RemoveAt(last);
            if (_siblingCounts.Count > last + 1)
            {
                _siblingCounts[last + 1].Clear();
            }
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
