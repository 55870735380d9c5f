namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Words that introduce the goods of a flow named just before: "exports to China, mainly …",
/// "… consist chiefly of …", "… are dominated by …", "… led by …", "shipments are varied: …".
/// </summary>
internal static class GoodsMarkers
{
    private static readonly HashSet<string> Adverbs =
    [
        "mainly", "chiefly", "mostly", "largely", "primarily", "principally", "predominantly", "notably", "especially",
        "including", "namely", "particularly",
    ];

    private static readonly HashSet<string> Verbs = ["consist", "consists", "consisted", "comprise", "comprises", "comprised", "include", "includes", "included"];

    private static readonly HashSet<string> ChangeOrFigureWords =
    [
        "rose", "fell", "grew", "increased", "decreased", "declined", "dropped", "jumped", "surged", "soared", "climbed",
        "expanded", "doubled", "tripled", "slipped", "plunged", "shrank", "reached", "totalled", "totaled", "amounted",
        "stood", "exceeded", "topped", "hit", "are", "were", "is", "was", "have", "has", "had", "will", "would", "could",
        "may", "might", "can", "should", "must", "account", "accounted", "accounts", "make", "made", "makes", "remain",
        "remained", "to", "from", "in", "by", "at", "of", "for", "on", "since", "during", "over", "last", "this", "worth",
        "valued", "increase", "decrease", "grow", "rise", "fall",
    ];

    /// <summary>A word after "A's exports to B" that makes "exports" a noun with a figure or change, not a verb with goods.</summary>
    public static bool IsChangeOrFigureWord(string lower) => ChangeOrFigureWords.Contains(lower);

    /// <summary>A dash setting off an aside: "exports to Korea -- mainly coffee and coal --".</summary>
    public static bool IsDash(TradeToken token) => token.Kind == TradeTokenKind.Punct && token.Lower is "-" or "–" or "—" or "―";

    /// <summary>The index where the goods start after a marker found in [from, end), or -1.</summary>
    public static int ListStartAfter(IReadOnlyList<TradeToken> t, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            var w = t[i];
            if (w.IsPunct(":")) return i + 1;
            if (w.Kind != TradeTokenKind.Word) continue;
            if (Adverbs.Contains(w.Lower) && i > 0 && (t[i - 1].IsPunct(",") || IsDash(t[i - 1]) || t[i - 1].Lower is "are" or "is" or "were" or "was")) return i + 1;
            if (w.Lower is "such" && i + 1 < end && t[i + 1].IsWord("as")) return i + 2;
            if (w.Lower is "led" or "dominated" or "headed" or "driven" && i + 1 < end && t[i + 1].IsWord("by")) return i + 2;
            if (w.Lower is "almost" or "nearly" && i + 1 < end && t[i + 1].IsWord("entirely")) return i + 2;
            // "exports … concentrate mainly on X", "… focus on X".
            if (w.Lower is "concentrate" or "concentrates" or "concentrated" or "focus" or "focuses" or "focused" or "centre" or "center")
            {
                var j = i + 1;
                while (j < end && t[j].Kind == TradeTokenKind.Word && Adverbs.Contains(t[j].Lower)) j++;
                if (j < end && t[j].IsWord("on")) return j + 1;
            }
            if (Verbs.Contains(w.Lower))
            {
                var j = i + 1;
                while (j < end && t[j].Kind == TradeTokenKind.Word && Adverbs.Contains(t[j].Lower)) j++;
                return j < end && t[j].IsWord("of") ? j + 1 : j;
            }
        }
        return -1;
    }
}
