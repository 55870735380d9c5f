namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// A gazetteer name found in a text at [Start, End). The positional fields describe the preferred
/// reading; Countries lists every country that reading may belong to (a place named in several
/// countries lists them all). Candidates holds every reading, preferred first.
/// </summary>
public sealed record GazetteerMention(
    int Start,
    int End,
    MentionKind Kind,
    string Canonical,
    string? Code,
    IReadOnlyList<string> Countries,
    bool IsDemonym)
{
    public IReadOnlyList<GazetteerEntry> Candidates { get; init; } = [];

    public bool IsAmbiguous => Candidates.Count > 1;

    /// <summary>A mention read as its first candidate; Countries gathers the candidates of that kind.</summary>
    internal static GazetteerMention FromCandidates(int start, int end, IReadOnlyList<GazetteerEntry> candidates)
    {
        var top = candidates[0];
        var countries = candidates
            .Where(c => c.Kind == top.Kind && c.Country is not null)
            .Select(c => c.Country!)
            .Distinct()
            .ToList();
        return new GazetteerMention(start, end, top.Kind, top.Canonical, top.Code, countries, top.IsDemonym)
        {
            Candidates = candidates,
        };
    }
}
