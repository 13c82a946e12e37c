using Microsoft.AspNetCore.Mvc;
using System.Globalization;
using System.Text;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Api;

/// <summary>
/// <c>GET /api/v1/messages?status=&amp;type=&amp;from=&amp;to=&amp;limit=&amp;cursor=</c>: the partner's own messages,
/// newest first. <c>from</c>/<c>to</c> are ISO 8601 times with an offset (<c>to</c> exclusive).
/// </summary>
internal static class ListMessagesEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, [FromServices] IMessageStore store, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var diagnostics = new List<ApiDiagnostic>();

        MessageStatus? status = null;
        if (Single(query, "status", diagnostics) is { } statusText)
        {
            if (MessageStatusNames.TryParse(statusText, out var parsed))
            {
                status = parsed;
            }
            else
            {
                diagnostics.Add(Bad("status", $"'{statusText}' is not one of received, rejected, routed, answered."));
            }
        }

        var type = Single(query, "type", diagnostics);
        if (type is not null && (type.Length > MaxTypeLength || type.Any(char.IsControl)))
        {
            // No message type holds control characters (which PostgreSQL's text also refuses: NUL) or runs this long.
            diagnostics.Add(Bad("type", $"'{(type.Length > MaxTypeLength ? type[..MaxTypeLength] + "…" : type)}' is not a message type such as CUSDEC or declaration."));
            type = null;
        }

        var from = Time(query, "from", diagnostics);
        var to = Time(query, "to", diagnostics);
        var limit = MessageQuery.DefaultLimit;
        if (Single(query, "limit", diagnostics) is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MessageQuery.MaxLimit))
        {
            diagnostics.Add(Bad("limit", $"'{limitText}' is not a whole number from 1 to {MessageQuery.MaxLimit}."));
        }

        var cursor = Single(query, "cursor", diagnostics);
        if (diagnostics.Count > 0)
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "Bad query", "The listing's query parameters are not valid.", diagnostics);
        }

        MessagePage page;
        try
        {
            page = await store.ListAsync(
                MessagesApi.Partner(context),
                new MessageQuery(status, type, from, to, limit, cursor),
                cancellationToken);
        }
        catch (ArgumentException) when (cursor is not null)
        {
            // Only the store knows its cursors: one it did not issue (or one altered) is the client's fault, not a server error.
            return Problems.Result(StatusCodes.Status400BadRequest, "Bad query", "The listing's query parameters are not valid.",
                [Bad("cursor", "The cursor is not one this gateway issued: take it from a listing's next link.")]);
        }

        return TypedResults.Ok(new MessageListResponse(
            [.. page.Items.Select(MessageSummaryResponse.From)],
            page.NextCursor is null ? null : NextLink(context.Request, page.NextCursor)));
    }

    private static string? Single(IQueryCollection query, string name, List<ApiDiagnostic> diagnostics)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            diagnostics.Add(Bad(name, "Give it once."));
            return null;
        }

        return values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
    }

    private static DateTimeOffset? Time(IQueryCollection query, string name, List<ApiDiagnostic> diagnostics)
    {
        if (Single(query, name, diagnostics) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        diagnostics.Add(Bad(name, $"'{text}' is not an ISO 8601 time such as 2026-11-29T12:00:00Z."));
        return null;
    }

    // The longest message type stored: EDIFACT 0065 is an..6, the canonical document types are short words.
    private const int MaxTypeLength = 35;

    private static ApiDiagnostic Bad(string parameter, string message) =>
        new("API0400", ApiDiagnostic.Error, "query:" + parameter, message);

    private static string NextLink(HttpRequest request, string cursor)
    {
        var link = new StringBuilder(MessagesApi.BasePath).Append("?cursor=").Append(Uri.EscapeDataString(cursor));
        foreach (var (name, values) in request.Query)
        {
            if (name != "cursor")
            {
                link.Append('&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(values.ToString()));
            }
        }

        return link.ToString();
    }
}
