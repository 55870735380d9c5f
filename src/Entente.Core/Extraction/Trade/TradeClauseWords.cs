using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Trade;

/// <summary>Questions about the words of a token range.</summary>
internal static class TradeClauseWords
{
    /// <summary>
    /// The clauses of a tokenised sentence: one opens after ";" or ":", at "while"/"whereas", and at a comma
    /// followed by a clause opener (", while", ", and", ", with").
    /// </summary>
    public static Clauses ClausesOf(List<TradeToken> t) =>
        Clauses.Of(t.Count, i => t[i - 1].IsPunct(";") || t[i - 1].IsPunct(":") || t[i].IsWord("while") || t[i].IsWord("whereas")
            || (t[i].IsPunct(",") && i + 1 < t.Count && t[i + 1].Kind == TradeTokenKind.Word && TradeVocabulary.ClauseOpeners.Contains(t[i + 1].Lower)));

    public static bool Any(IReadOnlyList<TradeToken> t, int from, int to, IReadOnlySet<string> words)
    {
        for (var i = Math.Max(0, from); i < to && i < t.Count; i++)
            if (t[i].Kind == TradeTokenKind.Word && words.Contains(t[i].Lower) && !IsMonthMay(t, i)) return true;
        return false;
    }

    public static bool Has(IReadOnlyList<TradeToken> t, int from, int to, TradeTokenKind kind)
    {
        for (var i = Math.Max(0, from); i < to && i < t.Count; i++)
            if (t[i].Kind == kind) return true;
        return false;
    }

    /// <summary>"as a whole", "in the world": a world total, not a bilateral figure.</summary>
    public static bool SaysWorld(IReadOnlyList<TradeToken> t, int from, int to)
    {
        // "total bilateral trade", "combined two-way trade": the word qualifies the pair's own trade.
        for (var i = Math.Max(0, from); i < to && i < t.Count; i++)
            if (t[i].Kind == TradeTokenKind.Word && TradeVocabulary.WorldWords.Contains(t[i].Lower)
                && !(i + 1 < t.Count && t[i + 1].Kind == TradeTokenKind.Word && t[i + 1].Lower is "bilateral" or "two-way" or "mutual" or "reciprocal"))
                return true;
        for (var i = Math.Max(0, from); i + 2 < to && i + 2 < t.Count; i++)
            if (t[i].IsWord("as") && t[i + 1].IsWord("a") && t[i + 2].IsWord("whole")) return true;
        return false;
    }

    /// <summary>A forecast, condition or wish in the range ("could", "is expected to", "aim").</summary>
    public static bool SaysHypothetical(IReadOnlyList<TradeToken> t, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < t.Count; i++)
            if (t[i].Kind == TradeTokenKind.Word && TradeVocabulary.Hypothetical.Contains(t[i].Lower) && !IsMonthMay(t, i) && !IsPotentialAsNoun(t, i)) return true;
        return false;
    }

    // "far below the potential", "its untapped potential": the noun comments on a figure; "potential trade of $5 billion" and "its potential of $5 billion" are forecasts.
    private static bool IsPotentialAsNoun(IReadOnlyList<TradeToken> t, int i) =>
        t[i].Lower == "potential" && i > 0 && t[i - 1].Kind == TradeTokenKind.Word && PotentialLeaders.Contains(t[i - 1].Lower)
        && (i + 1 >= t.Count || t[i + 1].Kind != TradeTokenKind.Word || t[i + 1].Lower == "and");

    private static readonly HashSet<string> PotentialLeaders =
        ["the", "its", "their", "full", "untapped", "huge", "great", "vast", "enormous", "real", "existing", "true", "actual"];

    // "in May" is a month, not a modal.
    private static bool IsMonthMay(IReadOnlyList<TradeToken> t, int i) => t[i].Lower == "may" && t[i].Capitalised && i > 0;
}
