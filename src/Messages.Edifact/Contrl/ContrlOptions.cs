namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>What <see cref="ContrlBuilder"/> answers, and how it writes the CONTRL interchange.</summary>
public sealed record ContrlOptions
{
    /// <summary>When to answer at all (default: when UNB 0031 asks for it).</summary>
    public ContrlSending Sending { get; init; } = ContrlSending.OnRequest;

    /// <summary>Answer interchanges without errors too (a positive CONTRL); when false only errors are answered.</summary>
    public bool AcknowledgeAccepted { get; init; } = true;

    /// <summary>
    /// Answer an interchange without errors with UCI action 8 ("interchange received") and nothing
    /// below it, instead of acknowledging each group and message. Errors are still reported in full:
    /// the gateway has judged the interchange, and a receipt would hide a rejection.
    /// </summary>
    public bool ReceivedOnly { get; init; }

    /// <summary>
    /// Reject the whole interchange (UCI action 4) when any level has an error, as a gateway that does
    /// not process part of an interchange must; by default only envelope errors reject it and a
    /// faulty message is rejected alone (UCM action 4 under UCI action 7).
    /// </summary>
    public bool RejectInterchangeOnAnyError { get; init; }

    /// <summary>
    /// Write the CONTRL with the subject's service characters (default), which its sender demonstrably
    /// reads, rather than the level's defaults; a UNA follows whenever they are not the defaults.
    /// </summary>
    public bool UseSubjectDelimiters { get; init; } = true;

    /// <summary>Write UNA even with default delimiters (some partners' software insists on one).</summary>
    public bool AlwaysWriteServiceStringAdvice { get; init; }

    /// <summary>Write CR LF after every segment (readable output, e.g. on a terminal).</summary>
    public bool LineBreakAfterSegment { get; init; }

    /// <summary>The defaults: on request, positive acknowledgements on, detailed, message-level rejection.</summary>
    public static ContrlOptions Default { get; } = new();
}
