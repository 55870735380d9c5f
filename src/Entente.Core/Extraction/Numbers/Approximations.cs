using Entente.Core.Text;

namespace Entente.Core.Extraction.Numbers;

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

    /// <summary>Matches a qualifier starting at token i; next is the token after it.</summary>
    public static bool TryMatch(TokenList t, int i, out string qualifier, out int next)
    {
        foreach (var phrase in Phrases)
        {
            var k = 0;
            while (k < phrase.Length && t.Is(i + k, phrase[k]) && (k == 0 || t.SameLine(i + k))) k++;
            if (k < phrase.Length) continue;
            next = i + k;
            // "approx." may carry its abbreviation point.
            if (phrase[^1] == "approx" && t.IsSymbol(next, '.') && t.Glued(next)) next++;
            qualifier = string.Join(' ', phrase);
            return true;
        }
        qualifier = "";
        next = i;
        return false;
    }
}
