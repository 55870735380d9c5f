using Entente.Core.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>Loads countries.tsv (generated) and country-aliases.tsv (curated) into the trie.</summary>
internal static class CountryLoader
{
    public static CountryIndex Load(NameTrie trie)
    {
        var curated = GazetteerResources.Rows("country-aliases.tsv")
            .ToDictionary(r => r[0], r => (Names: GazetteerResources.List(r, 1), Demonyms: GazetteerResources.List(r, 2)));
        var all = new List<CountryEntry>();
        var byCode = new Dictionary<string, CountryEntry>(StringComparer.OrdinalIgnoreCase);
        var keyed = new List<(string Key, int Priority, CountryEntry Country)>();
        foreach (var row in GazetteerResources.Rows("countries.tsv"))
        {
            var (code, alpha3, independent, name, official) = (row[0], row[1], row[2] == "1", row[3], row[4]);
            var extra = curated.GetValueOrDefault(code, ([], []));
            var dataNames = GazetteerResources.List(row, 5).Prepend(official).Prepend(name).ToArray();
            var dataDemonyms = GazetteerResources.List(row, 6);
            var country = new CountryEntry(code, alpha3, name, official,
                [.. extra.Names.Concat(dataNames).Distinct()], [.. extra.Demonyms.Concat(dataDemonyms).Distinct()], independent);
            all.Add(country);
            byCode[code] = country;
            byCode[alpha3] = country;

            var asName = new GazetteerEntry(MentionKind.Country, name, code, code, false);
            var asDemonym = asName with { IsDemonym = true };
            void Add(IEnumerable<string> spellings, GazetteerEntry entry, int priority)
            {
                foreach (var s in spellings)
                {
                    trie.Add(s, entry, requireCapital: true, priority);
                    keyed.Add((PlaceNames.Key(s), priority, country));
                }
            }
            Add(extra.Names, asName, EntryPriority.CuratedCountryName);
            Add(dataNames, asName, independent ? EntryPriority.CountryName : EntryPriority.TerritoryName);
            Add(extra.Demonyms, asDemonym, EntryPriority.CuratedDemonym);
            Add(dataDemonyms, asDemonym, independent ? EntryPriority.Demonym : EntryPriority.TerritoryDemonym);
        }
        var byKey = new Dictionary<string, CountryEntry>(StringComparer.Ordinal);
        foreach (var (key, _, country) in keyed.OrderBy(k => k.Priority)) byKey.TryAdd(key, country);
        return new CountryIndex(all, byCode, byKey);
    }
}
