using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>
/// An amount of a clause that speaks of both trade and investment belongs to the nearer of the two:
/// "mutual investments grew and trade volume reached $3 billion" gives trade, not investment.
/// </summary>
internal static class TradeAmounts
{
    private static readonly HashSet<string> TradeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "trade", "turnover", "exports", "imports", "export", "import", "purchasing", "purchases", "bought", "sold", "sales",
    };

    private const int Reach = 30;

    /// <summary>True when the word nearest the amount [start, end) that names trade or investment names trade.</summary>
    public static bool BelongsToTrade(List<Token> clause, int start, int end, Func<int, bool> isInvestmentCue)
    {
        var before = WordIndex.From(clause, start);
        if (before < 0) before = clause.Count;
        var after = WordIndex.From(clause, end);
        if (after < 0) after = clause.Count;
        // Walk outwards from the amount, one word each side per step, so the nearer cue wins; a short
        // reach keeps the work per amount bounded however long the clause.
        for (var step = 1; step <= Reach; step++)
        {
            var left = before - step;
            var right = after + step - 1;
            if (left < 0 && right >= clause.Count) break;
            if (left >= 0 && isInvestmentCue(left)) return false;
            if (right < clause.Count && isInvestmentCue(right)) return false;
            if (left >= 0 && TradeWords.Contains(clause[left].Text)) return true;
            if (right < clause.Count && TradeWords.Contains(clause[right].Text)) return true;
        }
        return false;
    }
}
