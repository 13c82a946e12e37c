using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>The committed directories (schemas/edifact, copied beside the test binaries), loaded once for the whole run.</summary>
internal static class TestDirectories
{
    private static readonly Lazy<DirectoryCatalog> s_catalog = new(DirectoryCatalog.CreateDefault);

    public static DirectoryCatalog Catalog => s_catalog.Value;

    public static EdifactDirectory Un(string release) =>
        Catalog.TryGet(DirectoryId.UnDirectory(release), out var directory) ? directory : throw new InvalidOperationException($"D.{release} is not committed.");

    public static SegmentTable Table(string release, string messageType) => SegmentTable.Compile(Un(release).Messages[messageType]);
}
