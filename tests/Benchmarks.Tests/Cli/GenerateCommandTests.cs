using UniPass.Gateway.Benchmarks.Cli;
using UniPass.Gateway.Benchmarks.Edifact;

namespace UniPass.Gateway.Benchmarks.Tests.Cli;

public sealed class GenerateCommandTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("unipass-generate-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Run_kindSizeAndFile_writesTheGeneratedInterchange()
    {
        var file = Path.Combine(_directory, "paxlst.edi");

        var exit = GenerateCommand.Run(["paxlst", "64KB", file, "5"]);

        Assert.That(exit, Is.Zero);
        Assert.That(File.ReadAllBytes(file), Is.EqualTo(InterchangeGenerator.Paxlst(64 << 10, seed: 5)));
    }

    [TestCase("invoic", "1MB")]
    [TestCase("cuscar", "lots")]
    public void Run_badArguments_returnsUsageError(string kind, string size)
    {
        var exit = GenerateCommand.Run([kind, size, Path.Combine(_directory, "x.edi")]);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(File.Exists(Path.Combine(_directory, "x.edi")), Is.False);
    }

    [Test]
    public void Run_unwritableFile_returnsUsageError()
    {
        var exit = GenerateCommand.Run(["cuscar", "1MB", Path.Combine(_directory, "missing", "x.edi")]);

        Assert.That(exit, Is.EqualTo(2));
    }
}
