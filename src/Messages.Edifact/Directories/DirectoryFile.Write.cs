using System.Globalization;

namespace UniPass.Gateway.Messages.Edifact.Directories;

public static partial class DirectoryFile
{
    /// <summary>Writes <paramref name="directory"/> in the directory file format.</summary>
    public static void Write(EdifactDirectory directory, TextWriter writer)
    {
        writer.NewLine = "\n";
        writer.WriteLine("# UN/EDIFACT directory: structural facts only (format: schemas/edifact/README.md).");
        writer.WriteLine($"{DirectoryKeyword} {directory.Id.Agency} {directory.Id.Version} {directory.Id.Release}");
        if (directory.ServiceSyntaxVersion is { } syntax)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ServiceKeyword} {syntax}"));
        }

        foreach (var message in directory.Messages.Values.OrderBy(m => m.Type, StringComparer.Ordinal))
        {
            writer.WriteLine();
            writer.WriteLine($"{MessageKeyword} {message.Type}");
            WriteEntries(writer, message.Entries, IndentStep);
        }

        writer.WriteLine();
        foreach (var segment in directory.Segments.Values.OrderBy(s => s.Tag, StringComparer.Ordinal))
        {
            writer.WriteLine($"{SegmentKeyword} {segment.Tag} {string.Join(' ', segment.Elements.Select(FormatReference))}".TrimEnd());
        }

        writer.WriteLine();
        foreach (var composite in directory.Composites.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            writer.WriteLine($"{CompositeKeyword} {composite.Id} {string.Join(' ', composite.Components.Select(FormatReference))}".TrimEnd());
        }

        writer.WriteLine();
        foreach (var element in directory.Elements.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            writer.WriteLine($"{ElementKeyword} {element.Id} {element.Format}");
        }

        foreach (var codes in directory.CodeLists.Values.OrderBy(c => c.ElementId, StringComparer.Ordinal))
        {
            writer.WriteLine();
            writer.WriteLine($"{CodesKeyword} {codes.ElementId}");
            foreach (var value in codes.Values)
            {
                writer.Write(new string(' ', IndentStep));
                writer.WriteLine(value);
            }
        }
    }

    private static void WriteEntries(TextWriter writer, IReadOnlyList<SegmentTableEntry> entries, int indent)
    {
        foreach (var entry in entries)
        {
            var status = entry.Status == UsageStatus.Mandatory ? 'M' : 'C';
            writer.Write(new string(' ', indent));
            switch (entry)
            {
                case SegmentEntry segment:
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{segment.Position} {segment.Tag} {status} {segment.MaxRepeats}"));
                    break;
                case SegmentGroupEntry group:
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Position} {GroupPrefix}{group.Number} {status} {group.MaxRepeats}"));
                    WriteEntries(writer, group.Entries, indent + IndentStep);
                    break;
            }
        }
    }
}
