namespace UniPass.Gateway.Messages.Wco;

/// <summary>
/// The outcome of reading a document: the value when it could be read, and every finding. A value may
/// come with warnings; with an error the value is null unless the reader was asked to be lenient.
/// </summary>
public sealed record ReadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    /// <summary>True when a value was read and no finding is an error.</summary>
    public bool Succeeded => Value is not null && !Diagnostics.Any(d => d.IsError);

    public static ReadResult<T> Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
