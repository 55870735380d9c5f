using Entente.Core.Text;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// "Indonesia was the Philippines' 11th largest trade partner in 2013, with total trade of $3.6 billion": a ", with" clause after
/// a clause that ranks one side of the pair among the other's trading partners gives the trade of those two, over the year the
/// ranking clause states. "total" there is their trade, not a world total: the clause before names both sides.
/// </summary>
internal static class PartnerRanking
{
    /// <summary>
    /// Where the ranking clause starts when the clause of the figure at m opens with ", with" right after it, or -1. The ranking
    /// clause names the two sides (and no other country) before "trade partner" or "trading partner", a rank word ("largest",
    /// "sixth-largest", "biggest", "top") stands between, and no figure stands in it. After the partner word, a scope or a country
    /// ranked above ("among ASEAN members", "after China") does not change whose trade the figure is.
    /// </summary>
    public static int ClauseBefore(List<TradeToken> t, Clauses clauses, int m, CountryPair pair)
    {
        var opens = clauses.StartOf(m);
        if (opens < 1 || opens + 1 >= t.Count || !t[opens].IsPunct(",") || !t[opens + 1].IsWord("with")) return -1;
        var start = clauses.StartOf(opens - 1);
        var partner = -1;
        for (var i = start + 1; i < opens && partner < 0; i++)
            if (t[i].Lower is "partner" or "partners" && t[i - 1].Lower is "trade" or "trading") partner = i;
        if (partner < 0 || TradeClauseWords.Has(t, start, opens, TradeTokenKind.Money)) return -1;
        var sides = new HashSet<string>(StringComparer.Ordinal);
        var ranked = false;
        for (var i = start; i < partner; i++)
        {
            if (t[i].Kind == TradeTokenKind.Outsider) return -1;
            if (t[i].Kind == TradeTokenKind.Country && t[i].Code is { } code && pair.Contains(code)) sides.Add(code);
            ranked |= t[i].Kind == TradeTokenKind.Word && (t[i].Lower.EndsWith("largest", StringComparison.Ordinal) || t[i].Lower.EndsWith("biggest", StringComparison.Ordinal) || t[i].Lower == "top");
        }
        return sides.Count == 2 && ranked ? start : -1;
    }
}
