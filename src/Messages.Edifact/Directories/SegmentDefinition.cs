namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>A segment (EDSD/TRSD): its tag and its data elements and composites in order.</summary>
public sealed record SegmentDefinition(string Tag, IReadOnlyList<ElementReference> Elements);
