namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>Character class of a data element's representation (ISO 9735-1 §9: a, n, an).</summary>
public enum CharacterClass : byte
{
    /// <summary><c>an</c>: alphanumeric.</summary>
    Alphanumeric = 0,

    /// <summary><c>a</c>: alphabetic.</summary>
    Alphabetic = 1,

    /// <summary><c>n</c>: numeric (digits, one decimal mark, a leading minus sign; ISO 9735-1 §10).</summary>
    Numeric = 2,
}
