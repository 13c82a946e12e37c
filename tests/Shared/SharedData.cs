namespace UniPass.Gateway.Tests.Shared;

/// <summary>
/// Locates the reference data kept beside the repository in <c>../shared</c> (samples, UNECE
/// directories). The data is never copied into the project; tests read it where it is.
/// <c>UNIPASS_SHARED</c> overrides the location.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The folder, or null when it does not exist next to this checkout.</summary>
    public static string? Root => s_root.Value;

    /// <summary>The repository root (the folder holding UniPass.Gateway.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Absolute path of <paramref name="relative"/> under the shared folder, or null when the folder is absent.</summary>
    public static string? PathOf(string relative) => Root is null ? null : Path.Combine(Root, relative);

    /// <summary>Files below <paramref name="relativeDirectory"/> matching <paramref name="pattern"/>, sorted; empty when absent.</summary>
    public static IEnumerable<string> Files(string relativeDirectory, string pattern = "*")
    {
        var dir = PathOf(relativeDirectory);
        if (dir is null || !Directory.Exists(dir))
        {
            return [];
        }

        return Directory.EnumerateFiles(dir, pattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>NUnit cases, one per file (named by file name); none when the shared folder is absent.</summary>
    public static IEnumerable<TestCaseData> Cases(string relativeDirectory, string pattern = "*") =>
        Files(relativeDirectory, pattern).Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("UNIPASS_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UniPass.Gateway.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (UniPass.Gateway.sln) was not found above " + AppContext.BaseDirectory);
    }
}
