using System.IO.Compression;
using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>
/// The directory files inside a UNECE directory zip, whatever the era's packaging: plain files at
/// the top (D96A), nested zips (D99B <c>Edmd.zip</c>), nested zips with folders (D15A
/// <c>edmd/APERAK_D.15A</c>). Only the batch directory parts are opened (EDMD/TRMD, EDSD/TRSD,
/// EDCD/TRCD, EDED/TRED, UNCL); interactive (ID*), documentation and text parts are skipped
/// unread, which also keeps a damaged unrelated part (D11B's text-files zip fails its CRC) from
/// stopping the import.
/// </summary>
internal static class UneceArchive
{
    // Bounds for one nested part and one directory file: the largest published part is ~1.2 MB.
    private const long MaxNestedZipBytes = 64L * 1024 * 1024;
    private const long MaxFileBytes = 16L * 1024 * 1024;

    // The old directories predate Unicode: box-drawing characters of the segment tables are
    // CP437 (0xC4 '─', 0xD9 '┘', 0xC1 '┴'); ISO-8859-1 letters occur only in descriptive text,
    // which the importer does not carry, so decoding every file as CP437 loses nothing it needs.
    private static readonly Encoding s_cp437 = CodePagesEncodingProvider.Instance.GetEncoding(437)
        ?? throw new InvalidOperationException("Code page 437 is not available.");

    private static readonly string[] s_batchParts = ["EDMD", "TRMD", "EDSD", "TRSD", "EDCD", "TRCD", "EDED", "TRED", "UNCL"];

    /// <summary>Every directory text file: its upper-case file name (no folder) and its text.</summary>
    public static IEnumerable<(string Name, string Text)> ReadFiles(Stream zip) => Walk(new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true), 0);

    private static IEnumerable<(string Name, string Text)> Walk(ZipArchive archive, int depth)
    {
        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var name = entry.Name.ToUpperInvariant();
                if (name.EndsWith(".ZIP", StringComparison.Ordinal))
                {
                    if (depth < 2 && IsBatchPart(name))
                    {
                        using var nested = new MemoryStream(ReadAll(entry, MaxNestedZipBytes));
                        foreach (var file in Walk(new ZipArchive(nested, ZipArchiveMode.Read), depth + 1))
                        {
                            yield return file;
                        }
                    }

                    continue;
                }

                if (DirectoryFileKinds.Classify(name) != DirectoryFileKind.None)
                {
                    yield return (name, s_cp437.GetString(ReadAll(entry, MaxFileBytes)));
                }
            }
        }
    }

    private static bool IsBatchPart(string zipName) => s_batchParts.Any(p => zipName.StartsWith(p, StringComparison.Ordinal));

    private static byte[] ReadAll(ZipArchiveEntry entry, long limit)
    {
        if (entry.Length > limit)
        {
            throw new InvalidDataException($"{entry.FullName}: {entry.Length} bytes is more than a directory part may hold ({limit}).");
        }

        using var stream = entry.Open();
        var buffer = new byte[entry.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
