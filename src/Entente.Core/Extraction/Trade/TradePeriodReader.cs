using Entente.Core.Domain;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// The period a trade figure covers: the date after the figure in its clause ("… $5 billion in
/// 2023"), else the one before it ("In the first quarter of 2024, …"). Points of comparison
/// ("up 20% from 2022", "the previous year") and single days are not periods of trade.
/// </summary>
internal static class TradePeriodReader
{
    public static Period? Read(ArticleContext context, Sentence sentence, int figureStart, int figureEnd, int clauseStart, int clauseEnd)
    {
        var usable = context.DatesIn(sentence).Where(d => IsUsable(context.Text, d)).ToList();
        // "… was $1.8 billion and has risen 300% between 2002 and 2007", "$4.5 billion, up 47% on 2021 and double the value
        // recorded in 2020": a date after a change figure is the change's, the time compared with.
        var chosen = usable.Where(d => d.Start >= figureEnd && d.Start < clauseEnd && !ChangeBetween(context.Text, figureEnd, d.Start)).Cast<DateMention?>().FirstOrDefault()
            ?? usable.Where(d => d.End <= figureStart && d.Start >= clauseStart).Cast<DateMention?>().LastOrDefault()
            ?? usable.Where(d => d.End <= figureStart).Cast<DateMention?>().LastOrDefault();
        if (chosen is not { } date) return null;
        // "In the first five months, …, officials said in June 2023": a year inferred from the publication date that the
        // sentence's own stated year contradicts cannot be trusted.
        if (date.Relative && context.DatesIn(sentence).Any(d => !d.Relative && d.From.Year != date.From.Year && TellsWhenSaid(context.Text, d.Start))) return null;
        // "In 2023, trade came to $40 million in the first five months": a year-less part of a year takes the year the clause
        // states; one that names its year ("in the first half of this year") keeps it.
        var namesYear = context.Text.AsSpan(date.Start, date.End - date.Start).Contains("year", StringComparison.OrdinalIgnoreCase);
        if (date.Relative && !namesYear && date.From.Precision == DatePrecision.Month && StatedYear(context, sentence, clauseStart, clauseEnd) is { } year && year != date.From.Year
            && IsoDate.TryCreate(year, date.From.Month, 0, out var from) && IsoDate.TryCreate(year + date.To.Year - date.From.Year, date.To.Month, 0, out var to))
            date = date with { From = from, To = to, Relative = false };
        // "In January-May this year": the narrower date inside the chosen one says more.
        var narrower = usable.Where(d => d.Start >= clauseStart && d.Start < clauseEnd && d != date && Within(d, date)).Cast<DateMention?>().FirstOrDefault();
        var period = Widen(context.Text, narrower ?? date, context.Pair);
        // "between 2003 and 2011, trade grew fifteenfold, to $575 million": a level the flow grew to between two years is the
        // level at the span's end. A span told otherwise ("reaching $46 billion from 2017 to 2020", "totalled $9 billion from
        // 2016 to 2021") is the time the figure covers, as written.
        if (narrower is null && date.IsPeriod && date.From.Precision == DatePrecision.Year && date.To.Year - date.From.Year >= 2
            && WordBefore(context.Text, date.Start) == "between" && HasChangeVerb(context.Text, clauseStart, figureStart))
            period = Period.Single(date.To.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // "This year, trade rose to $757 million in seven months": a count of months outside any date narrows a year to
        // its first months; with any other date the span cannot be told.
        if (MonthsCounted(context, sentence, clauseStart, clauseEnd) is var months and > 0)
            return date.From.Precision == DatePrecision.Year && !date.IsPeriod && narrower is null
                ? new Period(IsoDate.OfMonth(date.From.Year, 1).ToString(), IsoDate.OfMonth(date.From.Year, months).ToString())
                : null;
        // "last year, up 20 percent from 2022": the year compared with comes right before the period.
        var compared = ComparedYear(context, sentence, clauseStart, clauseEnd);
        return date.Relative && date.From.Precision == DatePrecision.Year && compared >= date.From.Year
            ? Period.Single((compared + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : period;
    }

    /// <summary>A verb telling that the flow changed stands in text[from, to).</summary>
    private static bool HasChangeVerb(string text, int from, int to)
    {
        for (var i = from; i < to;)
        {
            while (i < to && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < to && char.IsLetter(text[i])) i++;
            if (i > start && TradeVocabulary.ChangeVerbs.Contains(text[start..i].ToLowerInvariant())) return true;
        }
        return false;
    }

    /// <summary>A change ("300%", "5 percent", "2 times", "1.5-fold") stands in text[from, to).</summary>
    private static bool ChangeBetween(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        return gap.Contains('%') || gap.Contains(" percent", StringComparison.OrdinalIgnoreCase) || gap.Contains(" per cent", StringComparison.OrdinalIgnoreCase)
               || gap.Contains(" times", StringComparison.OrdinalIgnoreCase) || gap.Contains("-fold", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The one year the clause states outright (not a point of comparison, not when something was said), or null.</summary>
    private static int? StatedYear(ArticleContext context, Sentence sentence, int clauseStart, int clauseEnd)
    {
        var years = context.DatesIn(sentence)
            .Where(d => d.Start >= clauseStart && d.Start < clauseEnd && !d.Relative && !d.IsPeriod && d.From.Precision == DatePrecision.Year
                && !TradeVocabulary.ComparisonWords.Contains(WordBefore(context.Text, d.Start)) && !TellsWhenSaid(context.Text, d.Start))
            .Select(d => d.From.Year).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    /// <summary>N in "(the first) N months" in the clause, outside every date mention; 0 when none.</summary>
    private static int MonthsCounted(ArticleContext context, Sentence sentence, int clauseStart, int clauseEnd)
    {
        var text = context.Text;
        var dates = context.DatesIn(sentence);
        for (var at = text.IndexOf("months", clauseStart, clauseEnd - clauseStart, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 6 < clauseEnd ? text.IndexOf("months", at + 6, clauseEnd - at - 6, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (dates.Any(d => d.Start <= at && d.End > at)) continue;
            var count = WordBefore(text, at);
            var n = count.Length > 0 && Text.Numbers.NumberWords.Small.TryGetValue(count, out var word) && !word.Ordinal ? word.Value : DigitsBefore(text, at);
            if (n is >= 1 and <= 11) return n;
        }
        return 0;
    }

    private static int DigitsBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or '-') end--;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]) && end - start < 2) start--;
        return start < end && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static int ComparedYear(ArticleContext context, Sentence sentence, int clauseStart, int clauseEnd)
    {
        foreach (var d in context.DatesIn(sentence))
        {
            if (d.Start < clauseStart || d.Start >= clauseEnd || d.Relative || d.IsPeriod || d.From.Precision != DatePrecision.Year) continue;
            if (WordBefore(context.Text, d.Start) is "from" or "on" or "than" or "over" or "against") return d.From.Year;
        }
        return int.MinValue;
    }

    private static bool Within(DateMention inner, DateMention outer) =>
        inner.From.Precision > outer.From.Precision && inner.From.FirstDay >= outer.From.FirstDay && inner.To.LastDay <= outer.To.LastDay;

    private static bool IsUsable(string text, DateMention date)
    {
        if (date.From.Precision == DatePrecision.Day && !date.IsPeriod) return false;
        var words = text[date.Start..date.End].ToLowerInvariant();
        if (words.Contains("previous", StringComparison.Ordinal) || words.Contains("preceding", StringComparison.Ordinal) ||
            words.Contains("earlier", StringComparison.Ordinal) || words.Contains("same", StringComparison.Ordinal))
            return false;
        var before = WordBefore(text, date.Start);
        if (ComparedAsPeriod(text, date.Start) || TellsWhenSaid(text, date.Start)) return false;
        // "from January to September": the "from" opens the span itself.
        if (before == "from" && date.IsPeriod && words.Contains(" to ", StringComparison.Ordinal)) return true;
        // "Over the first 11 months of 2024, trade rose …", "$5 million over January-May": a span opening the clause or
        // right after the figure is the time the figure covers; after a change ("up 5% over …") it is compared with.
        if (before == "over" && date.IsPeriod && WordBefore(text, text.LastIndexOf("over", date.Start - 1, StringComparison.OrdinalIgnoreCase))
                is "" or "thousand" or "million" or "billion" or "trillion" or "bn" or "mln") return true;
        if (TradeVocabulary.ComparisonWords.Contains(before)) return false;
        // "compared to 2013", "for the first time after 2010": the year compared with, or a point after which, is no period.
        if (before is "after" || (before is "to" && WordBefore(text, text.LastIndexOf("to", date.Start - 1, StringComparison.OrdinalIgnoreCase)) is "compared" or "relative")) return false;
        // "24% more than in 2017", "up from in 2022": the comparison word stands before the preposition.
        if (before is "in" or "during" or "for")
        {
            var at = text.LastIndexOf(before, date.Start - 1, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && WordBefore(text, at) is "than" or "with" or "versus" or "against") return false;
        }
        return true;
    }

    // "2023-24 (April-March)" is a fiscal year; "April and May" is two months.
    private static Period Widen(string text, DateMention date, CountryPair? pair)
    {
        if (FiscalYearFirstMonth(text, date, pair) is var fiscalStart and > 0)
            return new Period(IsoDate.OfMonth(date.From.Year, fiscalStart).ToString(), IsoDate.OfMonth(date.To.Year, fiscalStart - 1).ToString());
        var (first, last, after) = MonthsAfter(text, date.End);
        if (first > 0 && date.From.Precision == DatePrecision.Year && date.To.Year == date.From.Year + 1 && text[after - 1] == ')')
            return new Period(IsoDate.OfMonth(date.From.Year, first).ToString(), IsoDate.OfMonth(date.To.Year, last).ToString());
        if (first > 0 && last == 0 && date.From.Precision == DatePrecision.Month && !date.IsPeriod && first > date.From.Month)
            return new Period(date.From.ToString(), IsoDate.OfMonth(date.From.Year, first).ToString());
        return date.ToPeriod();
    }

    // "2022-23" with India: Indian trade figures are given for its April-March fiscal year, written with a two-digit end.
    private static int FiscalYearFirstMonth(string text, DateMention date, CountryPair? pair)
    {
        if (pair is null || !pair.Contains("IN") || date.From.Precision != DatePrecision.Year || date.To.Year != date.From.Year + 1) return 0;
        var written = text.AsSpan(date.Start, date.End - date.Start);
        var shortEnd = written.Length == 7 && written[4] is '-' or '–' or '/' && char.IsAsciiDigit(written[5]) && char.IsAsciiDigit(written[6]);
        return shortEnd && !MonthsFollow(text, date.End) ? 4 : 0;
    }

    private static bool MonthsFollow(string text, int at) => MonthsAfter(text, at).First > 0;

    // "(April-March)" gives (4, 3); " and May" gives (5, 0); anything else (0, 0).
    private static (int First, int Last, int End) MonthsAfter(string text, int at)
    {
        var i = SkipSpaces(text, at);
        if (i < text.Length && text[i] == '(')
        {
            var (first, afterFirst) = MonthAt(text, i + 1);
            if (first == 0 || afterFirst >= text.Length || (text[afterFirst] != '-' && text[afterFirst] != '–' && text[afterFirst] != '—'))
                return (0, 0, at);
            var (last, afterLast) = MonthAt(text, afterFirst + 1);
            return last > 0 && afterLast < text.Length && text[afterLast] == ')' ? (first, last, afterLast + 1) : (0, 0, at);
        }
        if (text.AsSpan(i).StartsWith("and ", StringComparison.Ordinal))
        {
            var (month, afterMonth) = MonthAt(text, i + 4);
            return month > 0 ? (month, 0, afterMonth) : (0, 0, at);
        }
        return (0, 0, at);
    }

    private static (int Month, int End) MonthAt(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > at ? (CalendarWords.Month(text[at..end].ToLowerInvariant()), end) : (0, at);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    // "more than the corresponding period in 2021", "the same period of 2022": a period named only to compare with.
    private static bool ComparedAsPeriod(string text, int at)
    {
        var end = at;
        for (var n = 0; n < ComparedReach; n++)
        {
            var word = WordBefore(text, end);
            if (word.Length == 0) return false;
            if (word is "corresponding" or "same" or "comparable") return true;
            end = text.LastIndexOf(word, end - 1, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return false;
        }
        return false;
    }

    private const int ComparedReach = 4;

    // "…, officials said in June 2023", "the ministry reported on Monday": when the figure was given, not its period.
    private static bool TellsWhenSaid(string text, int at)
    {
        var end = at;
        for (var n = 0; n < 2; n++)
        {
            var word = WordBefore(text, end);
            if (word.Length == 0) return false;
            if (word is "said" or "says" or "told" or "announced" or "reported" or "stated" or "noted" or "added") return true;
            if (word is not ("in" or "on" or "last" or "this")) return false;
            end = text.LastIndexOf(word, end - 1, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return false;
        }
        return false;
    }

    private static string WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            // "stated: “In 2023 …": a colon or quotation mark opens the words said, so the verb before it is not their date's.
            if (text[end - 1] is '.' or ',' or ';' or ':' or '"' or '“' or '”' or '«' or '»') return "";
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..end].ToLowerInvariant();
    }
}
