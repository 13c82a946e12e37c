namespace UniPass.Gateway.Messages.Edifact;

/// <summary>Lexical observations about the current token, for validation to judge.</summary>
[Flags]
public enum EdifactTokenFlags : byte
{
    /// <summary>Nothing unusual.</summary>
    None = 0,

    /// <summary>The value contains release characters (ISO 9735-1 §7.3); use <see cref="EdifactReader.CopyUnescaped"/>.</summary>
    Released = 1,

    /// <summary>The value contains CR or LF (a line wrapped inside a segment); unescaping removes them.</summary>
    LineBreakInValue = 2,

    /// <summary>CR or LF stood between the previous segment terminator and this segment's tag.</summary>
    LineBreakBefore = 4,

    /// <summary>Spaces, tabs or other control characters stood before this segment's tag.</summary>
    WhitespaceBefore = 8,

    /// <summary>On <see cref="EdifactTokenType.SegmentEnd"/>: a line break ended the segment instead of the terminator (lenient reading).</summary>
    LineBreakTerminator = 16,

    /// <summary>On <see cref="EdifactTokenType.SegmentEnd"/>: the input ended before the segment terminator.</summary>
    Unterminated = 32,
}
