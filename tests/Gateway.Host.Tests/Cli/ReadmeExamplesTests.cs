using System.Diagnostics;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Cli;

/// <summary>
/// The README's command-line examples are what the executable prints: each <c>$ unipass ...</c>
/// line in a console block is run from the repository root and its output compared with the lines
/// that follow it.
/// </summary>
public sealed class ReadmeExamplesTests
{
    private const string Prompt = "$ unipass ";

    public static IEnumerable<TestCaseData> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        var inConsole = false;
        string? command = null;
        var expected = new List<string>();
        foreach (var line in lines)
        {
            if (!inConsole)
            {
                inConsole = line == "```console";
                continue;
            }

            if (line == "```" || line.StartsWith("$ ", StringComparison.Ordinal))
            {
                if (command is not null)
                {
                    yield return new TestCaseData(command, string.Join('\n', expected)).SetArgDisplayNames(command);
                }

                command = line.StartsWith(Prompt, StringComparison.Ordinal) ? line[Prompt.Length..] : null;
                expected.Clear();
                inConsole = line != "```";
                continue;
            }

            expected.Add(line);
        }
    }

    [TestCaseSource(nameof(Examples))]
    public async Task Readme_example_printsWhatTheReadmeShows(string arguments, string expected)
    {
        var executable = Path.Combine(TestContext.CurrentContext.TestDirectory, OperatingSystem.IsWindows() ? "UniPass.Gateway.Host.exe" : "UniPass.Gateway.Host");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = SharedData.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Each example writes to one stream only (findings to stdout, usage errors to stderr).
        var printed = (await output + await error).ReplaceLineEndings("\n").TrimEnd('\n');
        Assert.That(printed, Is.EqualTo(expected));
    }

    [Test]
    public async Task Readme_everyCommand_isInTheTableAndHasASection()
    {
        // The commands as the executable lists them after a usage error.
        var run = await CliRun.RunAsync("no-such-command");
        var commands = run.Error.Split('\n')
            .SkipWhile(l => l != "Commands:")
            .Skip(1)
            .TakeWhile(l => l.Length > 0)
            .Select(l => l.Trim().Split(' ')[0])
            .Where(c => c != "run")
            .ToArray();
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        var table = readme.Split('\n').Single(l => l.StartsWith("| a command: ", StringComparison.Ordinal));

        Assert.That(commands, Has.Length.GreaterThan(5), run.ToString());
        using (Assert.EnterMultipleScope())
        {
            foreach (var command in commands)
            {
                Assert.That(table, Does.Contain($"`{command}`"), $"{command} in the table of first arguments");
                Assert.That(readme, Does.Contain($"\n### `{command}"), $"{command} has a section");
            }
        }
    }

    [Test]
    public void Examples_readme_hasExamplesOfEveryCommand()
    {
        var commands = Examples().Select(e => ((string)e.Arguments[0]!).Split(' ')[0]).ToHashSet();

        Assert.That(commands, Is.SupersetOf(new[] { "validate", "inspect" }));
    }
}
