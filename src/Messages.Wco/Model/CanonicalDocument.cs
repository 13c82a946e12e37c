using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// A canonical document: what a single window knows about one declaration, manifest, passenger list,
/// permit or response, whatever format it arrived in. In canonical JSON the kind is the
/// <c>documentType</c> member.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "documentType", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Declaration), "declaration")]
[JsonDerivedType(typeof(CargoReport), "cargoReport")]
[JsonDerivedType(typeof(PassengerList), "passengerList")]
[JsonDerivedType(typeof(Permit), "permit")]
[JsonDerivedType(typeof(Response), "response")]
public abstract record CanonicalDocument
{
    /// <summary>The document kind, as the canonical JSON <c>documentType</c> names it.</summary>
    [JsonIgnore]
    public abstract string DocumentType { get; }
}
