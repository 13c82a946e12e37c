using System.Globalization;

namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// The representation of a data element as a directory writes it: <c>an..35</c> (up to 35),
/// <c>a3</c> (exactly 3), <c>n..15</c>. For numerics the length counts digits only
/// (ISO 9735-1 §10: sign and decimal mark are not counted).
/// </summary>
public readonly record struct DataElementFormat(CharacterClass Class, int MinLength, int MaxLength)
{
    /// <summary>Whether the length is fixed (<c>a3</c>) rather than a maximum (<c>a..3</c>).</summary>
    public bool IsFixedLength => MinLength == MaxLength;

    /// <summary>Parses <c>an..35</c>, <c>n3</c>, <c>a..3</c>; false when the text is not a representation.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DataElementFormat format)
    {
        format = default;
        text = text.Trim();
        CharacterClass cls;
        if (text.StartsWith("an", StringComparison.Ordinal))
        {
            cls = CharacterClass.Alphanumeric;
            text = text[2..];
        }
        else if (text.StartsWith("a", StringComparison.Ordinal))
        {
            cls = CharacterClass.Alphabetic;
            text = text[1..];
        }
        else if (text.StartsWith("n", StringComparison.Ordinal))
        {
            cls = CharacterClass.Numeric;
            text = text[1..];
        }
        else
        {
            return false;
        }

        var variable = text.StartsWith("..", StringComparison.Ordinal);
        if (variable)
        {
            text = text[2..];
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length <= 0)
        {
            return false;
        }

        format = new DataElementFormat(cls, variable ? 0 : length, length);
        return true;
    }

    /// <summary>The directory notation: <c>an..35</c>, <c>n3</c>.</summary>
    public override string ToString()
    {
        var prefix = Class switch
        {
            CharacterClass.Alphabetic => "a",
            CharacterClass.Numeric => "n",
            _ => "an",
        };
        return IsFixedLength
            ? prefix + MaxLength.ToString(CultureInfo.InvariantCulture)
            : prefix + ".." + MaxLength.ToString(CultureInfo.InvariantCulture);
    }
}
