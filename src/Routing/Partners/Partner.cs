namespace UniPass.Gateway.Routing.Partners;

/// <summary>
/// A trading partner allowed to send to the gateway: who it is, how it authenticates, which
/// identities it may use inside its messages and which message types it may send.
/// </summary>
/// <param name="Id">Stable partner id; messages and acknowledgements are owned by it.</param>
/// <param name="Name">Display name.</param>
/// <param name="ApiKeys">Digests of the partner's API keys (several while a key is rotated).</param>
/// <param name="EdifactSenders">UNB S002 identities its interchanges may carry.</param>
/// <param name="DeclarantIds">WCO DM declarant / submitter ids (XML and JSON) it may use.</param>
/// <param name="AllowedMessageTypes">Message types it may send (<c>CUSDEC</c>, <c>CUSCAR</c>, <c>PAXLST</c>, <c>DEC</c> ...); <c>*</c> allows all.</param>
/// <param name="Acks">Acknowledgement preferences.</param>
public sealed record Partner(
    string Id,
    string Name,
    IReadOnlyList<ApiKeyHash> ApiKeys,
    IReadOnlyList<EdifactSenderIdentity> EdifactSenders,
    IReadOnlyList<string> DeclarantIds,
    IReadOnlyList<string> AllowedMessageTypes,
    AckPreferences Acks)
{
    /// <summary>The wildcard in <see cref="AllowedMessageTypes"/>.</summary>
    public const string AnyMessageType = "*";

    /// <summary>How the partner's EDIFACT interchanges are judged (strict or lenient, code lists, directory).</summary>
    public EdifactPreferences Edifact { get; init; } = EdifactPreferences.Default;

    /// <summary>
    /// Whether an interchange whose UNB S002 is (<paramref name="senderId"/>, <paramref name="qualifier"/>)
    /// may come from this partner. When not, the interchange is rejected with CONTRL 0085 = 23
    /// ("Unknown interchange sender", ISO 9735-1 Annex, syntax error codes).
    /// </summary>
    public bool MaySendAs(string senderId, string? qualifier)
    {
        foreach (var identity in EdifactSenders)
        {
            if (identity.Matches(senderId, qualifier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The wildcard in <see cref="DeclarantIds"/>: the partner may name any declarant (a trusted intermediary).</summary>
    public const string AnyDeclarant = "*";

    /// <summary>
    /// Whether a declaration from this partner may name <paramref name="declarantId"/> as its declarant or as
    /// the declarant's representative (compared exactly: EORI and TIN are case-sensitive codes). When not, the
    /// declaration is rejected (GTW0008) with the negative acknowledgement.
    /// </summary>
    public bool MayDeclareAs(string declarantId)
    {
        foreach (var id in DeclarantIds)
        {
            if (id == AnyDeclarant || string.Equals(id, declarantId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the partner may send messages of <paramref name="messageType"/> (compared ignoring case).</summary>
    public bool Allows(string messageType)
    {
        foreach (var type in AllowedMessageTypes)
        {
            if (type == AnyMessageType || string.Equals(type, messageType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
