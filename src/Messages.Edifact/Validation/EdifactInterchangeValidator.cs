using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;

namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>
/// Validates an interchange streamed from a <see cref="PipeReader"/> and yields each message's
/// result as the message ends, keeping none of them: memory stays bounded by the reader's byte
/// budgets however many messages the interchange holds. The interchange-level result (headers,
/// groups, every finding) comes from <see cref="GetResult"/> once the messages are read.
/// </summary>
/// <remarks>
/// Envelope and directory levels judge each token in the same pass, so findings are in input
/// order and positions are those of the interchange (segment index, UNH = 1, byte offset).
/// </remarks>
public sealed class EdifactInterchangeValidator
{
    private readonly EdifactValidationOptions _options;
    private readonly StructureValidator? _structure;
    private readonly EdifactInterchangeReader _reader;
    private int _messageCount;

    /// <summary>Validates what <paramref name="input"/> holds; the caller completes the pipe.</summary>
    public EdifactInterchangeValidator(PipeReader input, EdifactValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        _options = options ?? EdifactValidationOptions.Default;
        _structure = _options.Level == EdifactValidationLevel.Structure ? new StructureValidator(_options) : null;
        _reader = new EdifactInterchangeReader(input, _options.Reader, _structure);
    }

    /// <summary>The UNB header once read.</summary>
    public InterchangeHeader? Interchange => _reader.Interchange;

    /// <summary>Yields each message's result as the message ends.</summary>
    public async IAsyncEnumerable<EdifactMessageValidation> ValidateMessagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var message in _reader.ReadMessagesAsync(cancellationToken).ConfigureAwait(false))
        {
            using (message)
            {
                _messageCount++;
                yield return new EdifactMessageValidation
                {
                    Summary = message.Summary,
                    Directory = _structure?.LastMessage.Directory,
                    Diagnostics = message.Diagnostics,
                    ErrorCount = _reader.Envelope.LastMessageErrorCount,
                };
            }
        }
    }

    /// <summary>What was found in the whole interchange; <see cref="EdifactValidationResult.Messages"/> is empty (the messages were yielded).</summary>
    public EdifactValidationResult GetResult() =>
        EdifactInterchange.Finish(_reader.Envelope, [], _options.Level) with { MessageCount = _messageCount };
}
