namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>
/// A read-only view of the input that stops with <see cref="XmlLimitException"/> once more than the budget has been
/// read, so an oversized document is rejected in bounded memory with a finding of our own.
/// </summary>
internal sealed class ByteBudgetStream(Stream inner, long budget) : Stream
{
    private long _consumed;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _consumed;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _consumed += read;
        if (_consumed > budget)
        {
            throw new XmlLimitException($"the document is larger than {budget} characters");
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
