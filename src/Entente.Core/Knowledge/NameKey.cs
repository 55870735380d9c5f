using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Knowledge;

/// <summary>
/// The words that identify a named thing (a committee, an agreement, a body), folded so that one
/// thing under two names compares equal: diacritics, case, plural endings, hyphens and spelling
/// variants ("Inter-Governmental" = "Intergovernmental", "Commercial" = "Trade",
/// "Technological" = "Technical") fold together, and country names and filler words drop out.
/// </summary>
public static class NameKey
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "for", "on", "in", "at", "a", "an", "to", "with", "between", "by", "level", "bilateral", "joint", "its", "their",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["commercial"] = "trade", ["commerce"] = "trade", ["technological"] = "technical", ["technology"] = "technical",
        ["governmental"] = "intergovernmental", ["inter"] = "", ["commission"] = "committee", ["council"] = "committee",
        ["consultation"] = "consultation", ["fertilizer"] = "fertiliser", ["programme"] = "program", ["memorandum"] = "mou",
        ["un"] = "", ["united"] = "", ["nations"] = "", ["economy"] = "economic", ["sci"] = "scientific", ["science"] = "scientific",
    };

    /// <summary>The identifying words of a name, in a stable order.</summary>
    public static IReadOnlySet<string> Words(string name, Func<string, bool>? isCountryWord = null)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var folded = NameFolding.StripDiacritics(name).ToLowerInvariant();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var raw = folded[start..i];
            start = -1;
            if (isCountryWord?.Invoke(raw) ?? false) continue;
            var word = Stem(raw);
            if (Synonyms.TryGetValue(word, out var synonym)) word = synonym;
            if (word.Length == 0 || Filler.Contains(word)) continue;
            words.Add(word);
        }
        return words;
    }

    /// <summary>
    /// Share of identifying words two names have in common (Jaccard); 1 when one name is the other
    /// with one word more ("Intergovernmental Committee" in a longer text naming it in full is
    /// still scored by Jaccard: a name missing several words may be another body).
    /// </summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Count(b.Contains);
        var smaller = Math.Min(a.Count, b.Count);
        if (common == smaller && smaller >= 3 && Math.Max(a.Count, b.Count) - smaller <= 1) return 1;
        return common / (double)(a.Count + b.Count - common);
    }

    public static string Join(IReadOnlySet<string> words) => string.Join(' ', words);

    private static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }
}
