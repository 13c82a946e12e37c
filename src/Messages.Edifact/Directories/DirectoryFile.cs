using System.Globalization;

namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// The project's own text format for a directory (<c>schemas/edifact/*.txt</c>, described in
/// <c>schemas/edifact/README.md</c>): one line per fact, sorted, so that two directories diff
/// line by line and a file loads in one pass.
/// </summary>
public static partial class DirectoryFile
{
    /// <summary>File name extension of directory files.</summary>
    public const string Extension = ".txt";

    private const string DirectoryKeyword = "directory";
    private const string ServiceKeyword = "service";
    private const string MessageKeyword = "message";
    private const string SegmentKeyword = "segment";
    private const string CompositeKeyword = "composite";
    private const string ElementKeyword = "element";
    private const string CodesKeyword = "codes";
    private const string GroupPrefix = "SG";
    private const int IndentStep = 2;

    /// <summary>Reads a directory file.</summary>
    /// <exception cref="FormatException">The text is not a directory file; the message names the line.</exception>
    public static EdifactDirectory Load(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Writes <paramref name="directory"/> to <paramref name="path"/> (UTF-8, LF line ends).</summary>
    public static void Save(EdifactDirectory directory, string path)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(directory, writer);
    }

    private static string FormatReference(ElementReference reference)
    {
        var status = reference.Status == UsageStatus.Mandatory ? "M" : "C";
        return reference.MaxRepeats > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{reference.Id}:{status}:{reference.MaxRepeats}")
            : $"{reference.Id}:{status}";
    }
}
