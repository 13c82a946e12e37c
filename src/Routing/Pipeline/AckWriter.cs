using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Pipeline.Internal;

namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>
/// The gateway's own acknowledgements in the sender's format. Rejections: a CONTRL rejecting the interchange
/// for EDIFACT (but none for a CONTRL, which ISO 9735 never answers: the JSON acknowledgement then), a WCO DM
/// response (RES) for XML, the gateway's JSON acknowledgement otherwise. Acceptances: the positive CONTRL of
/// an accepted EDIFACT interchange, when the partner's preference or UNB 0031 asks for one.
/// </summary>
public sealed class AckWriter : IAckWriter
{
    public const string EdifactMediaType = "application/EDIFACT";
    public const string XmlMediaType = "application/xml";
    public const string JsonMediaType = "application/json";

    private readonly ContrlRejection _contrl;
    private readonly ContrlAcceptance _acceptance;

    /// <param name="catalog">The EDIFACT directories; the gateway's own (<see cref="DirectoryCatalog.DefaultFolder"/>) when null.</param>
    public AckWriter(DirectoryCatalog? catalog = null)
    {
        catalog ??= DirectoryCatalog.CreateDefault();
        _contrl = new ContrlRejection(catalog);
        _acceptance = new ContrlAcceptance(catalog);
    }

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

    public StoredAck? WriteAcceptance(PipelineContext context, Guid ackId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now;
        return context.Detection.Format == MessageFormat.Edifact && _acceptance.Write(context, ackId, now) is { } contrl
            ? new StoredAck(ackId, context.Entry.MessageId, AckKinds.Contrl, EdifactMediaType, contrl, now)
            : null;
    }
}
