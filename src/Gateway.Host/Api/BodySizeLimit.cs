using Microsoft.AspNetCore.Http.Metadata;

namespace UniPass.Gateway.Host.Api;

/// <summary>
/// An endpoint's request body budget. The routing middleware hands it to the server
/// (<see cref="IRequestSizeLimitMetadata"/>), and <see cref="RequestBody"/> enforces it again while reading,
/// so that a declared <c>Content-Length</c> over budget is refused before a byte of the body is read.
/// </summary>
public sealed class BodySizeLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    /// <summary>For endpoints that take no body.</summary>
    public static BodySizeLimit None { get; } = new(0);

    public long? MaxRequestBodySize { get; } = maxBytes;
}
