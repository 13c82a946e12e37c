using System.IO.Pipelines;

namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>Inputs read the way the gateway streams them: a pipe over the bytes, in reads of a chosen buffer size.</summary>
internal static class StreamedInput
{
    /// <summary>A pipe that hands out <paramref name="bytes"/> at most <paramref name="bufferSize"/> at a time.</summary>
    public static PipeReader Pipe(byte[] bytes, int bufferSize) =>
        PipeReader.Create(new MemoryStream(bytes), new StreamPipeReaderOptions(bufferSize: bufferSize, minimumReadSize: Math.Min(bufferSize, 16)));
}
