using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// Infers the earliest year an article can have been published from its text alone: the latest
/// year it speaks of as past or current, one later when it reports a whole year's statistic
/// ("trade reached US$60 million in 2024" was written in 2025 or after), the end of a fiscal year
/// it reports on, and the years its anniversaries and compared relative years imply.
/// </summary>
public static class PublishedYearInference
{
    // Words right before a year that make it a target or horizon, not something that happened.
    private static readonly HashSet<string> TargetLeads =
        ["by", "to", "until", "till", "towards", "toward", "through", "vision", "horizon", "beyond"];

    // Words right after a year that make it a plan's name ("the 2030 Agenda").
    private static readonly HashSet<string> TargetTails = ["agenda", "vision", "target", "targets", "goal", "goals", "strategy"];

    // Words that date a founding ("relations were established on March 2, 1992"): history, written about decades later.
    private static readonly HashSet<string> FoundingWords =
        ["established", "establishment", "establishing", "founded", "founding", "normalized", "normalised", "normalization", "normalisation"];

    // Measures whose value for a year is only known once the year is over.
    private static readonly HashSet<string> AnnualMeasures =
    [
        "trade", "turnover", "exports", "imports", "export", "import", "revenue", "revenues", "gdp", "output", "sales",
        "volume", "arrivals",
    ];

    // Words between "in" and a two-year span that make it a fiscal, school or crop year ("in the financial year 2023-24").
    private static readonly HashSet<string> AccountingYearWords =
        ["the", "fiscal", "financial", "fy", "academic", "school", "marketing", "crop", "budget", "year"];

    private static readonly HashSet<string> PastPeriodLeads = ["in", "during", "over", "throughout", "of"];

    /// <summary>The earliest publication year the text supports, or null when it names no year.</summary>
    /// <param name="text">The article's text (title first).</param>
    /// <param name="notAfter">The latest year the article can be from (the reference date's year: when it was
    /// fetched, or what the user says); null when unknown, and then no year the text names counts as ahead.</param>
    /// <param name="amountsAt">Where the text's amounts of money and percentages end (the offset of each one's last
    /// character), when a reading of them is at hand; null to read them from the text when a date asks.</param>
    public static int? EarliestYear(string text, int? notAfter = null, Func<IEnumerable<int>>? amountsAt = null) =>
        EarliestYear(TokenList.Of(text), notAfter, amountsAt);

    /// <summary>The earliest publication year of a text given as its tokens (<see cref="WordShape.Parts"/>).</summary>
    public static int? EarliestYear(TokenList t, int? notAfter, Func<IEnumerable<int>>? amountsAt)
    {
        // Sentences as runs of tokens: one opens at a capital after '.', '!' or '?', and at every line break.
        var sentences = Clauses.Of(t.Count, k =>
            ((t.IsSymbol(k - 1, '.') || t.IsSymbol(k - 1, '!') || t.IsSymbol(k - 1, '?')) && t.IsWord(k) && char.IsUpper(t.Text[t[k].Start]))
            || !t.SameLine(k));
        // Amounts are read (the costliest part) only when a date's sentence asks whether it holds one.
        var sentencesWithAmounts = new Lazy<HashSet<int>>(() => SentencesWithAmounts(t, sentences, amountsAt), LazyThreadSafetyMode.None);
        bool HasAmount(int sentence) => sentencesWithAmounts.Value.Contains(sentence);
        var lastFutureMarker = LastOccurrence(t, WordClass.FutureMarker);
        // Read only when a date may be a whole year's figure ("in 2024").
        var sentencesWithMeasures = new Lazy<HashSet<int>>(() => SentencesWithAnnualMeasures(t, sentences), LazyThreadSafetyMode.None);
        var dates = DateReader.Read(t)
            .Select(m => (Mention: m, First: t.IndexAt(m.Start), Last: t.IndexAt(m.End) - 1))
            .Select(d => new SentenceDate(d.Mention, d.First, d.Last, sentences.StartOf(d.First)))
            .ToList();
        var history = FoundingClauses.Of(t);
        int? latest = null, latestStart = null;
        var horizon = int.MinValue;
        foreach (var date in dates)
        {
            var (mention, first, last) = (date.Mention, date.First, date.Last);
            if (t.IsAny(first - 1, TargetLeads) || (mention.From.Year != mention.To.Year && !mention.Relative))
                horizon = Math.Max(horizon, mention.To.Year);
            if (t.IsAny(first - 1, TargetLeads) || t.IsAny(last + 1, TargetTails) || InSentenceBefore(lastFutureMarker, date.Sentence, first))
                continue;
            // "the 2034 FIFA World Cup", "the 2030 Agenda": an event's or plan's name, often ahead.
            if (t.Is(first - 1, "the") && t.IsWord(last + 1) && char.IsUpper(t.Text[t[last + 1].Start])) continue;
            // "JCPP 2030", "Expo 2030": a year right after a capitalised word other than a month is a name's.
            if (NamesSomething(t, first)) continue;
            // "June 9, 2014 | Updated November 26, 2021": a page's later edit, not when the story was written.
            if (t.IsAny(first - 1, EditWords) || (t.IsSymbol(first - 1, ':') && t.IsAny(first - 2, EditWords))) continue;
            // Nothing is published in the future.
            if (mention.From.Year > notAfter) continue;
            int year;
            if (mention.From.Year == mention.To.Year) year = mention.From.Year;
            // A fiscal or school year reported on is over: "exports in 2023-24" were counted by 2024.
            else if (mention.To.Year == mention.From.Year + 1 && !(mention.To.Year > notAfter) && IsPastAccountingYear(t, first)) year = mention.To.Year;
            // Any other span is most often a term or a programme ("for 2024-2026") that may lie ahead.
            else continue;
            if (IsWholeYearFigure(t, mention, first) && sentencesWithMeasures.Value.Contains(date.Sentence) && HasAmount(date.Sentence)) year++;
            // "since April 2000", "relations established in 1992" and any date of a clause telling how something
            // was created only say when something began: such a
            // year counts beside other years, never alone (an article dated by its history alone is undated).
            if (t.Is(first - 1, "since") || DatesAFounding(t, first, k => t.IsAny(k, FoundingWords)) || history[first]) latestStart = Math.Max(latestStart ?? year, year);
            else latest = Math.Max(latest ?? year, year);
        }
        foreach (var implied in AnniversaryYears.Implied(t, sentences, dates).Concat(RelativeYearCues.Implied(t, sentences, dates, HasAmount)))
            if (!(implied > notAfter)) latest = Math.Max(latest ?? implied, implied);
        // Only history was dated ("relations established in 1960", "since 2005") while a near plan runs to
        // "by 2030": the bound is decades too early to date "last year" by, so the year is left unknown.
        if (latest is { } bound && horizon > bound + MaxPlanReach && !(horizon > notAfter + NearPlanYears)) return null;
        return latest is { } l ? Math.Max(l, latestStart ?? l) : null;
    }

