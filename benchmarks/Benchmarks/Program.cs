using BenchmarkDotNet.Running;
using UniPass.Gateway.Benchmarks.Cli;

// Benchmarks:  dotnet run -c Release --project benchmarks/Benchmarks -- --filter '*Scan*' --job short
// Test data:   dotnet run -c Release --project benchmarks/Benchmarks -- generate paxlst 1GB artifacts/paxlst-1GB.edi
if (args.Length > 0 && args[0] == GenerateCommand.Name)
{
    return GenerateCommand.Run(args.AsSpan(1));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
