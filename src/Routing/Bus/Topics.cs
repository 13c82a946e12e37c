namespace UniPass.Gateway.Routing.Bus;

/// <summary>Every topic the gateway publishes to, named in one place.</summary>
public static class Topics
{
    public const string Declarations = "customs.declarations";
    public const string Manifests = "customs.manifests";
    public const string Passengers = "customs.passengers";
    public const string Permits = "customs.permits";
    public const string Acks = "gateway.acks";
    public const string DeadLetter = "gateway.deadletter";

    /// <summary>The prefix of the per-agency topics (<c>oga.&lt;agency&gt;</c>).</summary>
    public const string AgencyPrefix = "oga.";

    /// <summary>The topic of a document kind.</summary>
    public static string For(DocumentKind kind) => kind switch
    {
        DocumentKind.Declaration => Declarations,
        DocumentKind.Manifest => Manifests,
        DocumentKind.PassengerList => Passengers,
        DocumentKind.Permit => Permits,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };

    /// <summary>
    /// The topic of an agency's split package, <c>oga.&lt;agency&gt;</c>; the agency code is lower-cased
    /// and must be a legal Kafka topic part (letters, digits, '-', '_').
    /// </summary>
    public static string ForAgency(string agency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agency);
        foreach (var c in agency)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new ArgumentException($"Agency code '{agency}' may hold only letters, digits, '-' and '_'.", nameof(agency));
            }
        }

        return AgencyPrefix + agency.ToLowerInvariant();
    }

    /// <summary>The fixed topics, for creating them up front.</summary>
    public static IReadOnlyList<string> All { get; } = [Declarations, Manifests, Passengers, Permits, Acks, DeadLetter];
}
