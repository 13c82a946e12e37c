using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>The routes the running app actually serves, read from its <see cref="EndpointDataSource"/>.</summary>
internal static class ApiRoutes
{
    /// <summary>A route as <c>METHOD /pattern</c>, e.g. <c>GET /api/v1/messages/{id:guid}</c>.</summary>
    public sealed record Route(string Method, string Pattern, bool AllowsAnonymous)
    {
        public override string ToString() => $"{Method} {Pattern}";
    }

    public static IReadOnlyList<Route> Of(IServiceProvider services)
    {
        var routes = new List<Route>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            pattern = "/" + pattern.Trim('/');

            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            routes.AddRange(methods.Select(m => new Route(m, pattern, anonymous)));
        }

        return routes;
    }

    /// <summary>A concrete URL for <paramref name="pattern"/>, with route values filled in.</summary>
    public static string Url(string pattern, Guid id, Guid ackId, string documentName = "v1") =>
        pattern.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal)
            .Replace("{ackId:guid}", ackId.ToString(), StringComparison.Ordinal)
            .Replace("{documentName}", documentName, StringComparison.Ordinal);
}
