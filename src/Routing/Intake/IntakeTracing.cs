using System.Diagnostics;

namespace UniPass.Gateway.Routing.Intake;

/// <summary>
/// The intake span of W3C Trace Context (https://www.w3.org/TR/trace-context/): every transport starts one
/// per submission, stores its <c>traceparent</c> with the message, and every record published for the
/// message carries it, so a consumer's span continues the sender's trace with the intake span as parent.
/// </summary>
public static class IntakeTracing
{
    /// <summary>The <see cref="ActivitySource"/> name, for tracing exporters that want the intake spans.</summary>
    public const string ActivitySourceName = "UniPass.Gateway.Intake";

    /// <summary>The span's name.</summary>
    public const string IntakeActivityName = "intake";

    // Immutable after construction: an ActivitySource only dispatches to the listeners registered with it.
    private static readonly ActivitySource Source = new(ActivitySourceName);

    /// <summary>
    /// Starts the intake span as a child of <see cref="Activity.Current"/> (the HTTP request's activity, when
    /// ASP.NET Core records one), else of the sender's <paramref name="traceParent"/> header, else as the root
    /// of a new trace. It is started even when nobody listens, because its id is stored and published.
    /// Dispose it when the submission is stored.
    /// </summary>
    public static Activity StartIntake(string channel, string? traceParent = null, string? traceState = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ActivityContext parent = default;
        var hasParent = Activity.Current is null && ActivityContext.TryParse(traceParent, traceState, isRemote: true, out parent);
        var activity = hasParent
            ? Source.StartActivity(IntakeActivityName, ActivityKind.Server, parent)
            : Source.StartActivity(IntakeActivityName, ActivityKind.Server);
        if (activity is null)
        {
            activity = new Activity(IntakeActivityName);
            activity.SetIdFormat(ActivityIdFormat.W3C);
            if (hasParent)
            {
                activity.SetParentId(parent.TraceId, parent.SpanId, parent.TraceFlags);
                activity.TraceStateString = parent.TraceState;
            }

            activity.Start();
        }

        activity.SetTag("unipass.channel", channel);
        return activity;
    }

    /// <summary>Whether <paramref name="traceParent"/> is a well-formed W3C <c>traceparent</c> value.</summary>
    public static bool IsTraceParent(string? traceParent) =>
        traceParent is { Length: 55 } && ActivityContext.TryParse(traceParent, null, out _);
}
