using Microsoft.AspNetCore.Mvc;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Api;

/// <summary><c>GET /api/v1/messages/{id}</c>: status and timeline of one of the partner's messages.</summary>
internal static class GetMessageEndpoint
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext context, [FromServices] IMessageStore store, CancellationToken cancellationToken)
    {
        var message = await store.GetAsync(MessagesApi.Partner(context), id, cancellationToken);
        return message is null ? MessagesApi.MessageNotFound(id) : TypedResults.Ok(new MessageResponse(message));
    }
}
