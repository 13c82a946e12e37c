using UniPass.Gateway.LoadClient;

// Load run of the gateway over HTTPS (see benchmarks/RESULTS.md, "Gateway load"):
//   dotnet run -c Release --project benchmarks/LoadClient -- --target postgres --rate 1000 --duration 10
//   dotnet run -c Release --project benchmarks/LoadClient -- --target embedded --rate max --concurrency 64
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("load: " + e.Message);
    Console.Error.WriteLine("usage: --target embedded|postgres --rate N|max [--duration S] [--warmup S] [--connections N] [--concurrency N] [--http 1.1|2] [--pg CONNECTION] [--file PATH] [--host-log LEVEL] [--perf-map on] [--set Key=Value]...");
    return 2;
}

var report = await LoadRun.RunAsync(options, Console.Out);
report.Write(Console.Out);
return 0;
