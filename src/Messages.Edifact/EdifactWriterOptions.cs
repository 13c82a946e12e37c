namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// How <see cref="EdifactWriter"/> writes an interchange: the syntax level and version named in UNB
/// S001, the service characters, and how strictly it guards the caller.
/// </summary>
public sealed record EdifactWriterOptions
{
    /// <summary>The syntax identifier (UNB S001/0001); it fixes the encoding and, for levels A and B, the repertoire. Default UNOC.</summary>
    public SyntaxIdentifier Syntax { get; init; } = SyntaxIdentifier.Unoc;

    /// <summary>The syntax version (UNB S001/0002), 1-4. Default 3, the version most customs traffic uses.</summary>
    public SyntaxVersion Version { get; init; } = SyntaxVersion.V3;

    /// <summary>
    /// The service characters, or null for the defaults of <see cref="Syntax"/> and <see cref="Version"/>
    /// (ISO 9735-1 §7.1). A UNA is written exactly when they differ from those defaults.
    /// </summary>
    public EdifactDelimiters? Delimiters { get; init; }

    /// <summary>Write a UNA even when the delimiters are the defaults (some partners' software insists on one).</summary>
    public bool AlwaysWriteServiceStringAdvice { get; init; }

    /// <summary>
    /// Write CR LF after every segment terminator. ISO 9735 has no line breaks; they are common practice
    /// for readability and every reader of this project tolerates them between segments.
    /// </summary>
    public bool LineBreakAfterSegment { get; init; }

    /// <summary>
    /// Skip the guards that keep the output a well-formed interchange: the envelope order (UNB, UNG,
    /// UNH ... UNT, UNE, UNZ), tag syntax, the level A/B repertoire, line breaks in values and service
    /// segment value formats. Escaping and the counts in the trailers still apply. Meant for writing
    /// deliberately faulty test input.
    /// </summary>
    public bool SkipValidation { get; init; }

    /// <summary>The delimiters in force: <see cref="Delimiters"/> or the level's defaults.</summary>
    public EdifactDelimiters EffectiveDelimiters => Delimiters ?? EdifactDelimiters.DefaultFor(Syntax, Version);
}
