namespace UniPass.Gateway.Messages.Edifact;

/// <summary>The kind of token <see cref="EdifactReader"/> stands on.</summary>
public enum EdifactTokenType : byte
{
    /// <summary>Nothing has been read yet.</summary>
    None = 0,

    /// <summary>A segment begins; the value is its tag (for example <c>UNH</c>).</summary>
    SegmentStart = 1,

    /// <summary>
    /// The value of a simple data element or of one component of a composite, including empty
    /// ones; located by <see cref="EdifactReader.ElementIndex"/>, <see cref="EdifactReader.ComponentIndex"/>
    /// and <see cref="EdifactReader.RepetitionIndex"/>.
    /// </summary>
    Element = 2,

    /// <summary>The segment terminator (or, when recovering, what stood in for it).</summary>
    SegmentEnd = 3,
}
