namespace UniPass.Gateway.Routing.Bus;

/// <summary>
/// Starts consumers. Each subscription runs its own loop, delivers records of a partition in order,
/// and commits a record's offset only after <see cref="IBusHandler.HandleAsync"/> returned: a record
/// whose handler threw is delivered again (at-least-once; handlers de-duplicate by
/// <see cref="BusHeaders.MessageId"/>).
/// </summary>
public interface IBusSubscriber
{
    /// <summary>Joins consumer group <paramref name="groupId"/> on <paramref name="topics"/>; dispose the subscription to leave cleanly.</summary>
    IAsyncDisposable Subscribe(string groupId, IReadOnlyCollection<string> topics, IBusHandler handler);
}
