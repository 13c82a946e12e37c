using System.CommandLine;
using UniPass.Gateway.Host.Cli.Reports;
using UniPass.Gateway.Host.Cli.Validation;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>inspect FILE [--format text|json]</c>: shows an interchange's envelope tree (UNB, UNG,
/// UNH with their identifiers and positions). The file is read leniently, in one streaming pass,
/// so that the tree of a faulty interchange is still shown; exit 0 when an interchange header was
/// read, 1 when the file is not an EDIFACT interchange, 2 when it cannot be read.
/// </summary>
internal static class InspectCommand
{

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "An EDIFACT interchange." };
        var format = OutputFormat.Create("Output: text (an indented tree) or json (an object).");

        var command = new Command("inspect", "Show the envelope tree of an EDIFACT interchange: interchange, groups, messages.") { file, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            InspectReport report;
            try
            {
                await using var input = await InputFile.OpenAsync(path, cancellationToken);
                var detected = input.Detection.Format;
                if (detected is not (MessageFormat.Edifact or MessageFormat.Unknown))
                {
                    await error.WriteLineAsync($"{path}: error: not an EDIFACT interchange (the content is {detected.ToName()}); validate reads that format.");
                    return 1;
                }

                var result = await EdifactInterchange.ValidateAsync(input.Reader, EdifactReaderOptions.Lenient, cancellationToken);
                report = InspectReport.From(path, detected.ToName(), result);
            }
            catch (Exception e) when (ReadFailure.IsReadFailure(e))
            {
                await error.WriteLineAsync($"{path}: error: {ReadFailure.Describe(path, e)}");
                return CliApp.UsageError;
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                await JsonReport.WriteAsync(output, report, CliJsonContext.Default.InspectReport);
            }
            else
            {
                await InspectText.WriteAsync(output, report);
            }

            return report.Interchange is null ? 1 : 0;
        });
        return command;
    }
}
