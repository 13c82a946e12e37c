using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Mapping.Internal;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// Maps UN/EDIFACT messages to canonical documents: CUSDEC → Declaration, CUSCAR → CargoReport, PAXLST →
/// PassengerList. Each mapping names segments, groups and data elements the way the directories do, and is
/// compiled once per directory version (cached in the mapper), so version differences such as D.95B's
/// simple BGM 1004 and D.96B's C106 are data. Findings are collected with their EDIFACT coordinates and the
/// canonical JSON pointer they feed; nothing is thrown for bad input. Thread-safe.
/// </summary>
public sealed class EdifactMapper
{
    private readonly DirectoryCatalog _catalog;
    private readonly EdifactMappingOptions _options;
    private readonly Dictionary<string, MessageMapping> _mappings;

    /// <summary>A mapper reading directories from <paramref name="catalog"/>.</summary>
    public EdifactMapper(DirectoryCatalog catalog, EdifactMappingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _options = options ?? EdifactMappingOptions.Default;
        MessageMapping[] mappings = [new PaxlstMapping(), new CuscarMapping(), new CusdecMapping()];
        _mappings = mappings.ToDictionary(m => m.MessageType, StringComparer.Ordinal);
    }

    /// <summary>The message types mapped to canonical documents.</summary>
    public IReadOnlyCollection<string> MessageTypes => _mappings.Keys;

    /// <summary>Maps one message read by <see cref="EdifactInterchangeReader"/>.</summary>
    /// <param name="message">The message.</param>
    /// <param name="mode">The mode the interchange was read in: lenient reading also tolerates line breaks and blanks between segments here.</param>
    public EdifactMappingResult Map(EdifactMessage message, EdifactReadMode mode = EdifactReadMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(message);
        var header = message.Header;
        var diagnostics = new List<EdifactMappingDiagnostic>();
        var type = header.Type;
        if (type.Length == 0 && mode == EdifactReadMode.Lenient && InferType(message) is { } inferred)
        {
            type = inferred.Type;
            diagnostics.Add(MappingState.AtHeader(message, EdifactMappingDiagnostics.MessageTypeInferred, string.Empty, type, inferred.From));
        }

        var result = new EdifactMappingResult { MessageReference = header.Reference, MessageType = type, SegmentIndex = message.SegmentIndex };
        if (!DirectoryId.TryCreate(header.ControllingAgency, header.Version, header.Release, out var id) || !_catalog.TryGet(id, out var directory))
        {
            diagnostics.Add(MappingState.AtHeader(message, EdifactMappingDiagnostics.UnknownDirectory, string.Empty, header.Directory));
            return result with { Diagnostics = diagnostics };
        }

        result = result with { Directory = id };
        if (!_mappings.TryGetValue(type, out var mapping) || !directory.Messages.ContainsKey(type))
        {
            diagnostics.Add(MappingState.AtHeader(message, EdifactMappingDiagnostics.NoMapping, string.Empty, type.Length == 0 ? "(untyped)" : type, id));
            return result with { Diagnostics = diagnostics };
        }

        var context = new MappingContext(message, directory, type, mode, _options.ReferenceDate ?? ReferenceDateOf(message.Interchange));
        var (document, found) = mapping.Map(context);
        diagnostics.AddRange(found);
        return result with { Document = document, Diagnostics = diagnostics };
    }

    /// <summary>Reads an interchange from <paramref name="input"/> (bounded memory) and maps every message in it.</summary>
    public async Task<EdifactInterchangeMapping> MapAsync(PipeReader input, EdifactReaderOptions? readerOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        readerOptions ??= EdifactReaderOptions.Strict;
        var reader = new EdifactInterchangeReader(input, readerOptions);
        var results = new List<EdifactMappingResult>();
        var summaries = new List<EdifactMessageSummary>();
        await foreach (var message in reader.ReadMessagesAsync(cancellationToken).ConfigureAwait(false))
        {
            using (message)
            {
                summaries.Add(message.Summary);
                results.Add(Map(message, readerOptions.Mode));
            }
        }

        return new EdifactInterchangeMapping { Envelope = reader.GetResult() with { Messages = summaries }, Messages = results };
    }

    /// <summary>
    /// Maps every message of an interchange held in memory. The pipe over the memory never waits, so the
    /// read completes synchronously.
    /// </summary>
    public EdifactInterchangeMapping Map(ReadOnlyMemory<byte> interchange, EdifactReaderOptions? readerOptions = null)
    {
        var input = PipeReader.Create(new ReadOnlySequence<byte>(interchange));
        var task = MapAsync(input, readerOptions);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// The interchange's preparation date (UNB S004 0017: YYMMDD, or CCYYMMDD in version 4 and in
    /// common practice), for judging two-digit years in the messages.
    /// </summary>
    internal static DateOnly? ReferenceDateOf(InterchangeHeader? interchange)
    {
        var text = interchange?.Date;
        if (text is { Length: 6 } && DateOnly.TryParseExact("20" + text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var shortDate))
        {
            return shortDate;
        }

        return text is { Length: 8 } && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>
    /// A message type for a message whose UNH leaves it out: the group's (UNG 0038), or the one BGM's
    /// document name code (UNCL 1001) belongs to.
    /// </summary>
    private (string Type, string From)? InferType(EdifactMessage message)
    {
        if (message.Group?.MessageGroupId is { } groupType && _mappings.ContainsKey(groupType))
        {
            return (groupType, "UNG 0038");
        }

        var reader = message.CreateReader(EdifactReadMode.Lenient);
        try
        {
            var inBgm = false;
            while (reader.Read())
            {
                if (reader.TokenType == EdifactTokenType.SegmentStart)
                {
                    inBgm = reader.IsSegment("BGM"u8);
                }
                else if (inBgm && reader.TokenType == EdifactTokenType.Element && reader.ElementIndex == 1 && reader.ComponentIndex == 1)
                {
                    var code = reader.GetString();
                    return TypeOfDocument(code) is { } type ? (type, $"BGM 1001 '{code}'") : null;
                }
            }
        }
        catch (EdifactSyntaxException)
        {
            // Unreadable: the mapping that follows reports it.
        }

        return null;
    }

    // UNCL 1001: 745 passenger list, 250 crew list; 85 customs manifest, 785 cargo manifest; 929 goods declaration
    // for importation, 830 for exportation, 950 for customs transit.
    private static string? TypeOfDocument(string code) => code switch
    {
        "745" or "250" => "PAXLST",
        "85" or "785" => "CUSCAR",
        "929" or "830" or "950" => "CUSDEC",
        _ => null,
    };
}
