namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>References from random GUIDs: 14 upper-case hexadecimal digits (56 bits), valid in every syntax level.</summary>
public sealed class GuidControlReferenceGenerator : IControlReferenceGenerator
{
    private const int Length = 14;

    /// <inheritdoc/>
    public string Next() => Guid.NewGuid().ToString("N")[..Length].ToUpperInvariant();
}
