namespace UniPass.Gateway.Host.Api;

/// <summary>RFC 9457 problem documents (<c>application/problem+json</c>), with the diagnostics that explain them.</summary>
public static class Problems
{
    /// <summary>The extension member carrying <see cref="ApiDiagnostic"/>s.</summary>
    public const string DiagnosticsMember = "diagnostics";

    public static IResult Result(int status, string title, string detail, IReadOnlyList<ApiDiagnostic>? diagnostics = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (diagnostics is { Count: > 0 })
        {
            extensions[DiagnosticsMember] = diagnostics;
        }

        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
    }

    public static Task Write(HttpContext context, int status, string title, string detail, IReadOnlyList<ApiDiagnostic>? diagnostics = null) =>
        Result(status, title, detail, diagnostics).ExecuteAsync(context);
}
