using System.Security.Cryptography;
using System.Text;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>The dispatcher's claim owner name (<see cref="OutboxOptions.InstanceId"/>).</summary>
public static class OutboxInstanceId
{
    /// <summary>
    /// <c>&lt;machine&gt;-&lt;8 hex digits&gt;</c>: the machine name and a hash of <paramref name="directory"/>,
    /// stable across restarts of the same installation and distinct for installations side by side.
    /// </summary>
    public static string Default(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(directory)));
        return $"{Environment.MachineName}-{Convert.ToHexStringLower(hash.AsSpan(0, 4))}";
    }

    /// <summary>The name used for one run when the configured one is held by another live process.</summary>
    public static string ForThisRun(string configured, Guid run) => $"{configured}/{run:N}";
}
