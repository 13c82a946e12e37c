using System.Diagnostics.CodeAnalysis;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// The service characters of an interchange: separators, release character, segment terminator
/// and decimal mark (ISO 9735-1 §7.1; UNA service string advice §7.2).
/// </summary>
/// <remarks>
/// <see cref="Repetition"/> and <see cref="Release"/> are <see langword="null"/> when the interchange
/// has none: before syntax version 4 there is no repetition separator (UNA position 5 is a
/// reserved space), and syntax level B (UNOB) defines no release character.
/// </remarks>
public readonly record struct EdifactDelimiters
{
    private const byte Space = (byte)' ';

    /// <summary>The length of a UNA segment: the tag plus six service characters.</summary>
    public const int ServiceStringAdviceLength = 9;

    /// <summary>Creates a delimiter set; throws when two roles share one character.</summary>
    public EdifactDelimiters(byte component, byte element, byte @decimal, byte? release, byte? repetition, byte segment)
    {
        Component = component;
        Element = element;
        Decimal = @decimal;
        Release = release;
        Repetition = repetition;
        Segment = segment;
        if (!AreDistinct(component, element, release, repetition, segment))
        {
            throw new ArgumentException("The component separator, element separator, release character, repetition separator and segment terminator must be distinct.");
        }
    }

    /// <summary>Component data element separator (UNA position 1; default <c>:</c>).</summary>
    public byte Component { get; }

    /// <summary>Data element separator (UNA position 2; default <c>+</c>).</summary>
    public byte Element { get; }

    /// <summary>Decimal mark (UNA position 3; default <c>.</c>; version 4 accepts both <c>,</c> and <c>.</c> in data).</summary>
    public byte Decimal { get; }

    /// <summary>Release character (UNA position 4; default <c>?</c>), or null when none is used.</summary>
    public byte? Release { get; }

    /// <summary>Repetition separator (UNA position 5 in version 4; default <c>*</c>), or null before version 4.</summary>
    public byte? Repetition { get; }

    /// <summary>Segment terminator (UNA position 6; default <c>'</c>).</summary>
    public byte Segment { get; }

    /// <summary>Level A and above, syntax versions 1-3: <c>:+.? '</c> without a repetition separator.</summary>
    public static EdifactDelimiters Default { get; } = new((byte)':', (byte)'+', (byte)'.', (byte)'?', null, (byte)'\'');

    /// <summary>Level A and above, syntax version 4: <c>:+.?*'</c>.</summary>
    public static EdifactDelimiters DefaultVersion4 { get; } = new((byte)':', (byte)'+', (byte)'.', (byte)'?', (byte)'*', (byte)'\'');

    /// <summary>
    /// Level B (UNOB) defaults: the information separators IS1 (component), IS3 (element),
    /// IS4 (segment), IS2 (repetition, version 4) and no release character (ISO 9735-1 §7.1, level B).
    /// </summary>
    public static EdifactDelimiters LevelB { get; } = new(0x1F, 0x1D, (byte)'.', null, null, 0x1C);

    /// <summary>Level B defaults for syntax version 4 (IS2 as repetition separator).</summary>
    public static EdifactDelimiters LevelBVersion4 { get; } = new(0x1F, 0x1D, (byte)'.', null, 0x1E, 0x1C);

    /// <summary>The defaults that apply without a UNA for a syntax identifier and version.</summary>
    public static EdifactDelimiters DefaultFor(SyntaxIdentifier syntax, SyntaxVersion version)
    {
        var v4 = version == SyntaxVersion.V4;
        if (syntax.Level == 'B')
        {
            return v4 ? LevelBVersion4 : LevelB;
        }

        return v4 ? DefaultVersion4 : Default;
    }

    /// <summary>
    /// These service characters made fit to write in <paramref name="version"/>, as an answer that echoes a
    /// partner's delimiters must: before version 4 without a repetition separator (UNA position 5 is a
    /// reserved space); in version 4 with one, the level's default (<c>*</c>, or IS2 with the level B
    /// separators) unless another role holds it, then the first free of <c>* ^ ~ | # @ !</c>.
    /// </summary>
    public EdifactDelimiters ForVersion(SyntaxVersion version)
    {
        if (version != SyntaxVersion.V4)
        {
            return Repetition.HasValue ? new EdifactDelimiters(Component, Element, Decimal, Release, null, Segment) : this;
        }

        if (Repetition.HasValue)
        {
            return this;
        }

        ReadOnlySpan<byte> candidates = Segment == LevelB.Segment ? [0x1E, .. RepetitionCandidates] : RepetitionCandidates;
        foreach (var candidate in candidates)
        {
            if (!IsServiceCharacter(candidate) && candidate != Decimal)
            {
                return new EdifactDelimiters(Component, Element, Decimal, Release, candidate, Segment);
            }
        }

        // Unreachable: five roles cannot hold all seven candidates.
        return this;
    }

    private static ReadOnlySpan<byte> RepetitionCandidates => "*^~|#@!"u8;

    /// <summary>True when these are the defaults for the level and version, so no UNA is needed.</summary>
    public bool IsDefaultFor(SyntaxIdentifier syntax, SyntaxVersion version) => this == DefaultFor(syntax, version);

    /// <summary>True when <paramref name="value"/> is one of the five structural service characters.</summary>
    public bool IsServiceCharacter(byte value) =>
        value == Component || value == Element || value == Segment || value == Release || value == Repetition;

    /// <summary>
    /// Parses a UNA service string advice (<c>UNA:+.? '</c>). Position 5 is the repetition
    /// separator in version 4 and a reserved space before it (ISO 9735-1 §7.2): a space there
    /// means no repetition separator.
    /// </summary>
    /// <returns>False when the input is not a UNA, is shorter than nine bytes or names one character for two roles.</returns>
    public static bool TryParseServiceStringAdvice(ReadOnlySpan<byte> una, [NotNullWhen(true)] out EdifactDelimiters? delimiters)
    {
        delimiters = null;
        if (una.Length < ServiceStringAdviceLength || !una.StartsWith("UNA"u8))
        {
            return false;
        }

        var component = una[3];
        var element = una[4];
        var @decimal = una[5];
        byte? release = una[6] == Space ? null : una[6];
        byte? repetition = una[7] == Space ? null : una[7];
        var segment = una[8];
        if (!AreDistinct(component, element, release, repetition, segment))
        {
            return false;
        }

        delimiters = new EdifactDelimiters(component, element, @decimal, release, repetition, segment);
        return true;
    }

    /// <summary>Writes the UNA segment for these delimiters (nine bytes).</summary>
    public void WriteServiceStringAdvice(Span<byte> destination)
    {
        "UNA"u8.CopyTo(destination);
        destination[3] = Component;
        destination[4] = Element;
        destination[5] = Decimal;
        destination[6] = Release ?? Space;
        destination[7] = Repetition ?? Space;
        destination[8] = Segment;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        Span<byte> una = stackalloc byte[ServiceStringAdviceLength];
        WriteServiceStringAdvice(una);
        return System.Text.Encoding.Latin1.GetString(una);
    }

    private static bool AreDistinct(byte component, byte element, byte? release, byte? repetition, byte segment)
    {
        Span<int> seen = [component, element, release ?? -1, repetition ?? -2, segment];
        for (var i = 0; i < seen.Length; i++)
        {
            for (var j = i + 1; j < seen.Length; j++)
            {
                if (seen[i] == seen[j])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
