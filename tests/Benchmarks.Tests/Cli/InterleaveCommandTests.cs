using UniPass.Gateway.Benchmarks.Cli;

namespace UniPass.Gateway.Benchmarks.Tests.Cli;

public sealed class InterleaveCommandTests
{
    private TextWriter _console = TextWriter.Null;

    [SetUp]
    public void KeepConsole() => _console = Console.Out;

    [TearDown]
    public void RestoreConsole() => Console.SetOut(_console);

    [TestCase(new[] { "scan", "paxlst", "1MB", "1" }, new[] { "Vectorized", "IndexOfAny", "SequentialWalk", "Reader" })]
    [TestCase(new[] { "cuscar", "1MB", "1" }, new[] { "Tokenize", "ValidateEnvelope", "ValidateStructure" })]
    public void Run_kindSizeAndRounds_printsARowPerWorkload(string[] args, string[] workloads)
    {
        var output = new StringWriter();
        Console.SetOut(output);

        var exit = InterleaveCommand.Run(args);

        var rows = output.ToString().Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(2).Select(l => l.Split('|')[1].Trim()).ToArray();
        Assert.That(exit, Is.Zero);
        Assert.That(rows, Is.EqualTo(workloads));
    }

    [TestCase("scan")]
    [TestCase("scan", "invoic")]
    [TestCase("paxlst", "lots")]
    [TestCase("paxlst", "1MB", "0")]
    public void Run_badArguments_returnsUsageError(params string[] args)
    {
        var error = new StringWriter();
        var console = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.That(InterleaveCommand.Run(args), Is.EqualTo(2));
        }
        finally
        {
            Console.SetError(console);
        }

        Assert.That(error.ToString(), Does.StartWith("usage: interleave [scan]"));
    }
}
