using System.CommandLine;

namespace UniPass.Gateway.Host.Cli;

/// <summary>The <c>--format text|json</c> option the reporting commands share.</summary>
internal static class OutputFormat
{
    public const string Text = "text";
    public const string Json = "json";

    public static Option<string> Create(string description)
    {
        var option = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => Text };
        option.AcceptOnlyFromAmong(Text, Json);
        return option;
    }
}
