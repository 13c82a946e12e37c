using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Security;

/// <summary>
/// <c>Authorization: Bearer &lt;api key&gt;</c> (RFC 6750 §2.1) against the partner registry. A failed or missing
/// key is answered 401 with <c>WWW-Authenticate: Bearer</c> and a problem document; the key itself is never logged.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IPartnerDirectory partners,
    FailedAuthenticationLimiter failures) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    // HttpContext.Items key: how long the remote address must wait before it may authenticate again.
    private static readonly object RetryAfterItem = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization;
        if (header.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var remote = Context.Connection.RemoteIpAddress;
        if (failures.IsBlocked(remote, out var retryAfter))
        {
            // Key guessing: the key is not even looked at until the address's failure budget refills.
            Context.Items[RetryAfterItem] = retryAfter;
            return AuthenticateResult.Fail("Too many failed authentications from this address.");
        }

        if (header.Count > 1 || header[0] is not { } value || !value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            failures.RecordFailure(remote);
            return AuthenticateResult.Fail("The Authorization header is not 'Bearer <api key>'.");
        }

        var key = value.AsSpan(BearerPrefix.Length).Trim();
        var partner = key.IsEmpty ? null : await partners.FindByApiKeyAsync(key.ToString(), Context.RequestAborted);
        if (partner is null)
        {
            failures.RecordFailure(remote);
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ApiKeyAuthentication.PartnerClaim, partner.Id), new Claim(ClaimTypes.Name, partner.Name)],
            ApiKeyAuthentication.Scheme,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        if (Context.Items.TryGetValue(RetryAfterItem, out var wait) && wait is TimeSpan retryAfter)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problems.Write(
                Context,
                StatusCodes.Status429TooManyRequests,
                "Too many failed authentications",
                $"This address sent too many invalid API keys; retry after {seconds} s.");
            return;
        }

        Response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await Problems.Write(
            Context,
            StatusCodes.Status401Unauthorized,
            "Authentication required",
            failure?.Message ?? "Send 'Authorization: Bearer <api key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Write(Context, StatusCodes.Status403Forbidden, "Forbidden", "The partner may not use this endpoint.");
}
