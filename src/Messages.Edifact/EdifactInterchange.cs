using System.Buffers;
using System.IO.Pipelines;
using UniPass.Gateway.Messages.Edifact.Internal;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// Validates whole interchanges: syntax and envelopes (<see cref="EdifactValidationLevel.Envelope"/>)
/// and, at <see cref="EdifactValidationLevel.Structure"/>, every message against its directory.
/// One pass over the bytes judges both levels; findings are collected, never thrown.
/// </summary>
public static class EdifactInterchange
{
    /// <summary>Reads and judges an interchange held in memory at the syntax and envelope levels.</summary>
    public static EdifactValidationResult Validate(ReadOnlySpan<byte> interchange, EdifactReaderOptions? options = null) =>
        Validate(interchange, EnvelopeLevel(options));

    /// <summary>Reads and judges an interchange held in memory at the level <paramref name="options"/> asks for.</summary>
    public static EdifactValidationResult Validate(ReadOnlySpan<byte> interchange, EdifactValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reader = new EdifactReader(interchange, isFinalBlock: true, new EdifactReaderState(options.Reader.Mode));
        return Run(ref reader, options);
    }

    /// <summary>Reads and judges an interchange held in a (possibly multi-segment) sequence at the syntax and envelope levels.</summary>
    public static EdifactValidationResult Validate(ReadOnlySequence<byte> interchange, EdifactReaderOptions? options = null) =>
        Validate(interchange, EnvelopeLevel(options));

    /// <summary>Reads and judges an interchange held in a (possibly multi-segment) sequence at the level <paramref name="options"/> asks for.</summary>
    public static EdifactValidationResult Validate(ReadOnlySequence<byte> interchange, EdifactValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reader = new EdifactReader(interchange, isFinalBlock: true, new EdifactReaderState(options.Reader.Mode));
        return Run(ref reader, options);
    }

    /// <summary>
    /// Streams an interchange from <paramref name="input"/> through <see cref="EdifactInterchangeReader"/>
    /// in bounded memory and judges it at the syntax and envelope levels.
    /// </summary>
    public static Task<EdifactValidationResult> ValidateAsync(PipeReader input, EdifactReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ValidateAsync(input, EnvelopeLevel(options), cancellationToken);

    /// <summary>
    /// Streams an interchange from <paramref name="input"/> and judges it at the level
    /// <paramref name="options"/> asks for. Memory is bounded by the reader's byte budgets and
    /// <see cref="EdifactValidationOptions.MaxRetainedMessages"/>; to keep no message summaries at
    /// all, use <see cref="EdifactInterchangeValidator"/> and consume each message's result.
    /// </summary>
    public static async Task<EdifactValidationResult> ValidateAsync(PipeReader input, EdifactValidationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validator = new EdifactInterchangeValidator(input, options);
        var messages = new RetainedMessages(options.MaxRetainedMessages);
        await foreach (var message in validator.ValidateMessagesAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(message.Summary);
        }

        return validator.GetResult() with { Messages = messages.Kept, MessageCount = messages.Count };
    }

    private static EdifactValidationOptions EnvelopeLevel(EdifactReaderOptions? options) =>
        new() { Reader = options ?? EdifactReaderOptions.Strict, Level = EdifactValidationLevel.Envelope };

    /// <summary>One pass over an interchange in memory: the envelope and, at structure level, the directory level on every token.</summary>
    private static EdifactValidationResult Run(ref EdifactReader reader, EdifactValidationOptions options)
    {
        var structure = options.Level == EdifactValidationLevel.Structure ? new StructureValidator(options) : null;
        var validator = new EnvelopeValidator(options.Reader, structure);
        var messages = new RetainedMessages(options.MaxRetainedMessages);
        try
        {
            Read(ref reader, validator, messages);
            return Finish(validator, messages.Kept, options.Level) with { MessageCount = messages.Count };
        }
        finally
        {
            structure?.Release();
        }
    }

    private static void Read(ref EdifactReader reader, EnvelopeValidator validator, RetainedMessages messages)
    {
        try
        {
            while (reader.Read())
            {
                if ((validator.OnToken(ref reader) & EnvelopeEvents.MessageEnded) != 0)
                {
                    messages.Add(validator.LastMessage!);
                }
            }
        }
        catch (EdifactSyntaxException e)
        {
            validator.Stop(e);
            return;
        }

        if ((validator.Complete(reader.CurrentState.BytesConsumed) & EnvelopeEvents.MessageEnded) != 0)
        {
            messages.Add(validator.LastMessage!);
        }
    }

    internal static EdifactValidationResult Finish(EnvelopeValidator validator, IReadOnlyList<EdifactMessageSummary> messages, EdifactValidationLevel level = EdifactValidationLevel.Envelope)
    {
        return new EdifactValidationResult
        {
            Level = level,
            Syntax = validator.Syntax,
            Version = validator.Version,
            Delimiters = validator.Delimiters,
            Interchange = validator.Interchange,
            InterchangeTrailer = validator.InterchangeTrailer,
            Groups = validator.Groups.ToArray(),
            Messages = messages,
            MessageCount = messages.Count,
            Diagnostics = validator.Diagnostics.ToArray(),
            SuppressedDiagnostics = validator.SuppressedDiagnostics,
            HasSuppressedErrors = validator.HasErrors && !validator.Diagnostics.Any(d => d.Severity == EdifactSeverity.Error),
            SegmentCount = validator.SegmentCount,
        };
    }

    /// <summary>The message summaries a result keeps: the first <c>max</c>, the rest only counted.</summary>
    private sealed class RetainedMessages(int max)
    {
        private readonly List<EdifactMessageSummary> _kept = [];

        public IReadOnlyList<EdifactMessageSummary> Kept => _kept;

        public int Count { get; private set; }

        public void Add(EdifactMessageSummary summary)
        {
            Count++;
            if (_kept.Count < max)
            {
                _kept.Add(summary);
            }
        }
    }
}
