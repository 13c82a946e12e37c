namespace UniPass.Gateway.Host.Api;

/// <summary>RFC 9457 problem documents (<c>application/problem+json</c>), with the diagnostics that explain them.</summary>
public static class Problems
{
    /// <summary>The extension member carrying <see cref="ApiDiagnostic"/>s.</summary>
    public const string DiagnosticsMember = "diagnostics";

    /// <param name="instance">RFC 9457 <c>instance</c>: the URI of this occurrence of the problem, when it has one.</param>
    public static IResult Result(int status, string title, string detail, IReadOnlyList<ApiDiagnostic>? diagnostics = null, string? instance = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (diagnostics is { Count: > 0 })
        {
            extensions[DiagnosticsMember] = diagnostics;
        }

        return TypedResults.Problem(detail, instance: instance, statusCode: status, title: title, extensions: extensions);
    }

    public static Task Write(HttpContext context, int status, string title, string detail, IReadOnlyList<ApiDiagnostic>? diagnostics = null) =>
        Result(status, title, detail, diagnostics).ExecuteAsync(context);
}
