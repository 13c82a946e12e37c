namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>What is wrong with a data element value against its representation (each maps to a diagnostic and a 0085 code).</summary>
internal enum ValueFault : byte
{
    None = 0,

    /// <summary>A digit in an <c>a</c> value, or a character other than digits, sign and decimal mark in an <c>n</c> value (0085 = 37).</summary>
    InvalidCharacterType,

    /// <summary>Longer than the representation's maximum (0085 = 39).</summary>
    TooLong,

    /// <summary>Shorter than a fixed-length representation (0085 = 40).</summary>
    TooShort,

    /// <summary>The other of comma and full stop used as decimal mark before syntax version 4 (0085 = 19).</summary>
    InvalidDecimalMark,

    /// <summary>A decimal mark with no digit in front of it (0085 = 38).</summary>
    MissingDigitBeforeDecimalMark,

    /// <summary>A minus sign that does not lead the value (0085 = 12).</summary>
    MisplacedSign,

    /// <summary>More than one decimal mark (0085 = 12).</summary>
    SecondDecimalMark,

    /// <summary>A decimal mark with no digit after it (0085 = 12).</summary>
    NoDigitAfterDecimalMark,

    /// <summary>A numeric value without any digit, such as a lone minus sign (0085 = 12).</summary>
    NoDigits,
}
