using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using UniPass.Gateway.Benchmarks.Cli;

// Benchmarks:  dotnet run -c Release --project benchmarks/Benchmarks -- --filter '*Scan*' --job short
// Test data:   dotnet run -c Release --project benchmarks/Benchmarks -- generate paxlst 1GB artifacts/paxlst-1GB.edi
// Memory check: dotnet run -c Release --project benchmarks/Benchmarks -- validate artifacts/paxlst-1GB.edi structure
// Validation cost, measured in alternation: dotnet run -c Release --project benchmarks/Benchmarks -- interleave paxlst
// Tokenizing against the ceiling, the same way: dotnet run -c Release --project benchmarks/Benchmarks -- interleave scan paxlst
if (args.Length > 0 && args[0] == GenerateCommand.Name)
{
    return GenerateCommand.Run(args.AsSpan(1));
}

if (args.Length > 0 && args[0] == ValidateCommand.Name)
{
    return ValidateCommand.Run(args.AsSpan(1));
}

if (args.Length > 0 && args[0] == InterleaveCommand.Name)
{
    return InterleaveCommand.Run(args.AsSpan(1));
}

return RunBenchmarks(args);

// Kept out of Main's body so that the commands above do not load BenchmarkDotNet (the memory check measures the process).
[MethodImpl(MethodImplOptions.NoInlining)]
static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
