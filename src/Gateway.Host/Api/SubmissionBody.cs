using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace UniPass.Gateway.Host.Api;

/// <summary>The OpenAPI request body of <c>POST /api/v1/messages</c>: the message's bytes, in any of the usual media types.</summary>
internal static class SubmissionBody
{
    /// <summary>The media types listed; others are accepted too (<see cref="SubmissionContentType"/>).</summary>
    public static readonly string[] ListedMediaTypes = ["application/EDIFACT", "application/xml", "text/xml", "application/json", "text/plain", "application/octet-stream"];

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        foreach (var mediaType in ListedMediaTypes)
        {
            content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "An EDIFACT interchange, a WCO DM XML document or a canonical JSON document. The format is detected from the content; Content-Type is a hint.",
            Content = content,
        };
        return Task.CompletedTask;
    }
}
