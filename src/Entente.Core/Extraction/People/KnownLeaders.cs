using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>
/// The country of people news names often without saying whose they are: heads of state and government and some
/// foreign ministers (Resources/gazetteer/leaders.tsv). "President Joko Widodo" is Indonesian whatever the sentence
/// around him names. A name matches when it holds every word of a listed name in order, with at most two other
/// words ("Ferdinand 'Bongbong' Marcos Jr." holds "Ferdinand Marcos Jr"); one-word names are never looked up, and a
/// name that two countries' entries both match gives nothing.
/// </summary>
internal static class KnownLeaders
{
    private static readonly Dictionary<string, List<(string[] Words, string Country)>> ByLastWord = Load();

    public static string? CountryOf(string name)
    {
        var words = Words(name);
        if (words.Length < 2) return null;
        string? found = null;
        for (var end = 1; end < words.Length; end++)
        {
            if (!ByLastWord.TryGetValue(words[end], out var entries)) continue;
            foreach (var (entry, country) in entries)
            {
                if (!HoldsInOrder(words, end, entry) || words.Length - entry.Length > 2) continue;
                if (found is not null && found != country) return null;
                found = country;
            }
        }
        return found;
    }

    /// <summary>Whether a one-word name is the surname of a listed person ("Macron", also an English word).</summary>
    public static bool IsListedSurname(string name) => Words(name) is [var word] && ByLastWord.ContainsKey(word);

    /// <summary>
    /// A head named by one word ("King Salman", "President Sisi"): the one country of the pair whose listed leaders have it as
    /// their given name (for monarchs, whom news names so) or their surname (for the others); else the one country that does,
    /// when the article names it or has no pair; else null.
    /// </summary>
    public static string? CountryOfOneWord(string name, bool monarch, CountryPair? pair, IReadOnlySet<string> named)
    {
        var words = Words(name);
        if (words.Length != 1 || words[0].Length < 4) return null;
        var countries = (monarch ? ByFirstWord : ByLastWord).TryGetValue(words[0], out var entries) ? entries.Select(e => e.Country).Distinct().ToList() : [];
        var inPair = countries.Where(c => pair?.Contains(c) == true).ToList();
        if (inPair.Count == 1) return inPair[0];
        // "Presidents Michel and Zuma" in an article on Seychelles and South Africa: one word of a name listed only for a
        // country the article never names is as likely someone else's (James Michel, not Charles Michel), so it places no one.
        return countries.Count == 1 && (pair is null || named.Contains(countries[0])) ? countries[0] : null;
    }

    /// <summary>
    /// "President Erdogan": the full name of the one listed person of that country whose surname (the last word) is the
    /// one word given, when all the listed forms with that surname are one spelling of one name; null otherwise
    /// ("Duterte" is Rodrigo or Sara; "Aliyev" Heydar or Ilham).
    /// </summary>
    public static string? FullNameOfSurname(string name, string country)
    {
        var words = Words(name);
        if (words.Length != 1 || words[0].Length < 4 || !ByLastWord.TryGetValue(words[0], out var entries)) return null;
        // "Ferdinand Marcos Jr" has the surname before its suffix: such forms count as other names of that surname.
        var suffixed = Suffixes.SelectMany(x => ByLastWord.GetValueOrDefault(x) ?? []).Where(e => e.Words.Length > 2 && e.Words[^2] == words[0]);
        string? full = null;
        string[]? first = null;
        foreach (var (entry, entryCountry) in entries.Concat(suffixed))
        {
            if (entryCountry != country) continue;
            if (first is not null && !entry.SequenceEqual(first)) return null;
            first ??= entry;
            full ??= FullForms[(country, string.Join(' ', entry))];
        }
        return full;
    }

    private static readonly string[] Suffixes = ["jr", "sr", "ii", "iii", "iv"];

    // The listed form as written, by country and folded words: the first written form of each.
    private static readonly Dictionary<(string, string), string> FullForms = LoadForms();

    private static Dictionary<(string, string), string> LoadForms()
    {
        var forms = new Dictionary<(string, string), string>();
        foreach (var row in GazetteerResources.Rows("leaders.tsv"))
            foreach (var name in GazetteerResources.List(row, 1))
                forms.TryAdd((row[0], string.Join(' ', Words(name))), name);
        return forms;
    }

    private static readonly Dictionary<string, List<(string[] Words, string Country)>> ByFirstWord = ByLastWord.Values.SelectMany(l => l)
        .GroupBy(e => e.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>The entry's words appear in order in words[..end], its last word at end.</summary>
    private static bool HoldsInOrder(string[] words, int end, string[] entry)
    {
        var k = entry.Length - 1;
        for (var i = end; i >= 0 && k >= 0; i--)
            if (words[i] == entry[k]) k--;
        return k < 0;
    }

    private static string[] Words(string name)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && (char.IsLetterOrDigit(name[i]) || (start >= 0 && NameFolding.IsApostrophe(name[i])));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0)
            {
                words.Add(NameFolding.FoldToken(name.AsSpan(start, i - start)));
                start = -1;
            }
        }
        return [.. words];
    }

    private static Dictionary<string, List<(string[], string)>> Load()
    {
        var byLast = new Dictionary<string, List<(string[], string)>>(StringComparer.Ordinal);
        foreach (var row in GazetteerResources.Rows("leaders.tsv"))
            foreach (var name in GazetteerResources.List(row, 1))
            {
                var words = Words(name);
                if (words.Length < 2) continue;
                if (!byLast.TryGetValue(words[^1], out var list)) byLast[words[^1]] = list = [];
                list.Add((words, row[0]));
            }
        return byLast;
    }
}
