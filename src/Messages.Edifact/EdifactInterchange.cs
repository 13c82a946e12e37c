using System.Buffers;
using System.IO.Pipelines;
using UniPass.Gateway.Messages.Edifact.Internal;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>Validates whole interchanges at the syntax and envelope levels.</summary>
public static class EdifactInterchange
{
    /// <summary>Reads and judges an interchange held in memory.</summary>
    public static EdifactValidationResult Validate(ReadOnlySpan<byte> interchange, EdifactReaderOptions? options = null)
    {
        options ??= EdifactReaderOptions.Strict;
        var validator = new EnvelopeValidator(options);
        var messages = new List<EdifactMessageSummary>();
        var reader = new EdifactReader(interchange, isFinalBlock: true, new EdifactReaderState(options.Mode));
        Run(ref reader, validator, messages);
        return Finish(validator, messages);
    }

    /// <summary>Reads and judges an interchange held in a (possibly multi-segment) sequence.</summary>
    public static EdifactValidationResult Validate(ReadOnlySequence<byte> interchange, EdifactReaderOptions? options = null)
    {
        options ??= EdifactReaderOptions.Strict;
        var validator = new EnvelopeValidator(options);
        var messages = new List<EdifactMessageSummary>();
        var reader = new EdifactReader(interchange, isFinalBlock: true, new EdifactReaderState(options.Mode));
        Run(ref reader, validator, messages);
        return Finish(validator, messages);
    }

    /// <summary>
    /// Streams an interchange from <paramref name="input"/> through <see cref="EdifactInterchangeReader"/>
    /// in bounded memory and returns what it found (message summaries included).
    /// </summary>
    public static async Task<EdifactValidationResult> ValidateAsync(PipeReader input, EdifactReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        var reader = new EdifactInterchangeReader(input, options);
        var messages = new List<EdifactMessageSummary>();
        await foreach (var message in reader.ReadMessagesAsync(cancellationToken).ConfigureAwait(false))
        {
            using (message)
            {
                messages.Add(message.Summary);
            }
        }

        return reader.GetResult() with { Messages = messages };
    }

    private static void Run(ref EdifactReader reader, EnvelopeValidator validator, List<EdifactMessageSummary> messages)
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

    internal static EdifactValidationResult Finish(EnvelopeValidator validator, IReadOnlyList<EdifactMessageSummary> messages)
    {
        return new EdifactValidationResult
        {
            Syntax = validator.Syntax,
            Version = validator.Version,
            Delimiters = validator.Delimiters,
            Interchange = validator.Interchange,
            InterchangeTrailer = validator.InterchangeTrailer,
            Groups = validator.Groups.ToArray(),
            Messages = messages,
            Diagnostics = validator.Diagnostics.ToArray(),
            SuppressedDiagnostics = validator.SuppressedDiagnostics,
            HasSuppressedErrors = validator.HasErrors && !validator.Diagnostics.Any(d => d.Severity == EdifactSeverity.Error),
            SegmentCount = validator.SegmentCount,
        };
    }
}
