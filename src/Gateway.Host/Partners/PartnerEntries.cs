using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Partners;

/// <summary>Turns configuration entries into <see cref="Partner"/>s (after <see cref="PartnerOptionsValidator"/> passed).</summary>
internal static class PartnerEntries
{
    public static Partner ToPartner(PartnerEntry entry) => new(
        entry.Id,
        entry.Name ?? entry.Id,
        [.. entry.ApiKeyHashes.Select(Hash)],
        [.. entry.EdifactSenders.Select(EdifactSenderIdentity.Parse)],
        [.. entry.DeclarantIds],
        [.. entry.MessageTypes],
        new AckPreferences(PartnerAgreement.Contrl(entry.Contrl)))
    {
        Edifact = new EdifactPreferences
        {
            Mode = PartnerAgreement.Mode(entry.EdifactMode),
            CheckCodeLists = entry.CheckCodeLists,
            EnforceRepertoire = entry.EnforceRepertoire,
            Directory = EdifactPreferences.TryParseDirectory(entry.Directory, out var directory) ? directory : null,
        },
    };

    public static Partner FromDemo(DemoPartnerOptions demo, ApiKeyHash key) => new(
        demo.Id,
        demo.Name,
        [key],
        [.. demo.EdifactSenders.Select(EdifactSenderIdentity.Parse)],
        [.. demo.DeclarantIds],
        [.. demo.MessageTypes],
        new AckPreferences(PartnerAgreement.Contrl(demo.Contrl)));

    private static ApiKeyHash Hash(string text) =>
        ApiKeyHash.TryParse(text, out var hash) ? hash! : throw new FormatException($"'{text}' is not an API key digest (sha256:<64 hex digits>).");
}
