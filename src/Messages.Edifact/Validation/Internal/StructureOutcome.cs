using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>How a message was validated: against which directory, or (null) at envelope level only.</summary>
internal readonly record struct StructureOutcome(DirectoryId? Directory);
