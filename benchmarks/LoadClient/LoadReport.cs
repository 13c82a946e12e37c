using System.Diagnostics;
using System.Globalization;
using UniPass.Gateway.Host.Api;

namespace UniPass.Gateway.LoadClient;

/// <summary>The figures of one run (latencies in milliseconds).</summary>
internal sealed record LoadReport(
    string Setting,
    int Submitted,
    int Accepted,
    IReadOnlyDictionary<string, int> Errors,
    double WindowSeconds,
    double AcceptedPerSecond,
    Percentiles ToAccepted,
    double RoutedPerSecond,
    int Routed,
    Percentiles ToRouted,
    Percentiles? ToConsumer,
    double HostCpuMsPerMessage,
    double HostCpuShareDuringIntake,
    string LoadBefore,
    string LoadAfter)
{
    public static LoadReport From(
        LoadOptions options,
        List<Submission> submissions,
        IReadOnlyDictionary<Guid, MessageSummaryResponse> stored,
        IReadOnlyDictionary<Guid, long>? arrivals,
        WallClock clock,
        long windowEnd,
        TimeSpan cpuIntake,
        TimeSpan cpuAll,
        string loadBefore,
        string loadAfter)
    {
        var accepted = submissions.Where(s => s.Status == 202).ToList();
        var firstDue = submissions.Min(s => s.Due);
        var window = options.Rate is null ? Stopwatch.GetElapsedTime(firstDue, windowEnd).TotalSeconds : options.Duration.TotalSeconds;
        var routed = accepted.Where(s => stored.TryGetValue(s.Id, out var m) && m.Status == "routed").ToList();
        var lastRouted = routed.Count == 0 ? clock.At(firstDue) : routed.Max(s => stored[s.Id].UpdatedAt);
        var routedSpan = (lastRouted - clock.At(firstDue)).TotalSeconds;
        return new LoadReport(
            options.Describe(),
            submissions.Count,
            accepted.Count,
            submissions.Where(s => s.Status != 202).GroupBy(s => s.Error ?? "?").ToDictionary(g => g.Key, g => g.Count()),
            window,
            accepted.Count / window,
            Percentiles.Of(accepted.Select(s => Stopwatch.GetElapsedTime(s.Due, s.Answered).TotalMilliseconds)),
            routedSpan > 0 ? routed.Count / routedSpan : 0,
            routed.Count,
            Percentiles.Of(routed.Select(s => (stored[s.Id].UpdatedAt - clock.At(s.Due)).TotalMilliseconds)),
            arrivals is null ? null : Percentiles.Of(accepted.Where(s => arrivals.ContainsKey(s.Id)).Select(s => Stopwatch.GetElapsedTime(s.Due, arrivals[s.Id]).TotalMilliseconds)),
            accepted.Count == 0 ? 0 : cpuAll.TotalMilliseconds / accepted.Count,
            cpuIntake.TotalSeconds / Stopwatch.GetElapsedTime(firstDue, windowEnd).TotalSeconds,
            loadBefore,
            loadAfter);
    }

    public void Write(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"setting        : {Setting}"));
        output.WriteLine(string.Create(c, $"submitted      : {Submitted}, accepted (202) {Accepted}, errors {(Errors.Count == 0 ? "none" : string.Join(", ", Errors.Select(e => $"{e.Key} x{e.Value}")))}"));
        output.WriteLine(string.Create(c, $"accepted       : {AcceptedPerSecond:F0}/s over {WindowSeconds:F1} s"));
        output.WriteLine(string.Create(c, $"to 202         : {ToAccepted}"));
        output.WriteLine(string.Create(c, $"routed         : {Routed} at {RoutedPerSecond:F0}/s (first due to last routed)"));
        output.WriteLine(string.Create(c, $"to routed      : {ToRouted} (stored routed time)"));
        if (ToConsumer is { } consumer)
        {
            output.WriteLine(string.Create(c, $"to consumer    : {consumer} (record read from {Routing.Bus.Topics.Declarations})"));
        }

        output.WriteLine(string.Create(c, $"gateway CPU    : {HostCpuMsPerMessage:F2} ms per message (intake and routing); {HostCpuShareDuringIntake:F2} cores during the window"));
        output.WriteLine(string.Create(c, $"load average   : {LoadBefore} before, {LoadAfter} after"));
        output.WriteLine(string.Create(c,
            $"| {Setting} | {AcceptedPerSecond:F0} | {ToAccepted.P50:F1} | {ToAccepted.P99:F1} | {RoutedPerSecond:F0} | {ToRouted.P50:F1} | {ToRouted.P99:F1} | {HostCpuMsPerMessage:F2} | {Errors.Values.Sum()} | {LoadBefore} |"));
    }
}

/// <summary>p50, p90, p99 and max of a set of latencies (nearest rank).</summary>
internal readonly record struct Percentiles(int Count, double P50, double P90, double P99, double Max)
{
    public static Percentiles Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return default;
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(sorted.Length, At(0.50), At(0.90), At(0.99), sorted[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p50 {P50:F1} ms, p90 {P90:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms (n={Count})");
}
