namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>Parses coded values for callers that hold valid data (fixtures, mappings, tests).</summary>
public static class CodeValue
{
    /// <summary>Parses <paramref name="text"/> or throws <see cref="FormatException"/> with the expected shape.</summary>
    public static T Parse<T>(string text)
        where T : struct, ICodeValue<T> =>
        T.TryParse(text, out var value, out var error) ? value : throw new FormatException($"'{text}': {error}");
}
