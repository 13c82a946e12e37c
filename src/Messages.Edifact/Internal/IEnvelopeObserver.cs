namespace UniPass.Gateway.Messages.Edifact.Internal;

/// <summary>
/// A later layer that judges the same tokens in the same pass (directory validation): it sees
/// each token just before <see cref="EnvelopeValidator"/> does and reports through it, so that
/// findings of both layers stay in input order under one diagnostic budget.
/// </summary>
internal interface IEnvelopeObserver
{
    /// <summary>The reader's current token, before the envelope judges it.</summary>
    void OnToken(ref EdifactReader reader, EnvelopeValidator envelope);

    /// <summary>The input ended at <paramref name="endOffset"/>, before the envelope closes what is open.</summary>
    void Complete(EnvelopeValidator envelope, long endOffset);
}
