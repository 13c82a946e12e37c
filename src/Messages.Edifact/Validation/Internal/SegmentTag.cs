namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>A segment tag (ISO 9735-1 §9.2: three upper-case letters or digits) packed into an int for one-compare matching.</summary>
internal static class SegmentTag
{
    /// <summary>No tag: what a value that is not three bytes long packs to.</summary>
    public const int None = -1;

    public static int Pack(ReadOnlySpan<byte> tag) =>
        tag.Length == 3 ? tag[0] | (tag[1] << 8) | (tag[2] << 16) : None;

    public static int Pack(string tag) =>
        tag.Length == 3 && tag[0] < 0x80 && tag[1] < 0x80 && tag[2] < 0x80 ? tag[0] | (tag[1] << 8) | (tag[2] << 16) : None;
}
