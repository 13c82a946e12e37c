using System.CommandLine;
using UniPass.Gateway.Host.Cli.Validation;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Contrl;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>contrl FILE [--lenient] [--level envelope|structure] [--no-code-lists] [--directory D96B] [--enforce-repertoire] [--always] [--output OUT]</c>: writes the
/// CONTRL the gateway would send for an interchange, judged at envelope or (the default) structure
/// level: one rejecting it whenever it has errors, and (when UNB 0031 asks for one, or with
/// <c>--always</c>) one acknowledging it otherwise. Exit 0 when a CONTRL was written, 1 when
/// none applies (the file is a CONTRL, has no UNB, or asks for none), 2 on usage or I/O errors.
/// </summary>
internal static class ContrlCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "An EDIFACT interchange." };
        var lenient = new Option<bool>("--lenient") { Description = "Judge leniently (wrong counts, missing UNZ, line breaks are warnings), as for a partner configured so." };
        var always = new Option<bool>("--always") { Description = "Acknowledge a valid interchange even when UNB 0031 asks for no acknowledgement." };
        var output = new Option<string>("--output") { Description = "Write the CONTRL's bytes to this file instead of its text to stdout." };
        var checks = EdifactCheckOptions.Create();

        var command = new Command("contrl", "Write the CONTRL (syntax and service report) the gateway would send for an EDIFACT interchange.") { file, lenient };
        checks.AddTo(command);
        command.Options.Add(always);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            var catalog = DirectoryCatalog.CreateDefault();
            if (checks.DirectoryProblem(parse, catalog) is { } problem)
            {
                await error.WriteLineAsync("error: " + problem);
                return CliApp.UsageError;
            }

            EdifactValidationResult subject;
            try
            {
                await using var input = await InputFile.OpenAsync(path, cancellationToken);
                if (input.Detection.Format is not (MessageFormat.Edifact or MessageFormat.Unknown))
                {
                    await error.WriteLineAsync($"{path}: no CONTRL: not an EDIFACT interchange (the content is {input.Detection.Format.ToName()}).");
                    return 1;
                }

                subject = await EdifactInterchange.ValidateAsync(
                    input.Reader,
                    checks.Build(parse, parse.GetValue(lenient) ? EdifactReaderOptions.Lenient : EdifactReaderOptions.Strict, catalog),
                    cancellationToken);
            }
            catch (Exception e) when (ReadFailure.IsReadFailure(e))
            {
                await error.WriteLineAsync($"{path}: error: {ReadFailure.Describe(path, e)}");
                return CliApp.UsageError;
            }

            // The gateway rejects an interchange with any error as a whole, and acknowledges an
            // accepted one when its sender asks (0031) or the partner is configured for it (--always).
            var builder = new ContrlBuilder(
                new ContrlOptions
                {
                    Sending = ContrlSending.Always,
                    AcknowledgeAccepted = parse.GetValue(always) || subject.Interchange?.AcknowledgementRequested == true,
                    RejectInterchangeOnAnyError = true,
                },
                TimeProvider.System,
                new GuidControlReferenceGenerator(),
                catalog);
            var report = builder.Decide(subject);
            if (report is null)
            {
                await error.WriteLineAsync($"{path}: no CONTRL: {WhyNone(subject)}.");
                return 1;
            }

            var contrl = new System.Buffers.ArrayBufferWriter<byte>();
            builder.Write(report, contrl);
            var target = parse.GetValue(output);
            try
            {
                if (target is not null)
                {
                    await File.WriteAllBytesAsync(target, contrl.WrittenMemory.ToArray(), cancellationToken);
                    return 0;
                }
            }
            catch (Exception e) when (ReadFailure.IsReadFailure(e))
            {
                await error.WriteLineAsync($"{target}: error: cannot be written: {e.Message}");
                return CliApp.UsageError;
            }

            // On a terminal the CONTRL is text in its own character set, ended by a line break.
            await parse.InvocationConfiguration.Output.WriteLineAsync(report.Syntax.Encoding.GetString(contrl.WrittenSpan));
            return 0;
        });
        return command;
    }

    private static string WhyNone(EdifactValidationResult subject)
    {
        if (subject.Interchange is not { } header || header.Sender.Id.Length == 0 || header.Recipient.Id.Length == 0)
        {
            return "no interchange header (UNB) with sender and recipient to answer";
        }

        if (subject.Messages.Any(m => m.Header.Type == "CONTRL") || subject.Groups.Any(g => g.MessageGroupId == "CONTRL"))
        {
            return "it is a CONTRL, and a CONTRL is never answered with a CONTRL (ISO 9735-1)";
        }

        return "the interchange is valid and UNB 0031 asks for no acknowledgement (--always writes one)";
    }
}
