using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>Writes the negative acknowledgement of a rejected message in the sender's format (CONTRL, WCO RES, JSON).</summary>
public interface IAckWriter
{
    StoredAck WriteRejection(PipelineContext context, Guid ackId);
}
