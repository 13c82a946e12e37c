namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// Which agencies one document concerns: as a whole, and per item scope element (by canonical JSON pointer);
/// an agency concerned by an item is concerned by the items around it and by the document. One bit per
/// agency (<see cref="Agency.Index"/>). With it, the reasons: which condition matched where.
/// </summary>
internal sealed class DocumentConcerns(int agencies)
{
    private readonly Dictionary<string, ulong> _scopes = new(StringComparer.Ordinal);

    public ulong Document { get; private set; }

    public List<ReasonDraft>[] Reasons { get; } = [.. Enumerable.Range(0, agencies).Select(_ => new List<ReasonDraft>())];

    /// <summary>The agencies concerned at <paramref name="scope"/> (an item scope element's pointer), or by the document when null.</summary>
    public ulong At(string? scope) => scope is null ? Document : _scopes.GetValueOrDefault(scope);

    public void ConcernDocument(ulong agencies) => Document |= agencies;

    public void ConcernScope(string scope, ulong agencies)
    {
        _scopes[scope] = _scopes.GetValueOrDefault(scope) | agencies;
        Document |= agencies;
    }
}
