using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using UniPass.Gateway.Messages.Edifact.Internal;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// Streams an interchange from a <see cref="PipeReader"/> and yields one message at a time, in
/// memory bounded by <see cref="EdifactReaderOptions.MaxMessageBytes"/> and the pipe's buffers;
/// envelope findings are collected on the way (<see cref="GetResult"/>).
/// </summary>
public sealed class EdifactInterchangeReader
{
    private const int InitialMessageBuffer = 4096;

    private readonly PipeReader _input;
    private readonly EdifactReaderOptions _options;
    private readonly EnvelopeValidator _validator;
    private EdifactReaderState _state;
    private byte[]? _message;
    private int _messageLength;
    private bool _retaining;
    private bool _oversized;
    private long _retainedUpTo;
    private bool _inSegment;
    private bool _stopped;
    private bool _finished;

    /// <summary>Reads from <paramref name="input"/>; the caller completes the pipe.</summary>
    public EdifactInterchangeReader(PipeReader input, EdifactReaderOptions? options = null)
        : this(input, options, structure: null)
    {
    }

    /// <summary>Reads from <paramref name="input"/> with a later layer judging the same tokens in the same pass.</summary>
    internal EdifactInterchangeReader(PipeReader input, EdifactReaderOptions? options, StructureValidator? structure)
    {
        _input = input;
        _options = options ?? EdifactReaderOptions.Strict;
        _validator = new EnvelopeValidator(_options, structure);
        _state = new EdifactReaderState(_options.Mode);
    }

    /// <summary>The envelope validator collecting this interchange's findings.</summary>
    internal EnvelopeValidator Envelope => _validator;

    /// <summary>The UNB header once read.</summary>
    public InterchangeHeader? Interchange => _validator.Interchange;

    /// <summary>The findings so far.</summary>
    public IReadOnlyList<EdifactDiagnostic> Diagnostics => _validator.Diagnostics;

