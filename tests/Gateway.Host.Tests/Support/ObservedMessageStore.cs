using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>The real store, with a count of submissions that reached it and a switch to make it report not ready.</summary>
internal sealed class ObservedMessageStore(IMessageStore inner) : IMessageStore
{
    private int _receiveCalls;

    /// <summary>How many submissions reached the store (refused requests never do).</summary>
    public int ReceiveCalls => Volatile.Read(ref _receiveCalls);

    /// <summary>When false, <see cref="IsReadyAsync"/> answers false whatever the database says.</summary>
    public bool Ready { get; set; } = true;

    public Task<IntakeReceipt> ReceiveAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _receiveCalls);
        return inner.ReceiveAsync(request, cancellationToken);
    }

    public Task<StoredMessage?> GetAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default) =>
        inner.GetAsync(partnerId, messageId, cancellationToken);

    public Task<MessagePage> ListAsync(string partnerId, MessageQuery query, CancellationToken cancellationToken = default) =>
        inner.ListAsync(partnerId, query, cancellationToken);

    public Task<IReadOnlyList<StoredAck>?> GetAcksAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default) =>
        inner.GetAcksAsync(partnerId, messageId, cancellationToken);

    public Task<ReadOnlyMemory<byte>?> GetBodyAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default) =>
        inner.GetBodyAsync(partnerId, messageId, cancellationToken);

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) =>
        Ready && await inner.IsReadyAsync(cancellationToken);
}
