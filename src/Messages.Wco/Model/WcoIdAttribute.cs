namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// The WCO Data Model 3.x identifier of the canonical field (for example <c>D026</c>, the functional
/// reference number a declarant gives as LRN), as the WCO DM and its DEC-DMS schema annotate it
/// (<c>WCOID</c>). Fields the WCO DM has no identifier for carry none.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WcoIdAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
