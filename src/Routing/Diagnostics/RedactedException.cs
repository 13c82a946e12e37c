namespace UniPass.Gateway.Routing.Diagnostics;

/// <summary>
/// An exception as it may be logged when it arose from processing a message's content: its type, HRESULT and stack
/// trace (and those of its inner exceptions), but not its message, which may quote the content (parsers' messages
/// do, e.g. .NET's "String '…' was not recognized as a valid DateOnly."), and passenger data never reaches a log in
/// clear. The message id logged beside it leads to the message, its timeline and its acknowledgements.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string? _stackTrace;

    private RedactedException(Exception original)
        : base($"{original.GetType().FullName} (message withheld: it may quote the content)", original.InnerException is { } inner ? Of(inner) : null)
    {
        OriginalType = original.GetType().FullName ?? original.GetType().Name;
        HResult = original.HResult;
        _stackTrace = original.StackTrace;
    }

    /// <summary>The full name of the exception's type.</summary>
    public string OriginalType { get; }

    /// <summary>The original exception's stack trace.</summary>
    public override string? StackTrace => _stackTrace;

    /// <summary>The loggable form of <paramref name="exception"/>.</summary>
    public static Exception Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception as RedactedException ?? new RedactedException(exception);
    }
}
