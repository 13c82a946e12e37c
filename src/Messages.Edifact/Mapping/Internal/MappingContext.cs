using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>What a mapping knows about the message it maps: the message, its directory and how to read it.</summary>
internal sealed class MappingContext(EdifactMessage message, EdifactDirectory directory, string messageType, EdifactReadMode mode, DateOnly? referenceDate)
{
    public EdifactMessage Message { get; } = message;

    public EdifactDirectory Directory { get; } = directory;

    /// <summary>The message type mapped (from UNH S009 0065, or inferred when a lenient read found it empty).</summary>
    public string MessageType { get; } = messageType;

    public EdifactReadMode Mode { get; } = mode;

    /// <summary>The date two-digit years are judged against (see <see cref="CenturyRule"/>), or null for the 1950-2049 window.</summary>
    public DateOnly? ReferenceDate { get; } = referenceDate;

    /// <summary>The character set values are decoded with (the interchange's syntax level).</summary>
    public Encoding Encoding { get; } = message.Syntax.Code is null ? Encoding.UTF8 : message.Syntax.Encoding;
}
