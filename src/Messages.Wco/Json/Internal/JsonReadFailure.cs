namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>
/// The first finding of a strict canonical JSON read: it stops the read, as a reader's syntax error does (canonical JSON
/// is all or nothing). It carries only the byte offset of the token at fault; the JSON pointer and the line and column
/// are worked out from that offset once, when the diagnostic is made (<see cref="JsonPointerLocator"/>).
/// </summary>
internal sealed class JsonReadFailure(string id, string message, long offset, string? pointer = null) : Exception(message)
{
    public string Id { get; } = id;

    /// <summary>Where the token at fault starts (for a missing member: the end of its object).</summary>
    public long Offset { get; } = offset;

    /// <summary>The pointer, where the fault is a member that is not there at all (so no token to locate); else null.</summary>
    public string? Pointer { get; } = pointer;
}
