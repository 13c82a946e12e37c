namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// How many unreleased service characters an interchange holds after its UNA advice: what every
/// scanner in <see cref="ScanBenchmarks"/> must agree on before it is timed.
/// </summary>
public readonly record struct ServiceCharacterCounts(long SegmentTerminators, long ElementSeparators, long ComponentSeparators);
