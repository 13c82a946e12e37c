namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>What <see cref="InterchangeGenerator"/> wrote: its size, its messages and the service characters a scanner must count.</summary>
public sealed record GeneratedInterchange(InterchangeKind Kind, long Bytes, long Messages, ServiceCharacterCounts Counts);
