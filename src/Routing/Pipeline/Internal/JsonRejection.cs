using System.Text.Json;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>The gateway's JSON acknowledgement of a rejection: the tracking id, status and every finding with its location.</summary>
internal static class JsonRejection
{
    public static byte[] Write(PipelineContext context, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("messageId", context.Entry.MessageId);
            json.WriteString("status", "rejected");
            json.WriteString("issuedAt", now);
            json.WriteStartArray("findings");
            foreach (var finding in context.Findings)
            {
                json.WriteStartObject();
                json.WriteString("id", finding.Id);
                json.WriteString("location", finding.Location);
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
