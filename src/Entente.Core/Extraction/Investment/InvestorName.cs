using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>
/// The company behind an investment: the capitalised name just before the investing verb, past an
/// appositive ("MTN, the Johannesburg-based operator, has invested" gives MTN), or just after "by"
/// ("operated by IP Hapaco", "spent by SOCAR").
/// </summary>
internal static class InvestorName
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "invested", "invests", "put", "owns", "committed", "spent", "operated", "operates", "acquired", "holds", "building", "built", "run", "managed",
    };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had", "also", "already", "so", "far" };
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase) { "The", "A", "An", "It", "They", "This", "Its" };

    /// <summary>The first investor named in words (a clause), unless it is one of the excluded spans (country names).</summary>
    public static string? Find(string text, List<Token> words, Func<Token, bool> isCountry)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Verbs.Contains(words[i].Text)) continue;
            if (i + 1 < words.Count && words[i + 1].Is("by") && Run(words, i + 2, +1, isCountry) is { } after) return after;
            var j = i - 1;
            while (j >= 0 && Auxiliaries.Contains(words[j].Text)) j--;
            if (j < 0) continue;
            // An appositive between commas: jump to the word before its opening comma.
            if (text[words[j].End..words[Math.Min(i, words.Count - 1)].Start].Contains(','))
            {
                var k = j;
                while (k > 0 && !text[words[k - 1].End..words[k].Start].Contains(',')) k--;
                j = k - 1;
            }
            if (j >= 0 && Run(words, j, -1, isCountry) is { } before) return before;
        }
        return null;
    }

    private static string? Run(List<Token> words, int from, int step, Func<Token, bool> isCountry)
    {
        var names = new List<Token>();
        for (var i = from; i >= 0 && i < words.Count && words[i].IsCapitalized && !isCountry(words[i]); i += step)
            names.Add(words[i]);
        if (step < 0) names.Reverse();
        while (names.Count > 0 && NotNames.Contains(names[0].Text)) names.RemoveAt(0);
        return names.Count == 0 ? null : string.Join(' ', names.Select(n => n.Text));
    }
}
