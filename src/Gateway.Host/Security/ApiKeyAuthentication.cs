namespace UniPass.Gateway.Host.Security;

/// <summary>Names of the API key scheme and of the partner claim it issues.</summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";

    /// <summary>The claim holding the authenticated partner's id.</summary>
    public const string PartnerClaim = "partner_id";

    /// <summary>The authenticated partner's id; only for endpoints that require authentication.</summary>
    public static string PartnerId(this HttpContext context) =>
        context.User.FindFirst(PartnerClaim)?.Value
        ?? throw new InvalidOperationException("The endpoint must require an authenticated partner.");
}
