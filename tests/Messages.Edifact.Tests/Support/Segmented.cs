using System.Buffers;

namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/> inputs.</summary>
internal sealed class Segmented : ReadOnlySequenceSegment<byte>
{
    private Segmented(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    /// <summary>Splits <paramref name="data"/> at the given ascending indices (empty pieces allowed).</summary>
    public static ReadOnlySequence<byte> Split(byte[] data, params int[] at)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(at);
        bounds.Add(data.Length);
        Segmented? first = null;
        Segmented? last = null;
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var piece = new Segmented(data.AsMemory(bounds[i], bounds[i + 1] - bounds[i]), bounds[i]);
            if (first is null)
            {
                first = piece;
            }
            else
            {
                last!.Next = piece;
            }

            last = piece;
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    /// <summary>One segment per byte.</summary>
    public static ReadOnlySequence<byte> Bytewise(byte[] data) =>
        Split(data, Enumerable.Range(1, Math.Max(0, data.Length - 1)).ToArray());
}
