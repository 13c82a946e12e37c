namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>Stable ids of the gateway's own rejection reasons.</summary>
public static class PipelineDiagnosticIds
{
    /// <summary>The content is neither EDIFACT (UNA/UNB), XML nor JSON.</summary>
    public const string UnknownFormat = "GTW0001";

    /// <summary>A message type the gateway does not route (not a declaration, manifest, passenger list or permit).</summary>
    public const string UnsupportedMessageType = "GTW0003";

    /// <summary>The UNB sender (S002) is not an identity of the authenticated partner (CONTRL 0085 = 23).</summary>
    public const string UnknownSender = "GTW0004";

    /// <summary>The partner may not send this message type.</summary>
    public const string MessageTypeNotAllowed = "GTW0005";

    /// <summary>Processing failed on every attempt; the message went to the dead-letter topic.</summary>
    public const string DeadLettered = "GTW0006";

    /// <summary>The partner that sent the message is no longer registered.</summary>
    public const string UnknownPartner = "GTW0007";

    /// <summary>A declaration's declarant (WCO DM 57B) is not an id of the authenticated partner, nor is the partner named as its representative.</summary>
    public const string DeclarantNotAuthorized = "GTW0008";

    /// <summary>An EDIFACT interchange's errors all came after the diagnostics kept (<c>EdifactReaderOptions.MaxDiagnostics</c>): counted, not listed.</summary>
    public const string EdifactErrorsNotListed = "GTW0009";
}
