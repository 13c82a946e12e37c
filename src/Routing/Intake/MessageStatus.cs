namespace UniPass.Gateway.Routing.Intake;

/// <summary>Where a message is in its life; every message ends with exactly one final status.</summary>
public enum MessageStatus
{
    /// <summary>Stored and acknowledged to the sender; waiting in the outbox.</summary>
    Received,

    /// <summary>Syntax, structure or policy failure: a negative acknowledgement is stored with it.</summary>
    Rejected,

    /// <summary>Published to its topics; the broker confirmed.</summary>
    Routed,

    /// <summary>A processor has answered (application acknowledgement stored).</summary>
    Answered,
}
