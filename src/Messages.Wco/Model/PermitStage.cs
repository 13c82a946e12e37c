namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>Whether a permit document is the trader's application or the agency's decision.</summary>
public enum PermitStage
{
    Application,
    Decision,
}
