using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UniPass.Gateway.Host.Api;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>What a partner does with a running gateway's API, over its <see cref="HttpClient"/>.</summary>
internal static class GatewayApi
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Posts <paramref name="body"/>; asserts the 202 and returns the receipt.</summary>
    public static async Task<ReceiptResponse> SubmitAsync(this HttpClient client, byte[] body, string? idempotencyKey = null, string? contentType = null)
    {
        using var response = await client.PostAsync(MessagesApi.BasePath, Content(body, idempotencyKey, contentType));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReceiptResponse>())!;
    }

    public static ByteArrayContent Content(byte[] body, string? idempotencyKey = null, string? contentType = null)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (idempotencyKey is not null)
        {
            content.Headers.Add(SubmitMessageEndpoint.IdempotencyKeyHeader, idempotencyKey);
        }

        return content;
    }

    /// <summary>The message (status, timeline) once it has left <c>received</c>; fails after <paramref name="patience"/>.</summary>
    public static async Task<JsonElement> WaitForOutcomeAsync(this HttpClient client, Guid id, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var message = await client.GetFromJsonAsync<JsonElement>(MessagesApi.MessagePath(id));
            if (message.GetProperty("status").GetString() != "received")
            {
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Message {id} is still 'received' after {patience}: {message}");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Every message of the client's partner, following the pages.</summary>
    public static async Task<List<MessageSummaryResponse>> ListAllAsync(this HttpClient client, string? query = null)
    {
        var all = new List<MessageSummaryResponse>();
        string? next = $"{MessagesApi.BasePath}?limit={Routing.Intake.MessageQuery.MaxLimit}" + (query is null ? string.Empty : "&" + query);
        while (next is not null)
        {
            var page = await client.GetFromJsonAsync<MessageListResponse>(next);
            all.AddRange(page!.Items);
            next = page.Next;
        }

        return all;
    }

    public static IEnumerable<string> Steps(this JsonElement message) =>
        message.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("step").GetString()!);
}
