using BenchmarkDotNet.Configs;

namespace UniPass.Gateway.Benchmarks.Reporting;

/// <summary>The default configuration plus the <see cref="ThroughputColumn"/>.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn());
    }
}
