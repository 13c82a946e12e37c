namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>A composite data element (EDCD/TRCD): its tag and its components in order.</summary>
public sealed record CompositeDefinition(string Id, IReadOnlyList<ElementReference> Components);
