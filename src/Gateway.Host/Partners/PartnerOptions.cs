namespace UniPass.Gateway.Host.Partners;

/// <summary>
/// The partner registry from configuration (section <c>Partners</c>), e.g. in <c>appsettings.json</c>:
/// <code>
/// "Partners": {
///   "Demo": { "Enabled": true },
///   "Entries": [ { "Id": "maersk", "Name": "Maersk Line", "ApiKeyHashes": [ "sha256:…" ],
///                  "EdifactSenders": [ "MAEU:ZZ" ], "DeclarantIds": [ "DK12345678" ],
///                  "MessageTypes": [ "CUSCAR" ], "Contrl": true } ]
/// }
/// </code>
/// or as environment variables (<c>Partners__Entries__0__Id=maersk</c>). Only key digests are configured,
/// never clear keys (<c>UniPass.Gateway.Host partner-key</c> makes a key and its digest).
/// </summary>
public sealed class PartnerOptions
{
    public const string SectionName = "Partners";

    public DemoPartnerOptions Demo { get; set; } = new();

    public List<PartnerEntry> Entries { get; set; } = [];
}

/// <summary>One configured partner (see <see cref="PartnerOptions"/>).</summary>
public sealed class PartnerEntry
{
    public string Id { get; set; } = "";

    public string? Name { get; set; }

    /// <summary><c>sha256:&lt;hex&gt;</c> digests of the partner's API keys.</summary>
    public List<string> ApiKeyHashes { get; set; } = [];

    /// <summary>UNB S002 identities, <c>id</c> or <c>id:qualifier</c>.</summary>
    public List<string> EdifactSenders { get; set; } = [];

    public List<string> DeclarantIds { get; set; } = [];

    /// <summary>Allowed message types; <c>*</c> for all.</summary>
    public List<string> MessageTypes { get; set; } = [];

    /// <summary>Send positive CONTRL for accepted interchanges.</summary>
    public bool Contrl { get; set; }
}

/// <summary>
/// The demo partner of the embedded default: its key is generated on first start, kept in
/// <c>&lt;data&gt;/demo-partner.key</c> and printed on start. Disable it in production.
/// </summary>
public sealed class DemoPartnerOptions
{
    public bool Enabled { get; set; } = true;

    public string Id { get; set; } = "demo";

    public string Name { get; set; } = "Demo partner";

    /// <summary>UNB S002 identities the demo partner may use. Default <c>DEMO</c> (any qualifier).</summary>
    public List<string> EdifactSenders { get; set; } = ["DEMO"];

    public List<string> DeclarantIds { get; set; } = ["DEMO"];

    public List<string> MessageTypes { get; set; } = ["*"];

    public bool Contrl { get; set; } = true;
}
