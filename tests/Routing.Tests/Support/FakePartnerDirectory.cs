using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>A partner directory holding the given partners.</summary>
public sealed class FakePartnerDirectory(params Partner[] partners) : IPartnerDirectory
{
    public ValueTask<Partner?> FindAsync(string partnerId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(partners.FirstOrDefault(p => p.Id == partnerId));

    public ValueTask<Partner?> FindByApiKeyAsync(string apiKey, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<Partner?>(null);

    public static Partner Partner(string id, string? edifactSender = null, params string[] allowedTypes) => new(
        id,
        id,
        [],
        edifactSender is null ? [] : [EdifactSenderIdentity.Parse(edifactSender)],
        [],
        allowedTypes.Length == 0 ? [Gateway.Routing.Partners.Partner.AnyMessageType] : allowedTypes,
        AckPreferences.Default);
}
