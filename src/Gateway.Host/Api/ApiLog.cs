namespace UniPass.Gateway.Host.Api;

/// <summary>The API's log events (ids 5100–5199). Ids, sizes and types only: never message content.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Message {MessageId} received from partner {PartnerId}: {Format} {MessageType}, {Size} bytes")]
    public static partial void Received(ILogger logger, Guid messageId, string partnerId, string format, string? messageType, int size);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Repeat of message {MessageId} from partner {PartnerId} answered with the original receipt")]
    public static partial void Repeat(ILogger logger, Guid messageId, string partnerId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Submission from partner {PartnerId} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string partnerId, string reason);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Submission from partner {PartnerId} refused: interchange key of message {OriginalMessageId} reused for different content; bytes kept as rejected message {MessageId}")]
    public static partial void InterchangeReused(ILogger logger, Guid messageId, string partnerId, Guid originalMessageId);
}
