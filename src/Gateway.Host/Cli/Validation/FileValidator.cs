using System.Buffers;
using System.IO.Pipelines;
using UniPass.Gateway.Host.Cli.Reports;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Host.Cli.Validation;

/// <summary>
/// Validates one file in one streaming pass with the reader its content calls for: EDIFACT
/// through <see cref="EdifactInterchange.ValidateAsync(PipeReader, EdifactValidationOptions, CancellationToken)"/>
/// at the level the options ask for (bounded memory whatever the size),
/// WCO DM XML through <see cref="WcoXmlReader"/>, canonical JSON through <see cref="CanonicalJson"/>.
/// Input that is none of them is judged as EDIFACT, whose reader says precisely what is missing.
/// </summary>
internal static class FileValidator
{
    public static async Task<FileReport> ValidateAsync(string path, EdifactValidationOptions options, CancellationToken cancellationToken)
    {
        await using var input = await InputFile.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        var format = input.Detection.Format;
        var level = options.Level;
        return format switch
        {
            MessageFormat.WcoXml or MessageFormat.Xml => FromDocument(path, format, level, ReadXml(input.Reader)),
            MessageFormat.Json => FromDocument(path, format, level, await ReadJsonAsync(input.Reader, cancellationToken).ConfigureAwait(false)),
            _ => FromInterchange(path, format, level, await EdifactInterchange.ValidateAsync(input.Reader, options, cancellationToken).ConfigureAwait(false)),
        };
    }

    /// <summary>The report of a file that could not be read.</summary>
    public static FileReport Unreadable(string path, string reason, EdifactValidationLevel level) => new()
    {
        File = path,
        Valid = false,
        Format = MessageFormatNames.Unknown,
        Level = LevelName(level),
        Error = reason,
    };

    public static string LevelName(EdifactValidationLevel level) => level == EdifactValidationLevel.Structure ? "structure" : "envelope";

    private static FileReport FromInterchange(string path, MessageFormat format, EdifactValidationLevel level, EdifactValidationResult result) => new()
    {
        File = path,
        Valid = result.IsValid,
        Format = format.ToName(),
        Level = LevelName(level),
        Syntax = new SyntaxReport(result.Syntax.Code ?? string.Empty, (int)result.Version),
        Messages = result.Messages.Select(MessageReport.From).ToArray(),
        MessageCount = result.MessageCount,
        Diagnostics = result.Diagnostics.Select(DiagnosticReport.From).ToArray(),
        SuppressedDiagnostics = result.SuppressedDiagnostics,
    };

    private static FileReport FromDocument(string path, MessageFormat format, EdifactValidationLevel level, ReadResult<CanonicalDocument> result) => new()
    {
        File = path,
        Valid = result.Succeeded,
        Format = format.ToName(),
        Level = LevelName(level),
        Messages = result.Value is null ? [] : [new MessageReport { Type = result.Value.DocumentType }],
        MessageCount = result.Value is null ? 0 : 1,
        Diagnostics = result.Diagnostics.Select(DiagnosticReport.From).ToArray(),
    };

    private static ReadResult<CanonicalDocument> ReadXml(PipeReader reader)
    {
        // The XML reader pulls from the pipe as a stream; its own limits bound what it holds.
        using var stream = reader.AsStream(leaveOpen: true);
        return WcoXmlReader.Read(stream);
    }

    private static async Task<ReadResult<CanonicalDocument>> ReadJsonAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        // Canonical JSON is read whole, so no more than the reader accepts is buffered: one byte
        // past the limit is enough to know the document is too large.
        var result = await reader.ReadAtLeastAsync(CanonicalJson.MaxDocumentBytes + 1, cancellationToken).ConfigureAwait(false);
        try
        {
            if (result.Buffer.Length > CanonicalJson.MaxDocumentBytes)
            {
                return ReadResult<CanonicalDocument>.Failed(new Diagnostic(
                    JsonDiagnosticIds.TooLarge, DiagnosticSeverity.Error, string.Empty, $"the document has more than {CanonicalJson.MaxDocumentBytes} bytes, the most accepted"));
            }

            return CanonicalJson.Read(result.Buffer.IsSingleSegment ? result.Buffer.FirstSpan : result.Buffer.ToArray());
        }
        finally
        {
            reader.AdvanceTo(result.Buffer.End);
        }
    }
}
