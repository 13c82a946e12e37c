using System.Text.RegularExpressions;

namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>What a file of a UNECE directory holds, told by its name.</summary>
internal enum DirectoryFileKind
{
    None,

    /// <summary><c>PAXLST_D.96B</c>: one message type with its segment table (EDMD/TRMD).</summary>
    Message,

    /// <summary><c>EDSD.05B</c> / <c>TRSD.96B</c>: the segment directory.</summary>
    Segments,

    /// <summary><c>EDCD.05B</c> / <c>TRCD.96B</c>: the composite data element directory.</summary>
    Composites,

    /// <summary><c>EDED.05B</c> / <c>TRED.96B</c>: the data element directory.</summary>
    Elements,

    /// <summary><c>UNCL.05B</c>, <c>UNCL-1.96B</c>, <c>UNCL-2.96B</c>: the code lists.</summary>
    CodeLists,
}

internal static partial class DirectoryFileKinds
{
    public static DirectoryFileKind Classify(string upperName)
    {
        if (MessageFileName().IsMatch(upperName))
        {
            return DirectoryFileKind.Message;
        }

        var match = PartFileName().Match(upperName);
        if (!match.Success)
        {
            return DirectoryFileKind.None;
        }

        return match.Groups["part"].Value switch
        {
            "SD" => DirectoryFileKind.Segments,
            "CD" => DirectoryFileKind.Composites,
            "ED" => DirectoryFileKind.Elements,
            _ => DirectoryFileKind.CodeLists,
        };
    }

    /// <summary>The release the file names (<c>96B</c>), from its extension.</summary>
    public static string Release(string upperName) => upperName[(upperName.LastIndexOf('.') + 1)..];

    [GeneratedRegex(@"^[A-Z]{6}_D\.[0-9]{2}[A-Z]$")]
    private static partial Regex MessageFileName();

    [GeneratedRegex(@"^(?:(?:ED|TR)(?<part>SD|CD|ED)|(?<part>UNCL)(?:-[0-9])?)\.[0-9]{2}[A-Z]$")]
    private static partial Regex PartFileName();
}
