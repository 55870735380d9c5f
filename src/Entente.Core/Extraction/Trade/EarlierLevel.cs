namespace Entente.Core.Extraction.Trade;

/// <summary>
/// "rose from $10 million in 2019 to $104 million in 2020", "reached $18 billion last year, up from $15 billion in 2019",
/// "RM11 billion, up 50% compared to RM7 billion in 2021": a figure compared with, followed by a year of its own, is the
/// level of the same flow in that year, a fact of its own. Without its own year it is only a point of comparison.
/// </summary>
internal static class EarlierLevel
{
    private const int GapReach = 14;
    private const int ConversionReach = 8;

    /// <summary>True when the figure at m is an earlier level with its own year.</summary>
    public static bool Is(List<TradeToken> t, int m) => ComparisonBefore(t, m) is not null && OwnYearAfter(t, m);

    /// <summary>"from", "versus", "against" or "compared" right before the figure at m (past "just", "only", "a mere"), or null.</summary>
    public static string? ComparisonBefore(List<TradeToken> t, int m)
    {
        var k = m - 1;
        if (k >= 0 && t[k].Lower is "just" or "only" or "mere" or "merely") k--;
        if (k >= 0 && t[k].IsWord("a") && t[k + 1].IsWord("mere")) k--;
        if (k < 0 || t[k].Kind != TradeTokenKind.Word) return null;
        if (t[k].Lower is "from" or "versus" or "vs" or "against") return t[k].Lower;
        return t[k].Lower is "to" or "with" && k > 0 && t[k - 1].IsWord("compared") ? "compared" : null;
    }

    /// <summary>
    /// The figure at m compares with the one at previous: between them only the first one's date, its conversion and
    /// words of change ("reached $18 billion in 2022, up 20% from …"), no country, flow noun or second statement.
    /// </summary>
    public static bool ComparesWith(List<TradeToken> t, int previous, int m)
    {
        if (previous < 0 || m - previous > GapReach) return false;
        for (var i = previous + 1; i < m; i++)
        {
            switch (t[i].Kind)
            {
                case TradeTokenKind.Country or TradeTokenKind.Outsider: return false;
                case TradeTokenKind.Money when !(i >= 1 && t[i - 1].IsPunct("(")): return false;
                case TradeTokenKind.Punct when t[i].Lower is ";" or ":": return false;
                case TradeTokenKind.Word when t[i].Lower is "and" or "while" or "whereas" or "but" or "which"
                    || TradeVocabulary.TotalNouns.Contains(t[i].Lower) || TradeVocabulary.ExportNouns.Contains(t[i].Lower)
                    || TradeVocabulary.ImportNouns.Contains(t[i].Lower): return false;
            }
        }
        return true;
    }

    // "$15 billion in 2019", "RM7.55 billion (US$1.82 billion) in 2021", "USD 206 million in 2005-06", "in fiscal 2019".
    private static bool OwnYearAfter(List<TradeToken> t, int m)
    {
        var j = m + 1;
        if (j < t.Count && t[j].IsPunct("("))
        {
            var close = j + 1;
            while (close < t.Count && close - j <= ConversionReach && !t[close].IsPunct(")")) close++;
            if (close >= t.Count || !t[close].IsPunct(")")) return false;
            j = close + 1;
        }
        if (j + 1 >= t.Count || !(t[j].IsWord("in") || t[j].IsWord("during"))) return false;
        var year = t[j + 1].IsWord("fiscal") && j + 2 < t.Count ? t[j + 2] : t[j + 1];
        return year.Kind == TradeTokenKind.Word && StartsWithYear(year.Lower);
    }

    private static bool StartsWithYear(string word) =>
        word.Length >= 4 && word[0] is '1' or '2' && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3])
        && (word.Length == 4 || word[4] is '-' or '/' or '–');
}
