namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>A simple data element of the directory (EDED/TRED): its four-character tag and its representation.</summary>
public sealed record DataElementDefinition(string Id, DataElementFormat Format);
