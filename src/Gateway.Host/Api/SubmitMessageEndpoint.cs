using Microsoft.AspNetCore.Mvc;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Api;

/// <summary>
/// <c>POST /api/v1/messages</c>: store the bytes exactly as received (with their outbox entry, in one transaction)
/// and answer <c>202 Accepted</c> with the tracking id and <c>Location</c>. A repeat (same <c>Idempotency-Key</c>,
/// or the same EDIFACT interchange within the duplicate window) gets the original answer; an Idempotency-Key
/// reused for different bytes gets <c>422</c>, an interchange key reused for different bytes <c>409</c>.
/// </summary>
internal static class SubmitMessageEndpoint
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Longest accepted Idempotency-Key (draft-ietf-httpapi-idempotency-key-header: a short opaque string).</summary>
    public const int MaxIdempotencyKeyLength = 255;

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        [FromServices] IMessageStore store,
        [FromServices] IPartnerDirectory partners,
        [FromServices] GatewayMetrics metrics,
        [FromServices] TimeProvider time,
        [FromServices] ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var log = loggers.CreateLogger(typeof(SubmitMessageEndpoint));
        var partnerId = MessagesApi.Partner(context);

        if (!TryReadIdempotencyKey(context.Request, out var idempotencyKey, out var keyProblem))
        {
            ApiLog.Refused(log, partnerId, "bad Idempotency-Key");
            return keyProblem!;
        }

        if (SubmissionContentType.RefusalReason(context.Request.ContentType) is { } refusal)
        {
            ApiLog.Refused(log, partnerId, "content type is not a message");
            return Problems.Result(
                StatusCodes.Status415UnsupportedMediaType,
                "Not a message",
                refusal,
                [new ApiDiagnostic("API0415", ApiDiagnostic.Error, "header:Content-Type", refusal)]);
        }

        var limit = RequestBody.LimitOf(context);
        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(context.Request, limit, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            ApiLog.Refused(log, partnerId, "body too large");
            return Problems.Result(
                StatusCodes.Status413PayloadTooLarge,
                "Message too large",
                $"A message may have at most {limit} bytes.",
                [new ApiDiagnostic("API0413", ApiDiagnostic.Error, "header:Content-Length", $"The body exceeds {limit} bytes.")]);
        }

        if (body.Length == 0)
        {
            return Problems.Result(
                StatusCodes.Status400BadRequest,
                "Empty message",
                "The request has no body; send the EDIFACT interchange, WCO DM XML or JSON document as the body.",
                [new ApiDiagnostic("API0001", ApiDiagnostic.Error, "body", "The body is empty.")]);
        }

        var partner = await partners.FindAsync(partnerId, cancellationToken);
        var detected = FormatDetector.Detect(body);
        if (partner is not null && detected.MessageType is { } type && !partner.Allows(type))
        {
            ApiLog.Refused(log, partnerId, "message type not allowed");
            return Problems.Result(
                StatusCodes.Status403Forbidden,
                "Message type not allowed",
                $"Partner {partnerId} may not send {type} messages.",
                [new ApiDiagnostic("API0403", ApiDiagnostic.Error, "body", $"Message type {type} is not among the partner's allowed types.")]);
        }

        // The intake span continues the sender's trace; its traceparent is stored and published with every record.
        using var intake = IntakeTracing.StartIntake(IntakeChannels.Https, context.Request.Headers.TraceParent, context.Request.Headers.TraceState);
        IntakeReceipt receipt;
        try
        {
            receipt = await store.ReceiveAsync(
                new IntakeRequest(partnerId, IntakeChannels.Https, context.Request.ContentType, body, idempotencyKey, intake.Id),
                cancellationToken);
        }
        catch (IdempotencyKeyReusedException)
        {
            ApiLog.Refused(log, partnerId, "Idempotency-Key reused for different content");
            return KeyReusedProblem();
        }
        catch (InterchangeReusedException e)
        {
            ApiLog.InterchangeReused(log, e.KeptAsMessageId, partnerId, e.OriginalMessageId);
            return InterchangeReusedProblem(e);
        }

        if (receipt.IsRepeat)
        {
            ApiLog.Repeat(log, receipt.MessageId, partnerId);
        }
        else
        {
            ApiLog.Received(log, receipt.MessageId, partnerId, receipt.Format.ToName(), receipt.MessageType, body.Length);
            metrics.Received(receipt.MessageType ?? receipt.Format.ToName(), partnerId, IntakeChannels.Https);
            metrics.RecordStage(GatewayMetrics.StageReceive, time.GetElapsedTime(started));
        }

        var response = ReceiptResponse.From(receipt);
        return TypedResults.Accepted(response.Location, response);
    }

    /// <summary>
    /// draft-ietf-httpapi-idempotency-key-header, "Error Scenarios": a key reused with a different payload is
    /// answered 422. The earlier message is the sender's own, but the answer names no id: the key identifies it.
    /// </summary>
    private static IResult KeyReusedProblem() => Problems.Result(
        StatusCodes.Status422UnprocessableEntity,
        "Idempotency-Key already used",
        "This Idempotency-Key was already used for a different message; nothing was stored. Send a new message with a new key, or repeat the original bytes to get the original answer.",
        [new ApiDiagnostic("API0422", ApiDiagnostic.Error, "header:" + IdempotencyKeyHeader, "The key was used before with a different body.")]);

    /// <summary>
    /// An interchange key (UNB S002 sender, S003 recipient, 0020 control reference) used before for different bytes:
    /// <c>409 Conflict</c>, the submission conflicts with the interchange already on record. The refused bytes are kept
    /// as a rejected message (never processed), named by <c>instance</c>, so that nothing the partner sent is lost.
    /// </summary>
    private static IResult InterchangeReusedProblem(InterchangeReusedException e)
    {
        var key = InterchangeReusedException.Describe(e.Interchange);
        return Problems.Result(
            StatusCodes.Status409Conflict,
            "Interchange control reference already used",
            $"The interchange {key} was received on {e.OriginalReceivedAt:O} as message {e.OriginalMessageId} with different content. "
                + $"This submission is not processed; its bytes are kept as message {e.KeptAsMessageId} (status rejected). "
                + "Send the new interchange with a new control reference (UNB 0020), or repeat the original bytes to get the original answer.",
            [new ApiDiagnostic("API0409", ApiDiagnostic.Error, "body:UNB", $"The interchange key ({key}) was used before for a different interchange within the duplicate window.")],
            instance: MessagesApi.MessagePath(e.KeptAsMessageId));
    }

    private static bool TryReadIdempotencyKey(HttpRequest request, out string? key, out IResult? problem)
    {
        key = null;
        problem = null;
        var values = request.Headers[IdempotencyKeyHeader];
        if (values.Count == 0)
        {
            return true;
        }

        var text = values.Count == 1 ? values[0] : null;
        if (text is null || text.Length is 0 or > MaxIdempotencyKeyLength || !IsVisibleAscii(text))
        {
            problem = Problems.Result(
                StatusCodes.Status400BadRequest,
                "Bad Idempotency-Key",
                $"Idempotency-Key must be one value of 1 to {MaxIdempotencyKeyLength} visible ASCII characters.",
                [new ApiDiagnostic("API0002", ApiDiagnostic.Error, "header:Idempotency-Key", "Not a single value of visible ASCII characters within the length limit.")]);
            return false;
        }

        key = text;
        return true;
    }

    private static bool IsVisibleAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
