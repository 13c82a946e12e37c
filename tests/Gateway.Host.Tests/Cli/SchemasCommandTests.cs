using UniPass.Gateway.Host.Cli;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Cli;

public sealed class SchemasCommandTests
{
    private string _output = null!;

    [SetUp]
    public void CreateOutput() => _output = Directory.CreateTempSubdirectory("unipass-schemas-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(_output, recursive: true);

    [Test]
    public async Task Import_withMessages_writesTheSubsetFile()
    {
        var zip = SharedData.PathOf("edifact-directories/d02b.zip");
        Assert.That(zip, Is.Not.Null, "../shared/edifact-directories is missing");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["schemas", "import", zip!, "--messages", "PAXLST,CUSCAR", "--output", _output], stdout, stderr);

        Assert.That(exit, Is.Zero, stderr.ToString());
        var directory = DirectoryFile.Load(Path.Combine(_output, "d02b.txt"));
        Assert.That(directory.Id, Is.EqualTo(DirectoryId.UnDirectory("02B")));
        Assert.That(directory.Messages.Keys.Order(), Is.EqualTo(new[] { "CUSCAR", "PAXLST" }));
        Assert.That(directory.Segments.ContainsKey("ATT"), Is.True, "PAXLST SG4 uses ATT");
        Assert.That(stdout.ToString(), Does.StartWith("D.02B (UN): 2 messages"));
    }

    [Test]
    public async Task Import_messageTheDirectoryLacks_returnsInvalidInput()
    {
        var zip = SharedData.PathOf("edifact-directories/d93a.zip");
        Assert.That(zip, Is.Not.Null, "../shared/edifact-directories is missing");
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["schemas", "import", zip!, "--messages", "CUSEXP", "--output", _output], new StringWriter(), stderr);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stderr.ToString(), Does.Contain("has no message CUSEXP"));
        Assert.That(Directory.EnumerateFiles(_output), Is.Empty);
    }

    [Test]
    public async Task Import_missingFile_returnsUsageError()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["schemas", "import", Path.Combine(_output, "d99z.zip")], new StringWriter(), stderr);

        Assert.That(exit, Is.EqualTo(CliApp.UsageError));
        Assert.That(stderr.ToString(), Does.Contain("no such file"));
    }

    [Test]
    public async Task Import_notAZip_returnsInvalidInput()
    {
        var path = Path.Combine(_output, "d01a.zip");
        await File.WriteAllTextAsync(path, "UNB+UNOC:3+X+Y+260101:1200+1'");
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["schemas", "import", path, "--output", _output], new StringWriter(), stderr);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stderr.ToString(), Does.StartWith("d01a.zip: "));
    }
}
