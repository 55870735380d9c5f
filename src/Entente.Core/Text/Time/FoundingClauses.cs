using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// Clauses that tell how something came to be: "The commission was created under the agreement
/// signed on 2 May 1995", "it was set up in 2004". Every date in them is history, not the news;
/// a new clause ("and an embassy opened in 1998", "; trade grew in 2023") is not.
/// </summary>
internal static class FoundingClauses
{
    private static readonly HashSet<string> Auxiliaries = ["was", "were"];
    /// <summary>Participles of passive founding verbs ("was established").</summary>
    internal static readonly IReadOnlySet<string> Participles = new HashSet<string> { "created", "established", "founded", "formed", "instituted", "set" };
    private static readonly HashSet<string> ClauseOpeners = ["while", "but", "whereas", "although", "though"];

    /// <summary>For each token, whether it lies in a clause with a passive founding verb; one pass each way.</summary>
    public static bool[] Of(TokenList t)
    {
        var history = new bool[t.Count];
        var markedUpTo = -1;
        for (var k = 1; k < t.Count; k++)
        {
            if (!IsFounding(t, k)) continue;
            history[k] = true;
            for (var i = k - 1; i > markedUpTo && !EndsClauseBefore(t, i + 1); i--) history[i] = true;
            var j = Math.Max(k, markedUpTo + 1);
            for (; j < t.Count && !EndsClauseBefore(t, j); j++) history[j] = true;
            markedUpTo = j - 1;
        }
        return history;
    }

    private static bool IsFounding(TokenList t, int k) =>
        t.IsAny(k, WordClass.FoundingParticiple) && t.IsAny(k - 1, Auxiliaries) && (!t.Is(k, "set") || t.Is(k + 1, "up"));

    /// <summary>A clause ends before token j: at a full stop or semicolon, or at "and"/"while" opening a lower-case clause.</summary>
    private static bool EndsClauseBefore(TokenList t, int j)
    {
        if (j <= 0 || j > t.Count) return true;
        if (t.IsSymbol(j, '.') || t.IsSymbol(j, ';') || t.IsSymbol(j, '!') || t.IsSymbol(j, '?')) return true;
        if (t.IsAny(j, ClauseOpeners)) return true;
        // "and an embassy opened": a lower-case word after "and" starts a clause; "Trade and Economic Cooperation" does not.
        return t.Is(j, "and") && t.IsWord(j + 1) && char.IsLower(t.Str(j + 1)[0]);
    }
}
