using UniPass.Gateway.Host.Cli;

namespace UniPass.Gateway.Host.Tests.Cli;

public sealed class EntryPointTests
{
    // Arguments separated by single spaces (none: no arguments).
    [TestCase("")]
    [TestCase("--urls http://127.0.0.1:5080")]
    [TestCase("--urls=http://127.0.0.1:5080 --environment Production")]
    [TestCase("--contentRoot /srv/unipass")]
    [TestCase("Storage:Provider=Sqlite")]
    [TestCase("--Storage:Provider=Sqlite --Bus:Kind InProcess")]
    public void Classify_hostOptions_runsTheGateway(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(EntryPoint.Classify(args, out var problem), Is.EqualTo(LaunchKind.Gateway), problem);
    }

    [TestCase("validate")]
    [TestCase("inspect")]
    [TestCase("run")]
    [TestCase("schemas")]
    [TestCase("version")]
    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("--version")]
    public void Classify_commandFirst_runsTheCli(string first)
    {
        Assert.That(EntryPoint.Classify([first, "x"], out _), Is.EqualTo(LaunchKind.Cli));
    }

    [TestCase(new[] { "validte", "a.edi" }, "'validte' is not a command")]
    [TestCase(new[] { "a.edi" }, "'a.edi' is not a command")]
    [TestCase(new[] { "data/a.edi" }, "'data/a.edi' is not a command")]
    [TestCase(new[] { "--urls" }, "'--urls' needs a value")]
    [TestCase(new[] { "--urls", "http://127.0.0.1:5080", "extra" }, "'extra' is not a host option")]
    [TestCase(new[] { "-x", "1" }, "'-x' is not a host option")]
    [TestCase(new[] { "--=1" }, "'--=1' is not a configuration switch")]
    [TestCase(new[] { "=value" }, "'=value' is not a host option")]
    public void Classify_anythingElse_isAUsageError(string[] args, string expected)
    {
        Assert.That(EntryPoint.Classify(args, out var problem), Is.EqualTo(LaunchKind.UsageError));
        Assert.That(problem, Does.StartWith(expected));
    }

    [Test]
    public async Task RunAsync_mistypedCommand_exits2WithSuggestionAndCommandsWithoutStartingTheGateway()
    {
        var run = await CliRun.RunAsync("validte", "a.edi");

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError), run.ToString());
        Assert.That(run.Error, Does.StartWith("error: 'validte' is not a command.\nDid you mean 'validate'?\n"));
        foreach (var command in new[] { "run", "validate", "inspect", "schemas", "version" })
        {
            Assert.That(run.Error, Does.Contain($"\n  {command} "), command);
        }

        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public async Task RunAsync_unrelatedWord_exits2WithoutSuggestion()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError));
        Assert.That(run.Error, Does.Not.Contain("Did you mean"));
        Assert.That(run.Error, Does.Contain("Commands:"));
    }

    [Test]
    public async Task RunAsync_hostOptions_startsTheGatewayWithThem()
    {
        string[]? started = null;
        var exit = await EntryPoint.RunAsync(["--urls", "http://127.0.0.1:5080", "Bus:Kind=InProcess"], TextWriter.Null, TextWriter.Null, args =>
        {
            started = args;
            return Task.CompletedTask;
        });

        Assert.That(exit, Is.Zero);
        Assert.That(started, Is.EqualTo(new[] { "--urls", "http://127.0.0.1:5080", "Bus:Kind=InProcess" }));
    }

    [Test]
    public async Task RunAsync_runWithHostOptions_startsTheGatewayWithoutTheCommandName()
    {
        string[]? started = null;
        var exit = await EntryPoint.RunAsync(["run", "--urls", "http://127.0.0.1:5080", "--environment=Production"], TextWriter.Null, TextWriter.Null, args =>
        {
            started = args;
            return Task.CompletedTask;
        });

        Assert.That(exit, Is.Zero);
        Assert.That(started, Is.EqualTo(new[] { "--urls", "http://127.0.0.1:5080", "--environment=Production" }));
    }

    [Test]
    public async Task RunAsync_runWithAFileName_exits2WithoutStartingTheGateway()
    {
        var run = await CliRun.RunAsync("run", "a.edi");

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError));
        Assert.That(run.Error, Does.Contain("'a.edi' is not a host option"));
    }
}
