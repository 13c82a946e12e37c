using System.Buffers;
using System.Globalization;
using UniPass.Gateway.Messages.Edifact.Writing;

namespace UniPass.Gateway.Messages.Edifact;

public sealed partial class EdifactWriter
{
    private const byte FullStop = (byte)'.';
    private const byte Comma = (byte)',';
    private const byte Space = (byte)' ';

    private static readonly SearchValues<byte> TagCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"u8);

    /// <summary>Encodes and writes a text value after the pending separators.</summary>
    private void WriteText(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return;
        }

        if (_validate && _restricted)
        {
            CheckAscii(value);
        }

        var max = _encoding.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        var scratch = max <= StackallocThreshold ? stackalloc byte[StackallocThreshold] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            WriteBytes(scratch[..Encode(value, scratch)], repertoireChecked: false);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes the pending separators and <paramref name="value"/> (unescaped bytes in the interchange's character set), escaping it.</summary>
    private void WriteBytes(ReadOnlySpan<byte> value, bool repertoireChecked)
    {
        if (value.IsEmpty)
        {
            return;
        }

        if (_validate)
        {
            CheckBytes(value, repertoireChecked);
        }

        var escapes = CountServiceCharacters(value);
        var separators = _pendingElements + _pendingRepetitions + _pendingComponents;
        var span = Reserve(separators + value.Length + escapes);
        var written = 0;
        for (var i = 0; i < _pendingElements; i++)
        {
            span[written++] = _element;
        }

        for (var i = 0; i < _pendingRepetitions; i++)
        {
            span[written++] = _repetition;
        }

        for (var i = 0; i < _pendingComponents; i++)
        {
            span[written++] = _component;
        }

        _pendingElements = 0;
        _pendingRepetitions = 0;
        _pendingComponents = 0;
        written += escapes == 0 ? Copy(value, span[written..]) : Escape(value, span[written..]);
        _buffered += written;
    }

    /// <summary>Writes <paramref name="value"/> escaped, without separators (a tag).</summary>
    private void WriteEscaped(ReadOnlySpan<byte> value)
    {
        var escapes = CountServiceCharacters(value);
        var span = Reserve(value.Length + escapes);
        _buffered += escapes == 0 ? Copy(value, span) : Escape(value, span);
    }

    private static int Copy(ReadOnlySpan<byte> value, Span<byte> destination)
    {
        value.CopyTo(destination);
        return value.Length;
    }

    /// <summary>ISO 9735-1 §7.3: a service character used as data is immediately preceded by the release character.</summary>
    private int Escape(ReadOnlySpan<byte> value, Span<byte> destination)
    {
        var written = 0;
        while (true)
        {
            var next = value.IndexOfAny(_serviceCharacters);
            if (next < 0)
            {
                value.CopyTo(destination[written..]);
                return written + value.Length;
            }

            value[..next].CopyTo(destination[written..]);
            written += next;
            destination[written++] = _release;
            destination[written++] = value[next];
            value = value[(next + 1)..];
        }
    }

    private int CountServiceCharacters(ReadOnlySpan<byte> value)
    {
        var next = value.IndexOfAny(_serviceCharacters);
        if (next < 0)
        {
            return 0;
        }

        if (!_hasRelease)
        {
            throw new ArgumentException(
                $"The value holds the service character 0x{value[next]:X2} at byte {next}, and the delimiters define no release character to escape it with "
                + "(level B has none unless a UNA names one).");
        }

        var count = 0;
        while (next >= 0)
        {
            count++;
            value = value[(next + 1)..];
            next = value.IndexOfAny(_serviceCharacters);
        }

        return count;
    }

    private void WriteInteger(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        WriteBytes(digits[..length], repertoireChecked: true);
    }

    /// <summary>ISO 9735-1 §10 (representation of numeric values): the decimal mark is the one UNA declares; no exponent, no group separators.</summary>
    private void WriteDecimal(decimal value)
    {
        Span<byte> digits = stackalloc byte[32];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        var mark = digits[..length].IndexOf(FullStop);
        if (mark >= 0)
        {
            digits[mark] = Delimiters.Decimal;
        }

        WriteBytes(digits[..length], repertoireChecked: true);
    }

    /// <summary>
    /// Level A and B values are characters of an ISO 646 subset (ISO 9735-1 annex A): a character beyond
    /// ASCII is reported by its index here; the rest is checked on the bytes, which then are the characters.
    /// </summary>
    private void CheckAscii(ReadOnlySpan<char> value)
    {
        var i = value.IndexOfAnyExceptInRange((char)0, (char)0x7F);
        if (i >= 0)
        {
            throw new ArgumentException($"'{value[i]}' (U+{(int)value[i]:X4}) at index {i} is outside the repertoire of syntax level {Options.Syntax.Level} ({Options.Syntax.Code}).");
        }
    }

    /// <summary>The level A/B repertoire on bytes, and no line breaks: readers take CR and LF for wrapped lines, and no level carries them as data.</summary>
    private void CheckBytes(ReadOnlySpan<byte> value, bool repertoireChecked)
    {
        if (!repertoireChecked && _restricted)
        {
            var at = Repertoire.IndexOfInvalid(Options.Syntax, Delimiters, value);
            if (at >= 0)
            {
                throw new ArgumentException($"Byte 0x{value[at]:X2} at index {at} is outside the repertoire of syntax level {Options.Syntax.Level} ({Options.Syntax.Code}).");
            }
        }

        var lineBreak = value.IndexOfAny(CarriageReturn, LineFeed);
        if (lineBreak >= 0)
        {
            throw new ArgumentException($"The value holds a line break at byte {lineBreak}; EDIFACT data cannot carry CR or LF.");
        }
    }

    /// <summary>ISO 9735-1 §9.2: a segment tag is three upper-case letters or digits.</summary>
    private static void CheckTag(ReadOnlySpan<byte> tag)
    {
        if (tag.Length != 3 || tag.ContainsAnyExcept(TagCharacters))
        {
            throw new ArgumentException($"'{System.Text.Encoding.Latin1.GetString(tag)}' is not a segment tag: three upper-case letters or digits.", nameof(tag));
        }
    }

    /// <summary>
    /// What ISO 9735 allows as a writer configuration: version 1-4; UNOW/UNOY only in version 4; no
    /// repetition separator before version 4 (UNA position 5 is reserved), and one in version 4; decimal mark comma or full
    /// stop (§7.1); service characters that cannot be mistaken for data or tags.
    /// </summary>
    /// <returns>Why the options cannot be written, or null when they can.</returns>
    internal static string? ProblemWith(EdifactWriterOptions options)
    {
        var syntax = options.Syntax;
        if (syntax.Code is null)
        {
            return "Choose a syntax identifier (for example SyntaxIdentifier.Unoc).";
        }

        if (options.Version is < SyntaxVersion.V1 or > SyntaxVersion.V4)
        {
            return $"Syntax version {(int)options.Version} does not exist: ISO 9735 defines 1 to 4.";
        }

        if (syntax.Level is 'W' or 'Y' && options.Version != SyntaxVersion.V4)
        {
            return $"{syntax.Code} exists from syntax version 4 on (ISO 9735-1 annex A).";
        }

        var delimiters = options.EffectiveDelimiters;
        if (delimiters.Repetition.HasValue && options.Version != SyntaxVersion.V4)
        {
            return "A repetition separator exists from syntax version 4 on; before it, UNA position 5 is a reserved space (ISO 9735-1 §7.2).";
        }

        if (!delimiters.Repetition.HasValue && options.Version == SyntaxVersion.V4)
        {
            // A space in UNA position 5 would declare the space the repetition separator to a version-4 reader.
            return "Syntax version 4 has a repetition separator (UNA position 5, ISO 9735-1 §7.2): choose one, for example '*'.";
        }

        if (delimiters.Decimal is not (FullStop or Comma))
        {
            return $"The decimal mark is a comma or a full stop, not 0x{delimiters.Decimal:X2} (ISO 9735-1 §7.1).";
        }

        // In a multi-byte character set a byte above 0x7F is part of a character, never a character itself.
        var asciiOnly = !syntax.Encoding.IsSingleByte;
        Span<int> service = [delimiters.Component, delimiters.Element, delimiters.Segment, delimiters.Release ?? -1, delimiters.Repetition ?? -1];
        foreach (var value in service)
        {
            if (value < 0)
            {
                continue;
            }

            var b = (byte)value;
            if (b is Space or CarriageReturn or LineFeed || char.IsAsciiLetterOrDigit((char)b) || (asciiOnly && b > 0x7F))
            {
                return $"0x{b:X2} cannot be a service character of {syntax.Code}: letters, digits, space and line breaks are data"
                    + (asciiOnly ? ", and a multi-byte character set admits only ASCII service characters." : ".");
            }

            if (b == delimiters.Decimal)
            {
                return $"The decimal mark '{(char)b}' is also a service character.";
            }
        }

        return null;
    }
}
