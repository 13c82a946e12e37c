using UniPass.Gateway.Messages.Edifact.Contrl;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>The acknowledgement's id as its CONTRL's interchange control reference (UNB 0020, an..14, upper-case hex: valid in every syntax level).</summary>
internal sealed class AckControlReference(Guid ackId) : IControlReferenceGenerator
{
    private const int MaxControlReferenceLength = 14;

    public string Next() => ackId.ToString("N")[..MaxControlReferenceLength].ToUpperInvariant();
}
