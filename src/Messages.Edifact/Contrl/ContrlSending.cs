namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>When a CONTRL is sent in answer to an interchange.</summary>
public enum ContrlSending
{
    /// <summary>When UNB 0031 (acknowledgement request) is 1, as ISO 9735-1 provides by default.</summary>
    OnRequest = 0,

    /// <summary>For every interchange, as an interchange agreement may provide.</summary>
    Always = 1,

    /// <summary>Never.</summary>
    Never = 2,
}
