using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// An answer to a sender (WCO DM RES): its function (acceptance, rejection, status...), which
/// declaration it answers, and errors, each pointing at the field it concerns.
/// </summary>
[WcoId("07B")]
public sealed record Response : CanonicalDocument
{
    [JsonIgnore]
    public override string DocumentType => "response";

    /// <summary>Response function (WCO DM 017; UK CDS: 01 accepted, 02 received, 03 rejected, 09 cleared...).</summary>
    [WcoId("017")]
    public required string FunctionCode { get; init; }

    /// <summary>This response's own reference (WCO DM D026).</summary>
    [WcoId("D026")]
    public string? FunctionalReferenceId { get; init; }

    /// <summary>When the response was issued (WCO DM D029 response issuing date).</summary>
    [WcoId("D029")]
    public DateTimeOffset? IssueDateTime { get; init; }

    /// <summary>Processing status of the answered declaration (WCO DM 379, UN/EDIFACT 4405; RES Status/NameCode).</summary>
    [WcoId("379")]
    public string? StatusCode { get; init; }

    /// <summary>The declaration answered: its LRN, MRN, version and acceptance time.</summary>
    public ResponseSubject? Subject { get; init; }

    public IReadOnlyList<ResponseError> Errors { get; init => field = value ?? []; } = [];

    public IReadOnlyList<AdditionalInformation> AdditionalInformation { get; init => field = value ?? []; } = [];
}
