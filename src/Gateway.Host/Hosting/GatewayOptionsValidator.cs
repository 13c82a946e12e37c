using System.Net;
using Microsoft.Extensions.Options;

namespace UniPass.Gateway.Host.Hosting;

/// <summary>Checks <see cref="GatewayOptions"/> at start, naming the setting that is wrong.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Gateway:DataDirectory must name a directory.");
        }

        if (options.HttpsPort is < 0 or > 65535)
        {
            failures.Add($"Gateway:HttpsPort must be 0..65535 (was {options.HttpsPort}).");
        }
        else if (options.HttpsPort == 0 && !IPAddress.TryParse(options.ListenHost, out _))
        {
            // Kestrel binds a dynamic port only on one address: "localhost" means two (127.0.0.1 and ::1).
            failures.Add($"Gateway:HttpsPort 0 (a free port) needs an IP address as Gateway:ListenHost (was '{options.ListenHost}'), e.g. 127.0.0.1.");
        }

        if (options.ListenHost is not ("localhost" or "*") && !IPAddress.TryParse(options.ListenHost, out _))
        {
            failures.Add($"Gateway:ListenHost must be 'localhost', '*' or an IP address (was '{options.ListenHost}').");
        }

        if (options.CertificatePath is not null && !File.Exists(options.CertificatePath))
        {
            failures.Add($"Gateway:CertificatePath '{options.CertificatePath}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
