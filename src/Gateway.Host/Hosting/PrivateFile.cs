namespace UniPass.Gateway.Host.Hosting;

/// <summary>Writes files only the gateway's user may read (keys, certificates): mode 0600 where the OS has modes.</summary>
internal static class PrivateFile
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void WriteAllBytes(string path, byte[] content)
    {
        using var stream = Open(path);
        stream.Write(content);
    }

    public static void WriteAllText(string path, string content)
    {
        using var stream = Open(path);
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }

    private static FileStream Open(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        return new FileStream(path, options);
    }
}
