using Microsoft.Extensions.Options;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Partners;

/// <summary>Checks the partner registry at start: every problem is reported with the entry and setting it is in.</summary>
internal sealed class PartnerOptionsValidator : IValidateOptions<PartnerOptions>
{
    private readonly DirectoryCatalog _catalog;

    public PartnerOptionsValidator()
        : this(DirectoryCatalog.CreateDefault())
    {
    }

    /// <param name="catalog">The directories a configured <c>Directory</c> must be one of.</param>
    public PartnerOptionsValidator(DirectoryCatalog catalog)
    {
        _catalog = catalog;
    }

    public ValidateOptionsResult Validate(string? name, PartnerOptions options)
    {
        var failures = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var digests = new HashSet<string>(StringComparer.Ordinal);
        if (options.Demo.Enabled)
        {
            ids.Add(options.Demo.Id);
            CheckSenders(failures, "Partners:Demo", options.Demo.EdifactSenders);
            if (!PartnerAgreement.TryParseContrl(options.Demo.Contrl, out _))
            {
                failures.Add($"Partners:Demo:Contrl '{options.Demo.Contrl}' is not one of {PartnerAgreement.Names<ContrlPreference>()}.");
            }
        }

        for (var i = 0; i < options.Entries.Count; i++)
        {
            var entry = options.Entries[i];
            var at = $"Partners:Entries:{i}";
            if (string.IsNullOrWhiteSpace(entry.Id))
            {
                failures.Add($"{at}:Id is required.");
            }
            else if (!ids.Add(entry.Id))
            {
                failures.Add($"{at}:Id '{entry.Id}' is used by another partner.");
            }

            if (entry.ApiKeyHashes.Count == 0)
            {
                failures.Add($"{at}:ApiKeyHashes needs at least one digest.");
            }

            for (var k = 0; k < entry.ApiKeyHashes.Count; k++)
            {
                if (!ApiKeyHash.TryParse(entry.ApiKeyHashes[k], out _))
                {
                    failures.Add($"{at}:ApiKeyHashes:{k} is not 'sha256:' followed by 64 hex digits.");
                }
                else if (!digests.Add(entry.ApiKeyHashes[k].ToLowerInvariant()))
                {
                    failures.Add($"{at}:ApiKeyHashes:{k} is already another key's digest.");
                }
            }

            CheckSenders(failures, at, entry.EdifactSenders);
            CheckEdifact(failures, at, entry);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The interchange agreement: a mode and a CONTRL preference by name, a directory the gateway carries.</summary>
    private void CheckEdifact(List<string> failures, string at, PartnerEntry entry)
    {
        if (!PartnerAgreement.TryParseMode(entry.EdifactMode, out _))
        {
            failures.Add($"{at}:EdifactMode '{entry.EdifactMode}' is not one of {PartnerAgreement.Names<EdifactReadMode>()}.");
        }

        if (!PartnerAgreement.TryParseContrl(entry.Contrl, out _))
        {
            failures.Add($"{at}:Contrl '{entry.Contrl}' is not one of {PartnerAgreement.Names<ContrlPreference>()}.");
        }

        if (entry.Directory is null)
        {
            return;
        }

        if (!EdifactPreferences.TryParseDirectory(entry.Directory, out var directory))
        {
            failures.Add($"{at}:Directory '{entry.Directory}' is not a directory such as D96B, D.96B or D:96B:UN.");
        }
        else if (!_catalog.TryGet(directory.Value, out _))
        {
            failures.Add($"{at}:Directory '{entry.Directory}' ({directory.Value}) is not among the gateway's directories in {DirectoryCatalog.DefaultFolder}.");
        }
    }

    private static void CheckSenders(List<string> failures, string at, List<string> senders)
    {
        for (var s = 0; s < senders.Count; s++)
        {
            // ISO 9735 UNB S002: 0004 is an..35, 0007 is an..4.
            var text = senders[s];
            if (string.IsNullOrWhiteSpace(text))
            {
                failures.Add($"{at}:EdifactSenders:{s} is empty.");
                continue;
            }

            var identity = EdifactSenderIdentity.Parse(text);
            if (identity.Id.Length is 0 or > 35 || identity.Qualifier is { Length: 0 or > 4 })
            {
                failures.Add($"{at}:EdifactSenders:{s} '{text}' is not 'id' (an..35) or 'id:qualifier' (qualifier an..4).");
            }
        }
    }
}
