using UniPass.Gateway.Host.Cli;

namespace UniPass.Gateway.Host.Tests.Cli;

public sealed class CliAppTests
{
    [Test]
    public async Task RunAsync_version_printsProductName()
    {
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(["version"], output, new StringWriter());

        Assert.That(exit, Is.Zero);
        Assert.That(output.ToString(), Does.StartWith("UniPass Gateway "));
    }

    [Test]
    public async Task RunAsync_unknownOption_returnsUsageError()
    {
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(["version", "--no-such-option"], new StringWriter(), error);

        Assert.That(exit, Is.EqualTo(CliApp.UsageError));
        Assert.That(error.ToString(), Does.Contain("--no-such-option"));
    }

    [TestCase("version", true)]
    [TestCase("--help", true)]
    [TestCase("--urls", false)]
    [TestCase("no-such-command", false)]
    public void IsCommand_name_tellsCliFromHost(string name, bool expected)
    {
        Assert.That(CliApp.IsCommand(name), Is.EqualTo(expected));
    }
}
