namespace UniPass.Gateway.Host.Cli.Validation;

/// <summary>Says in a few words why a file could not be read.</summary>
internal static class ReadFailure
{
    /// <summary>True for the exceptions that mean the file cannot be read (as opposed to a fault of ours).</summary>
    public static bool IsReadFailure(Exception exception) => exception is IOException or UnauthorizedAccessException;

    public static string Describe(string path, Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException when Directory.Exists(path) => "is a directory, not a file",
        UnauthorizedAccessException => "permission denied",
        _ => "cannot be read: " + exception.Message,
    };
}
