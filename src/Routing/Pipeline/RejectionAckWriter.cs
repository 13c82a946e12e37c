using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Pipeline.Internal;

namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>
/// Negative acknowledgements in the sender's format: a CONTRL rejecting the interchange for EDIFACT
/// (but none for a CONTRL, which ISO 9735 never answers: the JSON acknowledgement then), a WCO DM
/// response (RES) for XML, the gateway's JSON acknowledgement otherwise.
/// </summary>
public sealed class RejectionAckWriter : IAckWriter
{
    public const string EdifactMediaType = "application/EDIFACT";
    public const string XmlMediaType = "application/xml";
    public const string JsonMediaType = "application/json";

    private readonly ContrlRejection _contrl = new(DirectoryCatalog.CreateDefault());

    public StoredAck WriteRejection(PipelineContext context, Guid ackId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now;
        return context.Detection.Format switch
        {
            MessageFormat.Edifact when _contrl.Write(context, ackId, now) is { } contrl => new StoredAck(ackId, context.Entry.MessageId, AckKinds.Contrl, EdifactMediaType, contrl, now),
            MessageFormat.WcoXml or MessageFormat.Xml => new StoredAck(ackId, context.Entry.MessageId, AckKinds.WcoResponse, XmlMediaType, WcoRejection.Write(context, now), now),
            _ => new StoredAck(ackId, context.Entry.MessageId, AckKinds.Json, JsonMediaType, JsonRejection.Write(context, now), now),
        };
    }
}
