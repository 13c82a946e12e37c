namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// The arguments the gateway itself accepts: configuration switches in the forms that
/// Microsoft.Extensions.Configuration.CommandLine reads (<c>Key=Value</c>, <c>--Key=Value</c>,
/// <c>--Key value</c>), among them the host's own <c>--urls</c>, <c>--environment</c> and
/// <c>--contentRoot</c>. The configuration provider silently ignores anything else, so a mistyped
/// command would start the gateway; this check makes such arguments a usage error instead.
/// </summary>
/// <remarks>
/// The provider's other forms are refused on purpose: <c>/Key value</c> cannot be told from a Unix
/// path, and <c>-k value</c> needs switch mappings that the gateway does not define (the provider
/// skips or rejects it).
/// </remarks>
internal static class HostArguments
{
    private const string SwitchPrefix = "--";

    /// <summary>The host's own switches, named in help and usage messages.</summary>
    public const string Summary = "--urls URLS, --environment NAME, --contentRoot DIR, or configuration as Key=Value, --Key=Value or --Key VALUE";

    /// <summary>Why <paramref name="args"/> are not host arguments, or null when they all are.</summary>
    public static string? FindProblem(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith(SwitchPrefix, StringComparison.Ordinal))
            {
                var body = arg.AsSpan(SwitchPrefix.Length);
                var equals = body.IndexOf('=');
                if (!IsKey(equals < 0 ? body : body[..equals]))
                {
                    return $"'{arg}' is not a configuration switch";
                }

                if (equals < 0)
                {
                    if (i + 1 == args.Count)
                    {
                        return $"'{arg}' needs a value ({arg} VALUE or {arg}=VALUE)";
                    }

                    i++;
                }

                continue;
            }

            var separator = arg.IndexOf('=');
            if (separator <= 0 || !IsKey(arg.AsSpan(0, separator)))
            {
                return $"'{arg}' is not a host option";
            }
        }

        return null;
    }

    // A configuration key: sections separated by ':' (or '__' in environment style); letters, digits, '_', '.', '-'.
    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || !char.IsAsciiLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or ':' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
