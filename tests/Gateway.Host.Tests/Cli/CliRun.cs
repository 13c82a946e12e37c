using UniPass.Gateway.Host.Cli;

namespace UniPass.Gateway.Host.Tests.Cli;

/// <summary>One in-process run of the CLI with its exit code and captured output.</summary>
internal sealed record CliRun(int Exit, string Output, string Error)
{
    /// <summary>The lines written to stdout.</summary>
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs <paramref name="args"/> through the executable's entry point; <c>run</c> and host options start nothing.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await EntryPoint.RunAsync(args, output, error, _ => throw new AssertionException("the gateway must not start"));
        return new CliRun(exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>The absolute path of a file in the test project's <c>Fixtures/</c>.</summary>
    public static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name);

    /// <inheritdoc/>
    public override string ToString() => $"exit {Exit}\n--- stdout\n{Output}--- stderr\n{Error}";
}
