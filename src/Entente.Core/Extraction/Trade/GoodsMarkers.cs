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

    /// <summary>The index where the goods start after a marker found in [from, end), or -1.</summary>
    public static int ListStartAfter(IReadOnlyList<TradeToken> t, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            var w = t[i];
            if (w.IsPunct(":")) return i + 1;
            if (w.Kind != TradeTokenKind.Word) continue;
            if (Adverbs.Contains(w.Lower) && i > 0 && (t[i - 1].IsPunct(",") || t[i - 1].Lower is "are" or "is" or "were" or "was")) return i + 1;
            if (w.Lower is "such" && i + 1 < end && t[i + 1].IsWord("as")) return i + 2;
            if (w.Lower is "led" or "dominated" or "headed" or "driven" && i + 1 < end && t[i + 1].IsWord("by")) return i + 2;
            if (w.Lower is "almost" or "nearly" && i + 1 < end && t[i + 1].IsWord("entirely")) return i + 2;
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
