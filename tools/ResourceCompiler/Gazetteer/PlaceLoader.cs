using Entente.Core.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// Loads places.tsv (generated: subdivisions and large cities) and the curated place-aliases.tsv
/// and place-exclusions.tsv. A subdivision and a city of the same name in one country are one
/// place ("Brest Region" and "Brest" are "Brest", BY). Canonical names are written without
/// diacritics ("Hưng Yên" → "Hung Yen") unless a curated alias gives the English name.
/// </summary>
internal static class PlaceLoader
{
    private const string AnyCountry = "*";

    private sealed class Draft(string country, string canonical)
    {
        public string Country { get; } = country;
        public string Canonical { get; } = canonical;
        public long Population { get; set; }
        public HashSet<string> Spellings { get; } = new(StringComparer.Ordinal);
    }

    public static int Load(NameTrie trie)
    {
        // Most of the 11,000 rows ask for the key of the same few strings several times: fold each once.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string name)
        {
            if (!keys.TryGetValue(name, out var key)) keys.Add(name, key = PlaceNames.Key(name));
            return key;
        }

        // (country, folded spelling) -> curated canonical name
        var curated = new Dictionary<(string, string), string>();
        var curatedSpellings = new List<(string Country, string Canonical, string[] Spellings)>();
        foreach (var row in GazetteerResources.Rows("place-aliases.tsv"))
        {
            var spellings = GazetteerResources.List(row, 2).Prepend(row[1]).ToArray();
            curatedSpellings.Add((row[0], row[1], spellings));
            foreach (var s in spellings) curated[(row[0], Key(s))] = row[1];
        }
        var excluded = GazetteerResources.Rows("place-exclusions.tsv")
            .Select(r => (r[0], Key(r[1])))
            .ToHashSet();

        var drafts = new Dictionary<(string, string), Draft>();
        Draft DraftFor(string country, string canonical)
        {
            var key = (country, Key(canonical));
            if (!drafts.TryGetValue(key, out var draft))
            {
                draft = new Draft(country, canonical);
                drafts.Add(key, draft);
            }
            return draft;
        }

        foreach (var row in GazetteerResources.Rows("places.tsv"))
        {
            var (country, name, population) = (row[0], row[1], long.Parse(row[3]));
            var baseName = PlaceNames.Base(name);
            var canonical = curated.GetValueOrDefault((country, Key(name)))
                ?? (baseName is null ? null : curated.GetValueOrDefault((country, Key(baseName))))
                ?? NameFolding.StripDiacritics(baseName ?? name);
            var draft = DraftFor(country, canonical);
            draft.Population = Math.Max(draft.Population, population);
            draft.Spellings.Add(name);
            if (baseName is not null) draft.Spellings.Add(baseName);
        }
        foreach (var (country, canonical, spellings) in curatedSpellings)
            DraftFor(country, canonical).Spellings.UnionWith(spellings);

        foreach (var draft in drafts.Values)
        {
            var entry = new GazetteerEntry(MentionKind.Place, draft.Canonical, null, draft.Country, false, draft.Population);
            foreach (var spelling in draft.Spellings.Append(draft.Canonical))
            {
                var key = Key(spelling);
                if (excluded.Contains((draft.Country, key)) || excluded.Contains((AnyCountry, key))) continue;
                trie.Add(spelling, entry, requireCapital: true, EntryPriority.Place);
            }
        }
        return drafts.Count;
    }
}
