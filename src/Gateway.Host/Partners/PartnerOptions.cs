namespace UniPass.Gateway.Host.Partners;

/// <summary>
/// The partner registry from configuration (section <c>Partners</c>), e.g. in <c>appsettings.json</c>:
/// <code>
/// "Partners": {
///   "Demo": { "Enabled": true },
///   "Entries": [ { "Id": "maersk", "Name": "Maersk Line", "ApiKeyHashes": [ "sha256:…" ],
///                  "EdifactSenders": [ "MAEU:ZZ" ], "DeclarantIds": [ "DK12345678" ],
///                  "MessageTypes": [ "CUSCAR" ], "EdifactMode": "Lenient", "CheckCodeLists": false,
///                  "EnforceRepertoire": false, "Directory": "D96B", "Contrl": "Always" } ]
/// }
/// </code>
/// or as environment variables (<c>Partners__Entries__0__Id=maersk</c>). Only key digests are configured,
/// never clear keys (<c>UniPass.Gateway.Host hash-key</c> prints the digest of a key read from stdin, and
/// <c>hash-key --generate</c> makes a key and its digest).
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

    /// <summary><c>Strict</c> (ISO 9735 as written, the default) or <c>Lenient</c> (recoveries are warnings).</summary>
    public string? EdifactMode { get; set; }

    /// <summary>Check coded values against the directory's code lists (default true; service segments are always checked).</summary>
    public bool CheckCodeLists { get; set; } = true;

    /// <summary>
    /// Reject (in strict mode) values outside the UNOA/UNOB repertoire (EDI0010) instead of warning (default false:
    /// many partners write lower case into UNOA envelopes).
    /// </summary>
    public bool EnforceRepertoire { get; set; }

    /// <summary>
    /// Validate every message against this directory instead of the one UNH S009 names: <c>D96B</c>, <c>D.96B</c>
    /// or <c>D:96B:UN</c>; unset to follow UNH.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>When an accepted interchange gets a positive CONTRL: <c>OnRequest</c> (UNB 0031 = 1, the default), <c>Always</c>, <c>ErrorsOnly</c> or <c>ReceivedOnly</c>.</summary>
    public string? Contrl { get; set; }
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

    /// <summary>When the demo partner's accepted interchanges get a positive CONTRL (default: when UNB 0031 asks).</summary>
    public string? Contrl { get; set; }
}
