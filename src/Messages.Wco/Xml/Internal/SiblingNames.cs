namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>
/// How often each element name has occurred among the children of one element, for XPath positions. The few names an
/// element's children have are kept in a short list, newest last (siblings of one name stand together); an element
/// with many distinct child names (a hostile one) moves to a dictionary, so counting stays linear.
/// </summary>
internal sealed class SiblingNames
{
    private const int ListLength = 16;
    private readonly string[] _names = new string[ListLength];
    private readonly int[] _counts = new int[ListLength];
    private int _length;
    private Dictionary<string, int>? _more;

    /// <summary>Counts one more <paramref name="name"/> (an instance from the reader's name table) and returns its position.</summary>
    public int Count(string name)
    {
        for (var i = _length - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_names[i], name))
            {
                return ++_counts[i];
            }
        }

        if (_length < ListLength)
        {
            _names[_length] = name;
            _counts[_length++] = 1;
            return 1;
        }

        _more ??= new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_more, name, out _);
        return ++count;
    }

    /// <summary>How many <paramref name="name"/> have been counted.</summary>
    public int Seen(string name)
    {
        for (var i = _length - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_names[i], name))
            {
                return _counts[i];
            }
        }

        return _more is not null && _more.TryGetValue(name, out var count) ? count : 0;
    }

    public void Clear()
    {
        _length = 0;
        if (_more is { Count: > 0 })
        {
            _more.Clear();
        }
    }
}
