using UniPass.Gateway.Host.Security;

namespace UniPass.Gateway.Host.Api;

/// <summary>The partner-facing HTTPS API under <c>/api/v1/messages</c>; every route needs an authenticated partner.</summary>
public static class MessagesApi
{
    public const string BasePath = "/api/v1/messages";

    public static string MessagePath(Guid id) => $"{BasePath}/{id}";

    public static string AcksPath(Guid id) => $"{BasePath}/{id}/acks";

    public static string AckPath(Guid id, Guid ackId) => $"{BasePath}/{id}/acks/{ackId}";

    /// <param name="app">The application.</param>
    /// <param name="maxSubmissionBytes">The largest message body accepted by <c>POST</c>.</param>
    public static RouteGroupBuilder MapMessagesApi(this IEndpointRouteBuilder app, long maxSubmissionBytes)
    {
        var group = app.MapGroup(BasePath)
            .RequireAuthorization()
            .WithTags("Messages")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("", SubmitMessageEndpoint.HandleAsync)
            .WithName("SubmitMessage")
            .WithSummary("Submit an EDIFACT, WCO DM XML or JSON message; answered 202 once it is stored.")
            .WithMetadata(new BodySizeLimit(maxSubmissionBytes))
            // Described, not enforced: Accepts<T>() would make routing answer 415 for any other Content-Type,
            // and the format is detected from the bytes (SubmissionContentType).
            .AddOpenApiOperationTransformer(SubmissionBody.DescribeAsync)
            .Produces<ReceiptResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("", ListMessagesEndpoint.HandleAsync)
            .WithName("ListMessages")
            .WithSummary("The partner's own messages, newest first; filter by status, type and time; paged.")
            .WithMetadata(BodySizeLimit.None)
            .Produces<MessageListResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("{id:guid}", GetMessageEndpoint.HandleAsync)
            .WithName("GetMessage")
            .WithSummary("A message's status and the timeline of every step.")
            .WithMetadata(BodySizeLimit.None)
            .Produces<MessageResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("{id:guid}/acks", AckEndpoints.ListAsync)
            .WithName("ListAcks")
            .WithSummary("The acknowledgements stored with a message (CONTRL/APERAK/CUSRES, WCO RES or JSON).")
            .WithMetadata(BodySizeLimit.None)
            .Produces<AckListResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("{id:guid}/acks/{ackId:guid}", AckEndpoints.GetAsync)
            .WithName("GetAck")
            .WithSummary("One acknowledgement, byte for byte, with its media type.")
            .WithMetadata(BodySizeLimit.None)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    /// <summary>The 404 for an unknown id and for another partner's id alike (nothing tells them apart).</summary>
    internal static IResult MessageNotFound(Guid id) =>
        Problems.Result(StatusCodes.Status404NotFound, "Message not found", $"There is no message {id}.");

    internal static string Partner(HttpContext context) => context.PartnerId();
}
