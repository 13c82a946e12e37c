namespace UniPass.Gateway.Messages.Edifact.Internal;

/// <summary>What a token meant for the envelope, for the streaming reader to cut messages out.</summary>
[Flags]
internal enum EnvelopeEvents : byte
{
    None = 0,

    /// <summary>A message ended (UNT read, or closed by UNH/UNZ/end of input without UNT); see <see cref="EnvelopeValidator.LastMessage"/>.</summary>
    MessageEnded = 1,

    /// <summary>A UNH starts a message at <see cref="EnvelopeValidator.MessageStartOffset"/>.</summary>
    MessageStarted = 2,
}
