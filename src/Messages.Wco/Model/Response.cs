using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// An answer to a sender (WCO DM RES): its function (acceptance, rejection, status...), which
/// declaration it answers, and errors, each pointing at the field it concerns.
/// </summary>
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

    [WcoId("D011")]
    public DateTimeOffset? IssueDateTime { get; init; }

    /// <summary>Status of the answered document (WCO DM 225 statement / 014 status, free code).</summary>
    public string? StatusCode { get; init; }

    /// <summary>The declaration answered: its LRN, MRN, version and acceptance time.</summary>
    public ResponseSubject? Subject { get; init; }

    public IReadOnlyList<ResponseError> Errors { get; init; } = [];

    public IReadOnlyList<AdditionalInformation> AdditionalInformation { get; init; } = [];
}