    private static readonly HashSet<string> EditWords = ["updated", "modified", "edited", "revised"];

    private static bool NamesSomething(TokenList t, int first)
    {
        if (!t.IsWord(first - 1) || !char.IsUpper(t.Text[t[first - 1].Start]) || !char.IsDigit(t.Text[t[first].Start])) return false;
        var word = t.Lower(first - 1);
        return !t.IsAny(first - 1, WordClass.Month | WordClass.Weekday) && !t.IsAny(first - 1, EditWords) && !t.IsAny(first - 1, AccountingYearWords)
               && word is not ("in" or "since" or "of" or "from" or "during" or "by" or "until" or "for");
    }

    // How far ahead a plan's end year may reach from when it was written, and how far ahead a plan counts as near.
    private const int MaxPlanReach = 15;
    private const int NearPlanYears = 10;

    // A single year after "in" or "for": "reached US$60 million in 2024".
    private static bool IsWholeYearFigure(TokenList t, DateMention mention, int first) =>
        !mention.IsPeriod && mention.From.Precision == DatePrecision.Year && (t.Is(first - 1, "in") || t.Is(first - 1, "for"));

    // "in 2023-24", "during the 2022-2023 academic year", "in the financial year 2023-24", "in FY2023/24".
    private static bool IsPastAccountingYear(TokenList t, int first)
    {
        var k = first - 1;
        for (var steps = 0; steps < 4 && t.IsAny(k, AccountingYearWords); steps++) k--;
        return t.IsAny(k, PastPeriodLeads);
    }

    // lastOccurrence[k] is the latest token before k that is one of a set of words, or -1.
    private static bool InSentenceBefore(int[] lastOccurrence, int sentenceStart, int token) => lastOccurrence[token] >= sentenceStart;

    private static int[] LastOccurrence(TokenList t, WordClass words)
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

    /// <summary>"were established on March 2, 1992", "the founding of the chamber in 1987": a founding word (one
    /// <paramref name="founds"/> accepts) shortly before the date, in its clause.</summary>
    internal static bool DatesAFounding(TokenList t, int first, Func<int, bool> founds)
    {
        for (var k = first - 1; k >= 0 && k >= first - FoundingReach; k--)
        {
            if (founds(k)) return true;
            if (t.Is(k, "and") || t.IsSymbol(k, ',') || t.IsSymbol(k, ';') || t.IsSymbol(k, '.')) return false;
        }
        return false;
    }

    private const int FoundingReach = 8;

    /// <summary>Sentences (by first token) that name an annual measure ("trade"); with an amount, they report an annual figure.</summary>
    private static HashSet<int> SentencesWithAnnualMeasures(TokenList t, Clauses sentences)
    {
        var result = new HashSet<int>();
        for (var k = 0; k < t.Count; k++)
            if (t.IsAny(k, AnnualMeasures)) result.Add(sentences.StartOf(k));
        return result;
    }

    /// <summary>Sentences (by first token) in which an amount of money or a percentage ends.</summary>
    private static HashSet<int> SentencesWithAmounts(TokenList t, Clauses sentences, Func<IEnumerable<int>>? amountsAt) =>
        (amountsAt?.Invoke() ?? TextReading.AmountEnds(t))
            .Select(at => sentences.StartOf(Math.Min(t.IndexAt(at), t.Count - 1)))
            .ToHashSet();
}
