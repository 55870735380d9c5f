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
        var amountEnds = MoneyReader.Read(text).Select(m => m.End)
            .Concat(NumberReader.Read(text).Where(n => n.Kind is NumberKind.Percent or NumberKind.PercentChange).Select(n => n.End))
            .Order().ToList();
        var lastFutureMarker = LastOccurrence(t, TenseGuesser.FutureMarkers);
        var sentencesWithFigures = SentencesWithAnnualFigures(t, sentences, amountEnds);
        int? latest = null;
        var horizon = int.MinValue;
        foreach (var mention in DateReader.Read(text))
        {
            var first = t.IndexAt(mention.Start);
            var last = t.IndexAt(mention.End) - 1;
            var sentence = SentenceOf(sentences, first);
            if (t.IsAny(first - 1, TargetLeads) || (mention.From.Year != mention.To.Year && !mention.Relative))
                horizon = Math.Max(horizon, mention.To.Year);
            if (t.IsAny(first - 1, TargetLeads) || t.IsAny(last + 1, TargetTails) || InSentenceBefore(lastFutureMarker, sentence, first))
                continue;
            // "the 2034 FIFA World Cup", "the 2030 Agenda": an event's or plan's name, often ahead.
            if (t.Is(first - 1, "the") && t.IsWord(last + 1) && char.IsUpper(t.Text[t[last + 1].Start])) continue;
            // Nothing is published in the future.
            if (mention.From.Year > DateTime.UtcNow.Year) continue;
            // A multi-year span is most often a term or a programme ("for 2024-2026") that may lie ahead.
            if (mention.From.Year != mention.To.Year) continue;
            var year = mention.From.Year;
            if (IsWholeYearFigure(t, mention, first) && sentencesWithFigures.Contains(sentence)) year++;
            latest = latest is { } l ? Math.Max(l, year) : year;
        }
        // Only history was dated ("relations established in 1960", "since 2005") while a near plan runs to
        // "by 2030": the bound is decades too early to date "last year" by, so the year is left unknown.
        if (latest is { } bound && horizon > bound + MaxPlanReach && horizon <= DateTime.UtcNow.Year + NearPlanYears) return null;
        return latest;
    }

    // How far ahead a plan's end year may reach from when it was written, and how far ahead a plan counts as near.
    private const int MaxPlanReach = 15;
    private const int NearPlanYears = 10;

    // A single year after "in" or "for": "reached US$60 million in 2024".
    private static bool IsWholeYearFigure(TokenList t, DateMention mention, int first) =>
        !mention.IsPeriod && mention.From.Precision == DatePrecision.Year && (t.Is(first - 1, "in") || t.Is(first - 1, "for"));

    // lastOccurrence[k] is the latest token before k that is one of a set of words, or -1.
    private static bool InSentenceBefore(int[] lastOccurrence, int sentenceStart, int token) => lastOccurrence[token] >= sentenceStart;

    private static int[] LastOccurrence(TokenList t, IReadOnlySet<string> words)
    {
        var last = new int[t.Count + 1];
        var seen = -1;
        for (var k = 0; k < t.Count; k++)
        {
            last[k] = seen;
            if (t.IsAny(k, words)) seen = k;
        }
        last[t.Count] = seen;
        return last;
    }

    /// <summary>Sentences (by first token) that hold both an annual measure ("trade") and an amount or percentage.</summary>
    private static HashSet<int> SentencesWithAnnualFigures(TokenList t, List<int> sentences, List<int> amountEnds)
    {
        var withMeasure = new HashSet<int>();
        for (var k = 0; k < t.Count; k++)
            if (t.IsAny(k, AnnualMeasures)) withMeasure.Add(SentenceOf(sentences, k));
        var result = new HashSet<int>();
        foreach (var end in amountEnds)
        {
            var sentence = SentenceOf(sentences, t.IndexAt(Math.Max(0, end - 1)));
            if (withMeasure.Contains(sentence)) result.Add(sentence);
        }
        return result;
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
