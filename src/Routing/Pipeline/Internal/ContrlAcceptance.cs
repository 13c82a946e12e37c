using UniPass.Gateway.Messages.Edifact.Contrl;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>
/// The positive CONTRL for an accepted interchange (ISO 9735-1: UCI action 7, or 8 "received" when the partner
/// wants receipts only), built by <see cref="ContrlBuilder"/> from the validation result the pipeline kept
/// (<see cref="PipelineContext.Edifact"/>), as the partner's <see cref="ContrlPreference"/> says: on request
/// (UNB 0031 = 1, or 2 in version 4 for a receipt), always, or never (<see cref="ContrlPreference.ErrorsOnly"/>). None answers a CONTRL.
/// </summary>
internal sealed class ContrlAcceptance(DirectoryCatalog catalog)
{
    /// <summary>The CONTRL, or null when none is to be sent.</summary>
    public byte[]? Write(PipelineContext context, Guid ackId, DateTimeOffset now)
    {
        var preference = context.Partner?.Acks.Contrl ?? ContrlPreference.OnRequest;
        if (context.Edifact is not { IsValid: true } subject || preference == ContrlPreference.ErrorsOnly)
        {
            return null;
        }

        var options = new ContrlOptions
        {
            Sending = preference == ContrlPreference.OnRequest ? ContrlSending.OnRequest : ContrlSending.Always,
            AcknowledgeAccepted = true,
            ReceivedOnly = preference == ContrlPreference.ReceivedOnly,
            RejectInterchangeOnAnyError = true,
            AlwaysWriteServiceStringAdvice = true,
        };
        return new ContrlBuilder(options, new FixedClock(now), new AckControlReference(ackId), catalog).Build(subject);
    }
}
