namespace UniPass.Gateway.Routing.Detection;

/// <summary>
/// What identifies an EDIFACT interchange for duplicate detection: ISO 9735-1 UNB S002 interchange
/// sender (0004), S003 interchange recipient (0010) and 0020 interchange control reference.
/// <see cref="SenderQualifier"/> (S002 0007) is carried for the partner check but is not part of the key.
/// </summary>
public readonly record struct InterchangeKey(string Sender, string Recipient, string ControlReference, string? SenderQualifier = null)
{
    /// <summary>The stored form, <c>sender|recipient|reference</c> (none of the parts can hold a '|'
    /// that would make two keys collide, because each part is escaped).</summary>
    public override string ToString() => Escape(Sender) + "|" + Escape(Recipient) + "|" + Escape(ControlReference);

    private static string Escape(string part) => part.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
