using Entente.Core.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>Builds the default gazetteer from the embedded data files.</summary>
internal static class GazetteerBuilder
{
    public static Gazetteer Build()
    {
        var trie = new NameTrie();
        var counts = new Dictionary<MentionKind, int>();
        var countries = CountryLoader.Load(trie);
        counts[MentionKind.Country] = countries.All.Count;
        var blocs = LoadBlocs(trie);
        counts[MentionKind.Bloc] = blocs.Values.Distinct().Count();
        counts[MentionKind.Body] = LoadNamed(trie, "bodies.tsv", MentionKind.Body, EntryPriority.Body);
        counts[MentionKind.Region] = LoadNamed(trie, "regions.tsv", MentionKind.Region, EntryPriority.Region);
        var (offices, portfolioWords) = OfficeLoader.Load(trie);
        counts[MentionKind.Office] = offices;
        counts[MentionKind.Place] = PlaceLoader.Load(trie);
        return new Gazetteer(trie, countries, blocs, new PortfolioExtension(portfolioWords), counts);
    }

    private static Dictionary<string, GazetteerEntry> LoadBlocs(NameTrie trie)
    {
        var byKey = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var row in GazetteerResources.Rows("blocs.tsv"))
        {
            var code = row[0];
            var entry = new GazetteerEntry(MentionKind.Bloc, row[1], code, null, false);
            foreach (var name in GazetteerResources.List(row, 2).Prepend(row[1]).Prepend(code))
            {
                trie.Add(name, entry, requireCapital: true, EntryPriority.Bloc);
                byKey.TryAdd(PlaceNames.Key(name), entry);
            }
        }
        return byKey;
    }

    /// <summary>Loads a file of "canonical name, other names" rows of one kind; returns the number of rows.</summary>
    private static int LoadNamed(NameTrie trie, string file, MentionKind kind, int priority)
    {
        var count = 0;
        foreach (var row in GazetteerResources.Rows(file))
        {
            var entry = new GazetteerEntry(kind, row[0], null, null, false);
            foreach (var name in GazetteerResources.List(row, 1).Prepend(row[0]))
                trie.Add(name, entry, requireCapital: true, priority);
            count++;
        }
        return count;
    }
}
