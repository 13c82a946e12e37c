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

        if (options.HttpsPort is < 1 or > 65535)
        {
            failures.Add($"Gateway:HttpsPort must be 1..65535 (was {options.HttpsPort}).");
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
