using System.Text.Json;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>
/// A null inside an array of the canonical model. Thrown after the object holding the array is read, so the
/// serializer fills in that object's path; <see cref="Member"/> and <see cref="Index"/> complete the pointer.
/// </summary>
internal sealed class NullElementException(string member, int index)
    : JsonException($"'{member}' holds null at index {index}; array elements must not be null")
{
    public string Member { get; } = member;

    public int Index { get; } = index;
}
