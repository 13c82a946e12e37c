using System.Buffers;
using Microsoft.AspNetCore.Http.Metadata;

namespace UniPass.Gateway.Host.Api;

/// <summary>Reads a request body into memory within the endpoint's <see cref="BodySizeLimit"/>.</summary>
internal static class RequestBody
{
    private const int InitialChunk = 16 * 1024;

    /// <summary>The body, or null when it is (or is declared to be) larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            if (declared > maxBytes)
            {
                return null;
            }

            return await ReadExactlyAsync(request.Body, (int)declared, cancellationToken);
        }

        return await ReadChunkedAsync(request.Body, maxBytes, cancellationToken);
    }

    /// <summary>The endpoint's limit from its metadata; endpoints that read a body always declare one.</summary>
    public static long LimitOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
        ?? throw new InvalidOperationException("The endpoint declares no body size limit.");

    private static async Task<byte[]?> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        try
        {
            await body.ReadExactlyAsync(buffer, cancellationToken);
        }
        catch (EndOfStreamException)
        {
            throw new BadHttpRequestException("The request body ended before its Content-Length.", StatusCodes.Status400BadRequest);
        }

        return buffer;
    }

    private static async Task<byte[]?> ReadChunkedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var writer = new ArrayBufferWriter<byte>(InitialChunk);
        while (true)
        {
            var memory = writer.GetMemory(InitialChunk);
            var read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return writer.WrittenSpan.ToArray();
            }

            writer.Advance(read);
            if (writer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}
