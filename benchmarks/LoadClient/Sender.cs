using System.Diagnostics;
using System.Net.Http.Json;
using UniPass.Gateway.Host.Api;

namespace UniPass.Gateway.LoadClient;

/// <summary>Sends submissions over one <see cref="HttpClient"/>: open loop at a fixed rate, or closed loop as fast as the clients go.</summary>
internal sealed class Sender(HttpClient client, MessageSource messages)
{
    private long _sequence;

    /// <summary>
    /// Open loop: submission <c>i</c> is due at <c>start + i / rate</c> and is sent then, whatever the earlier ones are
    /// doing, so that a slow answer does not hide the queue behind it (no coordinated omission).
    /// </summary>
    public async Task<List<Submission>> RunAtRateAsync(int rate, TimeSpan duration)
    {
        var total = (long)(rate * duration.TotalSeconds);
        var ticksPerSubmission = (double)Stopwatch.Frequency / rate;
        var submissions = new List<Submission>((int)total);
        var inFlight = new List<Task>((int)total);
        var start = Stopwatch.GetTimestamp();
        long sent = 0;
        while (sent < total)
        {
            var due = Math.Min(total, (long)((Stopwatch.GetTimestamp() - start) / ticksPerSubmission) + 1);
            for (; sent < due; sent++)
            {
                var submission = new Submission { Sequence = Interlocked.Increment(ref _sequence), Due = start + (long)(sent * ticksPerSubmission) };
                submissions.Add(submission);
                inFlight.Add(SendAsync(submission));
            }

            await Task.Delay(1);
        }

        await Task.WhenAll(inFlight);
        return submissions;
    }

    /// <summary>Closed loop: <paramref name="clients"/> clients, each sending its next submission when the last is answered.</summary>
    public async Task<List<Submission>> RunAtMaxAsync(int clients, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var mine = new List<Submission>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var submission = new Submission { Sequence = Interlocked.Increment(ref _sequence), Due = Stopwatch.GetTimestamp() };
                mine.Add(submission);
                await SendAsync(submission);
            }

            return mine;
        })));
        return [.. perClient.SelectMany(s => s)];
    }

    private async Task SendAsync(Submission submission)
    {
        // Leave the scheduler's thread at once: the body is built and sent on the pool.
        await Task.Yield();
        var body = messages.Next(submission.Sequence);
        using var content = new ByteArrayContent(body);
        content.Headers.Add(SubmitMessageEndpoint.IdempotencyKeyHeader, messages.IdempotencyKey(submission.Sequence));
        submission.Sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsync(MessagesApi.BasePath, content);
            submission.Status = (int)response.StatusCode;
            if (submission.Status == (int)System.Net.HttpStatusCode.Accepted)
            {
                submission.Id = (await response.Content.ReadFromJsonAsync<ReceiptResponse>())!.Id;
            }
            else
            {
                submission.Error = $"HTTP {submission.Status}";
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            submission.Error = e.GetType().Name;
        }

        submission.Answered = Stopwatch.GetTimestamp();
    }
}
