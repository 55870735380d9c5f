namespace Entente.Core.Extraction.Trade;

/// <summary>
/// "trade volume, $2 million in 2005, reached $9 million in 2020": an earlier level set off by commas
/// after the flow's noun, then the verb and the figure it came to, which shares the noun as subject.
/// </summary>
internal static class AppositiveFigure
{
    private static readonly HashSet<string> Verbs =
        ["reached", "rose", "grew", "climbed", "increased", "jumped", "hit", "stood", "amounted", "totalled", "totaled", "was", "to", "at", "has", "had", "now"];

    /// <summary>True when the figure at m follows the appositive figure at previous this way.</summary>
    public static bool SharesSubject(List<TradeToken> t, int previous, int m)
    {
        if (previous < 1 || !t[previous - 1].IsPunct(",")) return false;
        var sawVerb = false;
        var sawClosingComma = false;
        for (var i = previous + 1; i < m; i++)
        {
            if (t[i].IsPunct(",")) { sawClosingComma = true; continue; }
            if (t[i].Kind != TradeTokenKind.Word) return false;
            if (Verbs.Contains(t[i].Lower)) { sawVerb = true; continue; }
            // Only the earlier figure's date may stand between: "in 2005".
            if (sawVerb || !(t[i].Lower is "in" or "of" || t[i].Lower.All(char.IsAsciiDigit))) return false;
        }
        return sawVerb && sawClosingComma;
    }
}
