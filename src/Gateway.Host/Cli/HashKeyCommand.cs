using System.CommandLine;
using System.Text;
using UniPass.Gateway.Host.Partners;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>hash-key [--generate]</c>: prints the digest of a partner's API key in the form the partner registry takes
/// (<c>Partners:Entries:N:ApiKeyHashes</c>, <c>sha256:&lt;64 hex digits&gt;</c>). The key is read from standard
/// input, one line (at a terminal without echo), and never from the command line, so that it stays out of shell
/// history and process listings. <c>--generate</c> makes a new key (<c>upk_</c> and 256 random bits) and prints
/// the key and its digest. Exit 0 when a digest was printed, 1 when the input is not a usable key, 2 when
/// standard input cannot be read.
/// </summary>
internal static class HashKeyCommand
{
    /// <summary>
    /// Keys shorter than this are hashed with a warning: the digest is unsalted SHA-256, which is safe only for
    /// random keys too long to guess (<see cref="ApiKeys.Create"/> makes 47 characters).
    /// </summary>
    public const int RecommendedMinLength = 32;

    // The most standard input read: a key file or a piped line, not a stream (an API key has at most 512 characters).
    private const int MaxInputChars = 8192;

    public static Command Create() => Create(input: null);

    /// <param name="input">Where the key is read from; <c>null</c> for the console (without echo when it is a terminal).</param>
    internal static Command Create(Func<TextReader>? input)
    {
        var generate = new Option<bool>("--generate") { Description = "Make a new random API key and print it with its digest; nothing is read." };

        // Caught rather than refused by the parser, whose message would repeat the key.
        var stray = new Argument<string[]>("KEY") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        var command = new Command("hash-key", "Print the digest of an API key read from stdin, as partner configuration takes it (ApiKeyHashes).") { generate, stray };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(stray) is { Length: > 0 })
            {
                await error.WriteLineAsync("error: hash-key takes no key on the command line, where shell history and process listings keep it; pipe it in (hash-key < partner.key) or type it at the prompt.");
                return CliApp.UsageError;
            }

            if (parse.GetValue(generate))
            {
                var created = ApiKeys.Create();
                await output.WriteLineAsync($"key:  {created}");
                await output.WriteLineAsync($"hash: {ApiKeyHash.Of(created)}");
                return 0;
            }

            string text;
            try
            {
                text = input is null && !Console.IsInputRedirected
                    ? ReadFromTerminal(error)
                    : await ReadBoundedAsync(input?.Invoke() ?? Console.In, cancellationToken);
            }
            catch (IOException e)
            {
                await error.WriteLineAsync($"error: standard input cannot be read: {e.Message}");
                return CliApp.UsageError;
            }

            if (KeyProblem(text, out var key) is { } problem)
            {
                await error.WriteLineAsync("error: " + problem);
                return 1;
            }

            if (key.Length < RecommendedMinLength)
            {
                await error.WriteLineAsync(
                    $"warning: the key has {key.Length} characters; the gateway stores an unsalted digest, which protects only random keys of at least {RecommendedMinLength} (hash-key --generate makes one).");
            }

            await output.WriteLineAsync(ApiKeyHash.Of(key).ToString());
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Why <paramref name="text"/> (what standard input held) is not one API key, or <c>null</c> with the key. White
    /// space around the key is not part of it (the gateway trims the <c>Authorization</c> value the same way).
    /// </summary>
    internal static string? KeyProblem(string text, out string key)
    {
        key = "";
        if (text.Length > MaxInputChars)
        {
            return $"standard input holds more than {MaxInputChars} characters; give one API key (at most {ApiKeyHash.MaxKeyLength} characters) on one line.";
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToArray();
        var keyLines = lines.Select((line, index) => (Line: line, Number: index + 1)).Where(l => l.Line.Length > 0).ToArray();
        if (keyLines.Length == 0)
        {
            return "standard input holds no API key; pipe one in (hash-key < partner.key) or type it at the prompt, or make one with --generate.";
        }

        if (keyLines.Length > 1)
        {
            return $"standard input holds more than one line (lines {keyLines[0].Number} and {keyLines[1].Number}); give one API key.";
        }

        var candidate = keyLines[0].Line;
        if (candidate.Length > ApiKeyHash.MaxKeyLength)
        {
            return $"the key on line {keyLines[0].Number} has {candidate.Length} characters; an API key has at most {ApiKeyHash.MaxKeyLength}.";
        }

        for (var i = 0; i < candidate.Length; i++)
        {
            if (candidate[i] is < '!' or > '~')
            {
                // The position and code point say what to fix without echoing the key.
                return $"character {i + 1} of the key on line {keyLines[0].Number} is U+{(int)candidate[i]:X4}; an API key travels in an HTTP Authorization header and has visible ASCII characters only (! to ~).";
            }
        }

        key = candidate;
        return null;
    }

    private static async Task<string> ReadBoundedAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxInputChars + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return new string(buffer, 0, length);
    }

    // At a terminal: a prompt on stderr (stdout stays the digest alone) and the key typed without echo.
    private static string ReadFromTerminal(TextWriter error)
    {
        error.Write("API key (not shown; Enter to end): ");
        error.Flush();
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                {
                    typed.Length--;
                }
            }
            else if (key.KeyChar != '\0' && typed.Length <= MaxInputChars)
            {
                typed.Append(key.KeyChar);
            }
        }

        error.WriteLine();
        return typed.ToString();
    }
}
