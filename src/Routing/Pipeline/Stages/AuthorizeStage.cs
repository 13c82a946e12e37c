using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// Checks the identities inside the message against the authenticated partner, in two places of the
/// pipeline. Before reading (<see cref="AuthorizeStage(IPartnerDirectory?)"/>): the partner is registered,
/// the UNB sender is one of its identities (else CONTRL 0085 = 23, ISO 9735-1 Annex: "unknown interchange
/// sender") and the message type one it may send. After harmonization (<see cref="Declarants"/>), when the
/// canonical documents are known whatever the format: every declaration names the partner as its declarant
/// (WCO DM 57B) or as the representative acting for the declarant (WCO DM 05A agent). Without a partner
/// directory the stage is skipped, visibly, once.
/// </summary>
public sealed class AuthorizeStage : IMessageStage
{
    private const string UnknownInterchangeSender = "23";

    // UN/EDIFACT 1225 message function, coded: 9 = original.
    private const string OriginalFunctionCode = "9";

    private readonly IPartnerDirectory? _partners;
    private readonly bool _documents;

    /// <summary>The envelope checks (partner, UNB sender, message type), before the message is read.</summary>
    public AuthorizeStage(IPartnerDirectory? partners = null)
        : this(partners, documents: false)
    {
    }

    private AuthorizeStage(IPartnerDirectory? partners, bool documents)
    {
        _partners = partners;
        _documents = documents;
    }

    public string Name => _documents ? PipelineStages.AuthorizeDocuments : PipelineStages.Authorize;

    /// <summary>
    /// The document checks (declarant ids), placed after harmonization: XML and JSON declarations are
    /// canonical after validation, EDIFACT CUSDEC once harmonized, and all are checked here alike.
    /// </summary>
    public static AuthorizeStage Declarants(IPartnerDirectory? partners) => new(partners, documents: true);

    public async ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (_partners is null)
        {
            if (!_documents)
            {
                context.Skip(Name, "no partner directory is configured");
            }

            return;
        }

        var partner = await _partners.FindAsync(context.Entry.PartnerId, cancellationToken);
        if (partner is null)
        {
            context.Reject(new PipelineFinding(PipelineDiagnosticIds.UnknownPartner, string.Empty, "the sending partner is not registered"));
            return;
        }

        context.Partner = partner;

        if (_documents)
        {
            CheckDeclarants(context, partner);
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

    /// <summary>Rejects a declaration that names neither the partner as declarant nor as the declarant's representative.</summary>
    private static void CheckDeclarants(PipelineContext context, Partner partner)
    {
        var findings = new List<PipelineFinding>();
        for (var d = 0; d < context.Documents.Count; d++)
        {
            if (context.Documents[d] is not Declaration declaration)
            {
                continue;
            }

            var declarant = IndexOf(declaration.Parties, PartyRole.Declarant);
            var agent = IndexOf(declaration.Parties, PartyRole.Agent);
            var declarantId = declarant < 0 ? null : declaration.Parties[declarant].Id;
            var agentId = agent < 0 ? null : declaration.Parties[agent].Id;
            if ((declarantId is not null && partner.MayDeclareAs(declarantId)) || (agentId is not null && partner.MayDeclareAs(agentId)))
            {
                continue;
            }

            // Amendments and cancellations (UN/EDIFACT 1225 other than 9) carry only what changes, often no party:
            // whether the partner may change the declaration they name is checked where that declaration is
            // known (the clearance processor, by its LRN/MRN and owner). A partner that may name any declarant
            // passes too.
            if (declarantId is null && agentId is null && (declaration.FunctionCode != OriginalFunctionCode || partner.MayDeclareAs(Partner.AnyDeclarant)))
            {
                continue;
            }

            var location = DeclarantLocation(context.Detection.Format, context.Documents.Count > 1 ? d : null, declarant);
            findings.Add(declarantId is null
                ? new PipelineFinding(PipelineDiagnosticIds.DeclarantNotAuthorized, location, $"declaration {declaration.Lrn} names no declarant id, so it can not be shown to come from the authenticated partner")
                : new PipelineFinding(PipelineDiagnosticIds.DeclarantNotAuthorized, location, $"declarant '{declarantId}' of declaration {declaration.Lrn} is not an id of the authenticated partner (nor is a representative of it named)"));
        }

        if (findings.Count > 0)
        {
            context.Reject(findings);
        }
    }

    private static int IndexOf(IReadOnlyList<Party> parties, PartyRole role)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].Role == role && !string.IsNullOrEmpty(parties[i].Id))
            {
                return i;
            }
        }

        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].Role == role)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the declarant is in the sender's own format: a JSON pointer into the canonical document, the
    /// WCO DM XML path (DEC 57B Declarant/ID). For a harmonized EDIFACT CUSDEC the declarant is a NAD group;
    /// the segment position is not kept by the canonical document, so the finding names the segment tag.
    /// </summary>
    private static string DeclarantLocation(MessageFormat format, int? document, int party) => format switch
    {
        MessageFormat.Json => (document is { } d ? $"/{d}" : string.Empty) + (party < 0 ? "/parties" : $"/parties/{party}/id"),
        MessageFormat.WcoXml or MessageFormat.Xml => party < 0 ? "/Declaration" : "/Declaration/Declarant/ID",
        MessageFormat.Edifact => "NAD",
        _ => string.Empty,
    };
}
