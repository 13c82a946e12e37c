using System.Globalization;

namespace UniPass.Gateway.Messages.Edifact.Directories;

public static partial class DirectoryFile
{
    /// <summary>Reads a directory file; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="FormatException">The text is not a directory file; the message names the line.</exception>
    public static EdifactDirectory Read(TextReader reader, string sourceName)
    {
        DirectoryId? id = null;
        int? service = null;
        var messages = new List<MessageStructure>();
        var segments = new List<SegmentDefinition>();
        var composites = new List<CompositeDefinition>();
        var elements = new List<DataElementDefinition>();
        var codeLists = new List<CodeList>();

        // Open block: a message's segment table or a code list, filled by the indented lines below it.
        string? messageType = null;
        var groupStack = new List<(int Indent, List<SegmentTableEntry> Entries, SegmentGroupEntry? Group)>();
        string? codesElement = null;
        var codes = new List<string>();

        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var indent = CountIndent(line);
            var fields = line.AsSpan(indent).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (indent > 0)
            {
                if (codesElement is not null)
                {
                    codes.Add(fields[0]);
                }
                else if (messageType is not null)
                {
                    AddTableLine(groupStack, indent, fields, sourceName, lineNumber);
                }
                else
                {
                    throw Error(sourceName, lineNumber, "an indented line outside a message or code list");
                }

                continue;
            }

            Close();
            switch (fields[0])
            {
                case DirectoryKeyword when fields.Length == 4:
                    id = new DirectoryId(fields[1], fields[2], fields[3]);
                    break;
                case ServiceKeyword when fields.Length == 2:
                    service = ParseInt(fields[1], sourceName, lineNumber);
                    break;
                case MessageKeyword when fields.Length == 2:
                    messageType = fields[1];
                    groupStack.Add((IndentStep, new List<SegmentTableEntry>(), null));
                    break;
                case SegmentKeyword when fields.Length >= 2:
                    segments.Add(new SegmentDefinition(fields[1], ParseReferences(fields, sourceName, lineNumber)));
                    break;
                case CompositeKeyword when fields.Length >= 2:
                    composites.Add(new CompositeDefinition(fields[1], ParseReferences(fields, sourceName, lineNumber)));
                    break;
                case ElementKeyword when fields.Length == 3:
                    if (!DataElementFormat.TryParse(fields[2], out var format))
                    {
                        throw Error(sourceName, lineNumber, $"'{fields[2]}' is not a representation like an..35");
                    }

                    elements.Add(new DataElementDefinition(fields[1], format));
                    break;
                case CodesKeyword when fields.Length == 2:
                    codesElement = fields[1];
                    break;
                default:
                    throw Error(sourceName, lineNumber, $"unknown line '{line}'");
            }
        }

        Close();
        if (id is null)
        {
            throw Error(sourceName, lineNumber, "no 'directory AGENCY VERSION RELEASE' line");
        }

        return new EdifactDirectory(id.Value, service, messages, segments, composites, elements, codeLists);

        void Close()
        {
            if (messageType is not null)
            {
                messages.Add(new MessageStructure(messageType, groupStack[0].Entries));
                messageType = null;
                groupStack.Clear();
            }

            if (codesElement is not null)
            {
                codeLists.Add(new CodeList(codesElement, codes));
                codesElement = null;
                codes.Clear();
            }
        }
    }

    private static void AddTableLine(List<(int Indent, List<SegmentTableEntry> Entries, SegmentGroupEntry? Group)> stack, int indent, string[] fields, string sourceName, int lineNumber)
    {
        if (fields.Length != 4)
        {
            throw Error(sourceName, lineNumber, "a segment table line must read 'POSITION TAG STATUS REPEATS'");
        }

        while (stack.Count > 1 && stack[^1].Indent > indent)
        {
            stack.RemoveAt(stack.Count - 1);
        }

        if (stack[^1].Indent != indent)
        {
            throw Error(sourceName, lineNumber, "indentation does not match an open segment group");
        }

        var status = ParseStatus(fields[2], sourceName, lineNumber);
        var repeats = ParseInt(fields[3], sourceName, lineNumber);
        // SG4 is a group; SGP (split goods placement) is a segment.
        if (fields[1].StartsWith(GroupPrefix, StringComparison.Ordinal) && fields[1].Length > GroupPrefix.Length && char.IsAsciiDigit(fields[1][GroupPrefix.Length]))
        {
            var number = ParseInt(fields[1][GroupPrefix.Length..], sourceName, lineNumber);
            var children = new List<SegmentTableEntry>();
            var group = new SegmentGroupEntry(fields[0], number, status, repeats, children);
            stack[^1].Entries.Add(group);
            stack.Add((indent + IndentStep, children, group));
        }
        else
        {
            stack[^1].Entries.Add(new SegmentEntry(fields[0], fields[1], status, repeats));
        }
    }

    private static ElementReference[] ParseReferences(string[] fields, string sourceName, int lineNumber)
    {
        var result = new ElementReference[fields.Length - 2];
        for (var i = 2; i < fields.Length; i++)
        {
            var parts = fields[i].Split(':');
            if (parts.Length is < 2 or > 3)
            {
                throw Error(sourceName, lineNumber, $"'{fields[i]}' is not ID:STATUS or ID:STATUS:REPEATS");
            }

            var repeats = parts.Length == 3 ? ParseInt(parts[2], sourceName, lineNumber) : 1;
            result[i - 2] = new ElementReference(parts[0], ParseStatus(parts[1], sourceName, lineNumber), repeats);
        }

        return result;
    }

    private static UsageStatus ParseStatus(string text, string sourceName, int lineNumber) => text switch
    {
        "M" => UsageStatus.Mandatory,
        "C" => UsageStatus.Conditional,
        _ => throw Error(sourceName, lineNumber, $"status '{text}' is neither M nor C"),
    };

    private static int ParseInt(string text, string sourceName, int lineNumber) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(sourceName, lineNumber, $"'{text}' is not a number");

    private static int CountIndent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static FormatException Error(string sourceName, int lineNumber, string what) =>
        new($"{sourceName}:{lineNumber.ToString(CultureInfo.InvariantCulture)}: {what}");
}