    /// <summary>Yields each message (UNH to UNT) as it completes; dispose each one.</summary>
    public async IAsyncEnumerable<EdifactMessage> ReadMessagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        try
        {
            while (!_finished)
            {
                var result = await _input.ReadAsync(cancellationToken).ConfigureAwait(false);
                var pass = Process(result.Buffer, result.IsCompleted);
                _input.AdvanceTo(pass.Consumed, pass.NeedsMoreData ? result.Buffer.End : pass.Consumed);
                if (pass.Message is not null)
                {
                    yield return pass.Message;
                }

                if (pass.Trailing is not null)
                {
                    yield return pass.Trailing;
                }
            }
        }
        finally
        {
            ReleaseBuffer();
        }
    }

    /// <summary>What was found: headers, groups and diagnostics (message summaries are those yielded).</summary>
    public EdifactValidationResult GetResult() => EdifactInterchange.Finish(_validator, []);

    private readonly record struct Pass(SequencePosition Consumed, bool NeedsMoreData, EdifactMessage? Message, EdifactMessage? Trailing);

    private Pass Process(ReadOnlySequence<byte> buffer, bool isCompleted)
    {
        var bufferStart = _state.BytesConsumed;
        var reader = new EdifactReader(buffer, isCompleted, _state);
        EdifactMessage? completed = null;
        var needsMoreData = false;
        try
        {
            while (true)
            {
                if (!reader.Read())
                {
                    needsMoreData = true;
                    break;
                }

                // A segment that ends beyond MaxSegmentBytes is the envelope's finding (EDI0030), as in memory.
                var events = _validator.OnToken(ref reader);
                if (reader.TokenType == EdifactTokenType.SegmentStart)
                {
                    _inSegment = true;
                }
                else if (reader.TokenType == EdifactTokenType.SegmentEnd)
                {
                    _inSegment = false;
                }

                if ((events & EnvelopeEvents.MessageEnded) != 0)
                {
                    var summary = _validator.LastMessage!;
                    Retain(buffer, bufferStart, summary.ByteOffset + summary.ByteLength);
                    completed = TakeMessage(summary);
                }

                if ((events & EnvelopeEvents.MessageStarted) != 0)
                {
                    BeginMessage(_validator.MessageStartOffset);
                }

                if (completed is not null)
                {
                    break;
                }
            }

            // The interchange limit (EDI0032) is the envelope's, checked at each segment's end as in memory.
            var end = bufferStart + reader.BytesConsumed;
            if (needsMoreData && !isCompleted && buffer.Length - reader.BytesConsumed > _options.MaxSegmentBytes)
            {
                // More than a segment's budget buffered without a token: the segment being read (or the next one) is too long.
                throw EnvelopeValidator.Limit(EdifactDiagnostics.SegmentTooLong, end, _options.MaxSegmentBytes, _validator.SegmentCount + (_inSegment ? 0 : 1));
            }
        }
        catch (EdifactSyntaxException e)
        {
            _validator.Stop(e);
            _stopped = true;
        }

        _state = reader.CurrentState;
        var consumed = reader.BytesConsumed;
        Retain(buffer, bufferStart, bufferStart + consumed);
        EdifactMessage? trailing = null;
        if (_stopped || (needsMoreData && isCompleted))
        {
            _finished = true;
            if (!_stopped && (_validator.Complete(_state.BytesConsumed) & EnvelopeEvents.MessageEnded) != 0)
            {
                trailing = TakeMessage(_validator.LastMessage!);
            }

            consumed = buffer.Length;
        }

        return new Pass(buffer.GetPosition(consumed), needsMoreData, completed, trailing);
    }

    private void BeginMessage(long offset)
    {
        ReleaseBuffer();
        _message = ArrayPool<byte>.Shared.Rent(InitialMessageBuffer);
        _messageLength = 0;
        _retaining = true;
        _oversized = false;
        _retainedUpTo = offset;
    }

    /// <summary>Copies the bytes of the open message from the pipe buffer before it is released.</summary>
    private void Retain(ReadOnlySequence<byte> buffer, long bufferStart, long upTo)
    {
        if (!_retaining || upTo <= _retainedUpTo)
        {
            return;
        }

        var from = Math.Max(_retainedUpTo, bufferStart);
        var count = (int)(upTo - from);
        _retainedUpTo = upTo;
        if (_oversized)
        {
            return;
        }

        if (_messageLength + count > _options.MaxMessageBytes)
        {
            _oversized = true;
            return;
        }

        if (_messageLength + count > _message!.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_message.Length * 2, _messageLength + count));
            _message.AsSpan(0, _messageLength).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_message);
            _message = larger;
        }

        buffer.Slice(from - bufferStart, count).CopyTo(_message.AsSpan(_messageLength));
        _messageLength += count;
    }

    private EdifactMessage? TakeMessage(EdifactMessageSummary summary)
    {
        var buffer = _message;
        var length = _messageLength;
        _message = null;
        _retaining = false;
        if (buffer is null)
        {
            return null;
        }

        if (_oversized)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _validator.Stop(new EdifactSyntaxException(EdifactDiagnostics.MessageTooLarge.Id,
                EdifactDiagnostics.MessageTooLarge.Format(summary.Header.Reference, _options.MaxMessageBytes),
                EdifactDiagnostics.MessageTooLarge.ContrlCode, summary.ByteOffset, summary.SegmentIndex));
            return null;
        }

        var group = _validator.Groups.Count > 0 && summary.GroupReference is not null ? _validator.Groups[^1] : null;
        return new EdifactMessage(buffer, length, summary, _validator.LastMessageDiagnostics, _validator.Interchange, group,
            _validator.Delimiters, _validator.Syntax, _validator.Version);
    }

    private void ReleaseBuffer()
    {
        if (_message is not null)
        {
            ArrayPool<byte>.Shared.Return(_message);
            _message = null;
        }
    }
}
