namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// A coded value of one concept (an HS code, a country, a currency...): one string with a shape the
/// standard fixes. Parsing returns false with a reason instead of throwing, so readers turn a bad value
/// into a diagnostic with its position.
/// </summary>
public interface ICodeValue<TSelf>
    where TSelf : struct, ICodeValue<TSelf>
{
    /// <summary>The value as the standard writes it; empty for <c>default</c>.</summary>
    string Value { get; }

    /// <summary>True for <c>default</c>, which stands for no value.</summary>
    bool IsEmpty { get; }

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what shape was expected.</summary>
    static abstract bool TryParse(string? text, out TSelf value, out string? error);
}
