using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>Writes the gateway's own acknowledgements of a message in the sender's format.</summary>
public interface IAckWriter
{
    /// <summary>The negative acknowledgement of a rejected message (CONTRL, WCO RES, JSON): there always is one.</summary>
    StoredAck WriteRejection(PipelineContext context, Guid ackId);

    /// <summary>The positive acknowledgement of a routed message (a CONTRL the partner or UNB 0031 asks for), or null when none is sent.</summary>
    StoredAck? WriteAcceptance(PipelineContext context, Guid ackId);
}
