using UniPass.Gateway.Host.Hosting;

namespace UniPass.Gateway.Host.Partners;

/// <summary>The demo partner's clear API key, generated once and kept (mode 0600) in the data directory.</summary>
public static class DemoPartnerKey
{
    public const string FileName = "demo-partner.key";

    /// <summary>Reads the key file, creating it with a fresh key when missing.</summary>
    public static string LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }

        Directory.CreateDirectory(dataDirectory);
        var key = ApiKeys.Create();
        PrivateFile.WriteAllText(path, key + "\n");
        return key;
    }
}
