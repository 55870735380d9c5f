using Entente.Core.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// Loads offices.tsv and generates minister titles from portfolios.tsv: for every rank and
/// portfolio, "[rank] Minister of|for X" and "[rank] X Minister", all read as
/// "[rank] Minister of {portfolio}". Countries must already be in the trie: an office whose name
/// names one country ("General Secretary of the Communist Party of Vietnam") belongs to it.
/// </summary>
internal static class OfficeLoader
{
    private static readonly (string Written, string Canonical)[] Ranks =
    [
        ("", ""), ("Deputy", "Deputy"), ("Vice", "Deputy"), ("First Deputy", "First Deputy"),
        ("First Vice", "First Deputy"), ("Permanent Deputy", "Permanent Deputy"), ("Acting", "Acting"),
    ];

    /// <summary>Adds the offices to the trie; returns their count and the words of all portfolios.</summary>
    public static (int Count, IReadOnlySet<string> PortfolioWords) Load(NameTrie trie)
    {
        var portfolioWords = new HashSet<string>(StringComparer.Ordinal);
        var offices = new List<(string Canonical, string[] Forms, bool Lower)>();
        foreach (var row in GazetteerResources.Rows("offices.tsv"))
            offices.Add((row[0], GazetteerResources.List(row, 1).Prepend(row[0]).ToArray(), row.Length > 2 && row[2] == "lower"));
        foreach (var row in GazetteerResources.Rows("portfolios.tsv"))
        {
            var portfolio = row[0];
            var forms = GazetteerResources.List(row, 1);
            foreach (var form in forms.Prepend(portfolio))
                portfolioWords.UnionWith(NameTokenizer.Tokenize(form).Select(t => t.Folded).Where(w => w != "and"));
            foreach (var (written, canonicalRank) in Ranks)
            {
                var canonical = Join(canonicalRank, $"Minister of {portfolio}");
                var spellings = forms.SelectMany(f => new[]
                {
                    Join(written, $"Minister of {f}"), Join(written, $"Minister for {f}"), Join(written, $"{f} Minister"),
                });
                offices.Add((canonical, spellings.Prepend(canonical).ToArray(), false));
            }
        }

        var entries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (canonical, forms, lower) in offices)
        {
            if (!entries.TryGetValue(canonical, out var entry))
            {
                entry = new GazetteerEntry(MentionKind.Office, canonical, null, ImpliedCountry(trie, canonical), false);
                entries.Add(canonical, entry);
            }
            foreach (var form in forms)
            {
                var oneWord = NameTokenizer.Tokenize(form).Count == 1;
                trie.Add(form, entry, requireCapital: oneWord && !lower, EntryPriority.Office);
            }
        }
        return (entries.Count, portfolioWords);
    }

    private static string Join(string rank, string title) => rank.Length == 0 ? title : $"{rank} {title}";

    private static string? ImpliedCountry(NameTrie trie, string title)
    {
        var tokens = NameTokenizer.Tokenize(title);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var match = trie.LongestAt(title, tokens, i);
            if (match is null) continue;
            var top = match.Entries[0];
            if (top.Kind == MentionKind.Country && top.Country is not null) codes.Add(top.Country);
            i = match.LastToken;
        }
        return codes.Count == 1 ? codes.First() : null;
    }
}
