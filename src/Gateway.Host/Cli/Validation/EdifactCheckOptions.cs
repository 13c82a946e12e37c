using System.CommandLine;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Host.Cli.Validation;

/// <summary>
/// The options that say how deep an EDIFACT interchange is judged, shared by <c>validate</c>,
/// <c>contrl</c> and <c>convert</c>: <c>--level envelope|structure</c> (default structure),
/// <c>--no-code-lists</c> (a partner's agreed codes) and <c>--directory D96B</c> (the directory to
/// judge every message by, whatever UNH S009 names) and <c>--enforce-repertoire</c> (a UNOA/UNOB
/// interchange's values outside its repertoire reject in strict mode).
/// </summary>
internal sealed class EdifactCheckOptions
{
    public const string Envelope = "envelope";
    public const string Structure = "structure";

    private EdifactCheckOptions(Option<string> level, Option<bool> noCodeLists, Option<string?> directory, Option<bool> enforceRepertoire)
    {
        Level = level;
        NoCodeLists = noCodeLists;
        Directory = directory;
        EnforceRepertoire = enforceRepertoire;
    }

    public Option<string> Level { get; }

    public Option<bool> NoCodeLists { get; }

    public Option<string?> Directory { get; }

    public Option<bool> EnforceRepertoire { get; }

    /// <summary>The four options, not yet added to a command.</summary>
    public static EdifactCheckOptions Create()
    {
        var level = new Option<string>("--level")
        {
            Description = "envelope: syntax and envelopes (UNA, UNB/UNZ, UNG/UNE, UNH/UNT); structure (the default): also each message against its directory.",
            DefaultValueFactory = _ => Structure,
        };
        level.AcceptOnlyFromAmong(Envelope, Structure);
        var noCodeLists = new Option<bool>("--no-code-lists")
        {
            Description = "Do not check the message's coded values against the directory's code lists (partners' agreed codes); service segments are still checked.",
        };
        var directory = new Option<string?>("--directory")
        {
            Description = "Judge every message by this directory instead of the one UNH S009 names: D96B (or D.96B) for a UN directory, AGENCY:VERSION:RELEASE otherwise.",
            HelpName = "DIRECTORY",
        };
        var enforceRepertoire = new Option<bool>("--enforce-repertoire")
        {
            Description = "In strict mode, a value outside the UNOA/UNOB repertoire (EDI0010) is an error, not a warning.",
        };
        return new EdifactCheckOptions(level, noCodeLists, directory, enforceRepertoire);
    }

    /// <summary>
    /// Adds the options to <paramref name="command"/>, with a check that the directory is well
    /// formed; <paramref name="withLevel"/> false leaves <c>--level</c> out (structure is then always checked).
    /// </summary>
    public void AddTo(Command command, bool withLevel = true)
    {
        if (withLevel)
        {
            command.Options.Add(Level);
        }

        command.Options.Add(NoCodeLists);
        command.Options.Add(Directory);
        command.Options.Add(EnforceRepertoire);
        command.Validators.Add(result =>
        {
            var text = result.GetValue(Directory);
            if (text is not null && !TryParseDirectory(text, out _))
            {
                result.AddError($"--directory {text}: not a directory name; write D96B (or D.96B) for a UN directory, AGENCY:VERSION:RELEASE otherwise.");
            }

            // The level's tokens, not its value: a value --level refuses has its own error already.
            var envelope = withLevel && result.GetResult(Level) is { } level && level.Tokens.Any(t => t.Value == Envelope);
            if (envelope && (text is not null || result.GetValue(NoCodeLists)))
            {
                result.AddError("--directory and --no-code-lists apply at --level structure only.");
            }
        });
    }

    /// <summary>The validation options a parse asks for, over <paramref name="catalog"/>.</summary>
    public EdifactValidationOptions Build(ParseResult parse, EdifactReaderOptions reader, DirectoryCatalog catalog, bool withLevel = true)
    {
        var text = parse.GetValue(Directory);
        DirectoryId? directory = text is not null && TryParseDirectory(text, out var id) ? id : null;
        return new EdifactValidationOptions
        {
            Reader = parse.GetValue(EnforceRepertoire) ? reader with { EnforceRepertoire = true } : reader,
            Level = withLevel && parse.GetValue(Level) == Envelope ? EdifactValidationLevel.Envelope : EdifactValidationLevel.Structure,
            CheckCodeLists = !parse.GetValue(NoCodeLists),
            Directory = directory,
            Catalog = catalog,
        };
    }

    /// <summary>
    /// Why the <c>--directory</c> a parse names cannot be used (the catalog does not carry it), or
    /// null when it can or none is named.
    /// </summary>
    public string? DirectoryProblem(ParseResult parse, DirectoryCatalog catalog)
    {
        var text = parse.GetValue(Directory);
        if (text is null || !TryParseDirectory(text, out var id) || catalog.TryGet(id, out _))
        {
            return null;
        }

        return $"--directory {text}: no directory {id} in {DirectoryCatalog.DefaultFolder} (there are {string.Join(", ", catalog.FileStems)}).";
    }

    /// <summary>
    /// Reads a directory name: <c>D96B</c> or <c>D.96B</c> (UN D.96B, any case), or
    /// <c>AGENCY:VERSION:RELEASE</c> as UNH S009 writes it (<c>UN:D:96B</c>, <c>IA:11:1</c>).
    /// </summary>
    public static bool TryParseDirectory(string text, out DirectoryId id)
    {
        var parts = text.Split(':');
        if (parts.Length == 3)
        {
            return DirectoryId.TryCreate(parts[0], parts[1], parts[2], out id);
        }

        var release = text.StartsWith('D') || text.StartsWith('d') ? text.AsSpan(1) : [];
        if (release.StartsWith('.'))
        {
            release = release[1..];
        }

        // A UN release directory is D. followed by the year's two digits and the release letter (96B).
        if (parts.Length == 1 && release.Length == 3 && char.IsAsciiDigit(release[0]) && char.IsAsciiDigit(release[1]) && char.IsAsciiLetter(release[2]))
        {
            return DirectoryId.TryCreate("UN", "D", release, out id);
        }

        id = default;
        return false;
    }
}
