using Entente.Core.Extraction.Numbers;

namespace Entente.Core.Extraction.Time;

/// <summary>
/// Infers the earliest year an article can have been published from its text alone: the latest
/// year it speaks of as past or current, one later when it reports a whole year's statistic
/// ("trade reached US$60 million in 2024" was written in 2025 or after).
/// </summary>
public static class PublishedYearInference
{
    // Words right before a year that make it a target or horizon, not something that happened.
    private static readonly HashSet<string> TargetLeads =
        ["by", "to", "until", "till", "towards", "toward", "through", "vision", "horizon", "beyond"];

    // Words right after a year that make it a plan's name ("the 2030 Agenda").
    private static readonly HashSet<string> TargetTails = ["agenda", "vision", "target", "targets", "goal", "goals", "strategy"];

    // Words that put the rest of a sentence in the future.
    private static readonly HashSet<string> FutureMarkers =
    [
        "will", "shall", "upcoming", "plans", "planned", "planning", "aim", "aims", "aiming", "target", "targets",
        "targeted", "goal", "forecast", "forecasts", "projected", "expected", "expects", "scheduled",
    ];

    // Measures whose value for a year is only known once the year is over.
    private static readonly HashSet<string> AnnualMeasures =
    [
        "trade", "turnover", "exports", "imports", "export", "import", "revenue", "revenues", "gdp", "output", "sales",
        "volume", "arrivals",
    ];

    /// <summary>The earliest publication year the text supports, or null when it names no year.</summary>
    public static int? EarliestYear(string text)
    {
        var t = TokenList.Of(text);
        var sentences = SentenceStarts(t);
        var amounts = MoneyReader.Read(text).Select(m => m.End)
            .Concat(NumberReader.Read(text).Where(n => n.Kind is NumberKind.Percent or NumberKind.PercentChange).Select(n => n.End))
            .Order().ToArray();
        int? latest = null;
        foreach (var mention in DateReader.Read(text))
        {
            var first = t.IndexAt(mention.Start);
            var last = t.IndexAt(mention.End) - 1;
            var sentence = SentenceOf(sentences, first);
            if (t.IsAny(first - 1, TargetLeads) || t.IsAny(last + 1, TargetTails) || AnyWord(t, sentence, first, FutureMarkers))
                continue;
            // The end of a multi-year span (a term "2023–2027") may still lie ahead; its start does not.
            var year = mention.From.Year;
            if (IsWholeYearStatistic(t, mention, first, sentence, amounts)) year++;
            latest = latest is { } l ? Math.Max(l, year) : year;
        }
        return latest;
    }

    private static bool IsWholeYearStatistic(TokenList t, DateMention mention, int first, int sentenceStart, int[] amountEnds)
    {
        if (mention.IsPeriod || mention.From.Precision != DatePrecision.Year) return false;
        if (!t.Is(first - 1, "in") && !t.Is(first - 1, "for")) return false;
        var sentenceOffset = t[sentenceStart].Start;
        var amountBefore = amountEnds.Any(end => end > sentenceOffset && end <= mention.Start);
        return amountBefore && AnyWord(t, sentenceStart, first, AnnualMeasures);
    }

    private static bool AnyWord(TokenList t, int from, int to, IReadOnlySet<string> words)
    {
        for (var k = from; k < to; k++)
            if (t.IsAny(k, words)) return true;
        return false;
    }

    // Token indexes where sentences start: after '.', '!' or '?' followed by a capital, or a line break.
    private static List<int> SentenceStarts(TokenList t)
    {
        var starts = new List<int> { 0 };
        for (var k = 1; k < t.Count; k++)
        {
            var previousEnds = t.IsSymbol(k - 1, '.') || t.IsSymbol(k - 1, '!') || t.IsSymbol(k - 1, '?');
            var capital = t.IsWord(k) && char.IsUpper(t.Text[t[k].Start]);
            if ((previousEnds && capital) || !t.SameLine(k)) starts.Add(k);
        }
        return starts;
    }

    private static int SentenceOf(List<int> starts, int token)
    {
        var index = starts.BinarySearch(token);
        return starts[index >= 0 ? index : ~index - 1];
    }
}
