
namespace Entente.Core.Text.Numbers;

/// <summary>Words that make a figure approximate or a bound ("almost", "more than", "up to").</summary>
internal static class Approximations
{
    // Longest phrases first so "just over" wins over "over".
    private static readonly string[][] Phrases =
    [
        ["in", "excess", "of"], ["as", "many", "as"], ["as", "much", "as"], ["more", "than"], ["less", "than"],
        ["fewer", "than"], ["close", "to"], ["up", "to"], ["at", "least"], ["just", "over"], ["just", "under"],
        ["upwards", "of"], ["an", "estimated"], ["almost"], ["nearly"], ["around"], ["about"], ["some"], ["over"],
        ["roughly"], ["approximately"], ["approx"], ["circa"], ["estimated"], ["under"],
    ];

    // The phrases by their first word (in list order), and each phrase as one string: most tokens start none.
    private static readonly Dictionary<string, int[]> ByFirstWord = Phrases
        .Select((phrase, index) => (phrase, index))
        .GroupBy(p => p.phrase[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Select(p => p.index).ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Qualifiers = [.. Phrases.Select(p => string.Join(' ', p))];

    /// <summary>A word that starts a qualifier, ignoring case.</summary>
    internal static bool StartsPhrase(string word) => ByFirstWord.ContainsKey(word);

    /// <summary>Matches a qualifier starting at token i; next is the token after it.</summary>
    public static bool TryMatch(TokenList t, int i, out string qualifier, out int next)
    {
        if (t.IsAny(i, WordClass.ApproximationStart) && FirstWordLookup.TryGetValue(t.Span(i), out var candidates))
        {
            foreach (var index in candidates)
            {
                var phrase = Phrases[index];
                var k = 1;
                while (k < phrase.Length && t.Is(i + k, phrase[k]) && t.SameLine(i + k)) k++;
                if (k < phrase.Length) continue;
                next = i + k;
                // "approx." may carry its abbreviation point.
                if (phrase[^1] == "approx" && t.IsSymbol(next, '.') && t.Glued(next)) next++;
                qualifier = Qualifiers[index];
                return true;
            }
        }
        qualifier = "";
        next = i;
        return false;
    }
}
