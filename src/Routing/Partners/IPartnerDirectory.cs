namespace UniPass.Gateway.Routing.Partners;

/// <summary>
/// The partner registry. Transports authenticate with <see cref="FindByApiKeyAsync"/>; the intake
/// pipeline looks the owner of a stored message up with <see cref="FindAsync"/> and checks the
/// identities inside the message (<see cref="Partner.MaySendAs"/>, <see cref="Partner.MayDeclareAs"/>,
/// <see cref="Partner.Allows"/>).
/// </summary>
public interface IPartnerDirectory
{
    /// <summary>The partner with this id, or null.</summary>
    ValueTask<Partner?> FindAsync(string partnerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The partner owning the clear API key <paramref name="apiKey"/>, or null. Implementations compare
    /// digests in constant time and never keep or log the clear key.
    /// </summary>
    ValueTask<Partner?> FindByApiKeyAsync(string apiKey, CancellationToken cancellationToken = default);
}
