using Microsoft.Extensions.Options;
using UniPass.Gateway.Host.Hosting;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Partners;

/// <summary>
/// The partner registry read from configuration (<see cref="PartnerOptions"/>) plus the demo partner.
/// API keys are looked up by digest, comparing every configured digest in constant time.
/// </summary>
public sealed class ConfigurationPartnerDirectory : IPartnerDirectory
{
    private readonly Dictionary<string, Partner> _byId;
    private readonly (ApiKeyHash Hash, Partner Partner)[] _keys;

    public ConfigurationPartnerDirectory(IOptions<PartnerOptions> options, IOptions<GatewayOptions> gateway)
    {
        var partners = new List<Partner>();
        var config = options.Value;
        if (config.Demo.Enabled)
        {
            var key = DemoPartnerKey.LoadOrCreate(gateway.Value.ResolveDataDirectory());
            partners.Add(PartnerEntries.FromDemo(config.Demo, ApiKeyHash.Of(key)));
        }

        partners.AddRange(config.Entries.Select(PartnerEntries.ToPartner));
        _byId = partners.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _keys = [.. partners.SelectMany(p => p.ApiKeys.Select(k => (k, p)))];
    }

    /// <summary>Every partner, for the start-up banner and tests.</summary>
    public IReadOnlyCollection<Partner> Partners => _byId.Values;

    public ValueTask<Partner?> FindAsync(string partnerId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_byId.GetValueOrDefault(partnerId));

    public ValueTask<Partner?> FindByApiKeyAsync(string apiKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(apiKey) || apiKey.Length > ApiKeyHash.MaxKeyLength)
        {
            return ValueTask.FromResult<Partner?>(null);
        }

        var presented = ApiKeyHash.Of(apiKey);
        Partner? found = null;

        // Every digest is compared (no early exit), each in constant time.
        foreach (var (hash, partner) in _keys)
        {
            if (hash.Matches(presented))
            {
                found = partner;
            }
        }

        return ValueTask.FromResult(found);
    }
}
