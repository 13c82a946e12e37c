using System.Buffers;
using System.IO.Pipelines;
using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Host.Cli.Validation;

/// <summary>
/// A file opened for one streaming pass: a <see cref="PipeReader"/> over it and the format its
/// first bytes show. Detection peeks without consuming, so the readers see the file from byte 0.
/// </summary>
internal sealed class InputFile : IAsyncDisposable
{
    // Large enough reads for throughput; the pipe holds only what a reader has not consumed yet.
    private const int BufferSize = 64 * 1024;

    private readonly FileStream _stream;

    private InputFile(FileStream stream, PipeReader reader, DetectionResult detection)
    {
        _stream = stream;
        Reader = reader;
        Detection = detection;
    }

    /// <summary>The file's content, from the start.</summary>
    public PipeReader Reader { get; }

    /// <summary>What the first bytes say (<see cref="FormatDetector"/>).</summary>
    public DetectionResult Detection { get; }

    /// <summary>Opens <paramref name="path"/>; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be read.</summary>
    public static async Task<InputFile> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: BufferSize, minimumReadSize: BufferSize / 4, leaveOpen: true));
            var peek = await reader.ReadAtLeastAsync(FormatDetector.MaxPeekBytes, cancellationToken).ConfigureAwait(false);
            var head = peek.Buffer.Slice(0, Math.Min(peek.Buffer.Length, FormatDetector.MaxPeekBytes));
            var detection = FormatDetector.Detect(head.IsSingleSegment ? head.FirstSpan : head.ToArray());

            // Nothing consumed, nothing examined: the next read returns the same bytes.
            reader.AdvanceTo(peek.Buffer.Start);
            return new InputFile(stream, reader, detection);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Reader.CompleteAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
