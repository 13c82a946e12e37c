using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// Checks the identities inside the message against the authenticated partner: the UNB sender must be
/// one of the partner's (else CONTRL 0085 = 23, ISO 9735-1 Annex: "unknown interchange sender") and the
/// message type one it may send. Without a partner directory the stage is skipped, visibly.
/// </summary>
public sealed class AuthorizeStage(IPartnerDirectory? partners = null) : IMessageStage
{
    private const string UnknownInterchangeSender = "23";

    public string Name => PipelineStages.Authorize;

    public async ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (partners is null)
        {
            context.Skip(Name, "no partner directory is configured");
            return;
        }

        var partner = await partners.FindAsync(context.Entry.PartnerId, cancellationToken);
        if (partner is null)
        {
            context.Reject(new PipelineFinding(PipelineDiagnosticIds.UnknownPartner, string.Empty, "the sending partner is not registered"));
            return;
        }

        if (context.Detection is { Format: MessageFormat.Edifact, Interchange: { } interchange }
            && !partner.MaySendAs(interchange.Sender, interchange.SenderQualifier))
        {
            context.Reject(new PipelineFinding(
                PipelineDiagnosticIds.UnknownSender,
                "UNB/S002/0004",
                $"interchange sender '{interchange.Sender}' is not an identity of the authenticated partner",
                UnknownInterchangeSender));
            return;
        }

        if (context.MessageType is { } type && !partner.Allows(type))
        {
            context.Reject(new PipelineFinding(PipelineDiagnosticIds.MessageTypeNotAllowed, string.Empty, $"the partner may not send {type} messages"));
        }
    }
}
