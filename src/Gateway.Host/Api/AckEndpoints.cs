using Microsoft.AspNetCore.Mvc;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Api;

/// <summary>
/// The acknowledgements stored with a message, in the sender's format as the pipeline stored them
/// (CONTRL/APERAK/CUSRES for EDIFACT, WCO RES for XML, JSON otherwise).
/// </summary>
internal static class AckEndpoints
{
    /// <summary><c>GET /api/v1/messages/{id}/acks</c>: every acknowledgement, oldest first (an empty list while there is none).</summary>
    public static async Task<IResult> ListAsync(Guid id, HttpContext context, [FromServices] IMessageStore store, CancellationToken cancellationToken)
    {
        var acks = await store.GetAcksAsync(MessagesApi.Partner(context), id, cancellationToken);
        return acks is null
            ? MessagesApi.MessageNotFound(id)
            : TypedResults.Ok(new AckListResponse(id, [.. acks.Select(AckResponse.From)]));
    }

    /// <summary><c>GET /api/v1/messages/{id}/acks/{ackId}</c>: one acknowledgement's exact bytes with its media type.</summary>
    public static async Task<IResult> GetAsync(Guid id, Guid ackId, HttpContext context, [FromServices] IMessageStore store, CancellationToken cancellationToken)
    {
        var acks = await store.GetAcksAsync(MessagesApi.Partner(context), id, cancellationToken);
        if (acks is null)
        {
            return MessagesApi.MessageNotFound(id);
        }

        foreach (var ack in acks)
        {
            if (ack.Id == ackId)
            {
                return TypedResults.Bytes(ack.Content, ack.ContentType);
            }
        }

        return Problems.Result(StatusCodes.Status404NotFound, "Acknowledgement not found", $"Message {id} has no acknowledgement {ackId}.");
    }
}
