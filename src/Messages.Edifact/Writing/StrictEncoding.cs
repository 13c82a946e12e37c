using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Writing;

/// <summary>
/// The encoding of a syntax level with an exception fallback: a character the level cannot carry is
/// a caller error, never a silent <c>?</c> (which would also be the release character).
/// </summary>
internal static class StrictEncoding
{
    private const int Utf8CodePage = 65001;

    /// <summary>The encoding <see cref="SyntaxIdentifier.Encoding"/> names, throwing on unencodable characters.</summary>
    public static Encoding For(SyntaxIdentifier syntax)
    {
        var codePage = syntax.Encoding.CodePage;
        if (codePage == Utf8CodePage)
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        // ISO 8859-2..9 and ISO 2022 come from the code pages provider; Latin-1 is built in.
        return CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback)
            ?? Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    }
}
