namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>Status of a segment, group, data element or component (UNTDID Part 4 §2.6: M = mandatory, C = conditional).</summary>
public enum UsageStatus : byte
{
    Conditional = 0,
    Mandatory = 1,
}
