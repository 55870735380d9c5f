using Entente.Core.Text.Numbers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// The date a figure or an office refers to: a past date the sentence gives ("at the end of
/// 2022", "according to the 2022 microcensus"), else the publication year, else (an undated
/// article) the latest year the article dates an event to.
/// </summary>
internal static class AsOfDate
{
    /// <summary>The first fitting date within [from, to) of the sentence, else the fallback.</summary>
    public static string? Of(ArticleContext context, Sentence sentence, string? fallback, int from, int to)
    {
        var published = context.Published;
        foreach (var date in People.Window.Between(context.DatesIn(sentence), from, to, d => d.Start, d => d.End))
        {
            // The dateline's date is the publication date, not the date of the figure.
            if (published is { } p && (date.From.Year > p.Year || (p.Precision != DatePrecision.Year && date.From == p))) continue;
            return (date.IsPeriod ? date.To : date.From).Truncate(DatePrecision.Month).ToString();
        }
        return fallback;
    }

    /// <summary>
    /// The publication year, or for an undated article the latest year written in it with a month or day
    /// ("Dec. 4, 2024") outside clauses telling how something was created, or failing that the end of the latest fiscal year it names ("2022-23").
    /// </summary>
    public static string? Fallback(ArticleContext context)
    {
        if (context.AsOfYear is { } year) return year;
        int? latest = null;
        var tokens = context.Tokens;
        var history = FoundingClauses.Of(tokens);
        foreach (var n in context.Numbers)
        {
            // "The commission was created under the agreement signed on May 2, 1995": history, not the article's time.
            if (n.Kind == NumberKind.Year && n.Max is null && IsDated(context.Text, n.Start) && (latest is null || n.Value > latest)
                && !history[Math.Min(tokens.IndexAt(n.Start), history.Length - 1)])
                latest = (int)n.Value;
        }
        // "in 2022-23": with no dated year at all, the end of the latest fiscal year the article reports on.
        if (latest is null)
            foreach (var n in context.Numbers)
                if (n.Kind == NumberKind.Year && n.Max is { } max && max - n.Value == 1 && (latest is null || max > latest))
                    latest = (int)max;
        return latest?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A year right after a month or a day number: "December 2024", "4 Dec. 2024", "Dec. 4, 2024".</summary>
    private static bool IsDated(string text, int yearStart)
    {
        var i = yearStart - 1;
        while (i >= 0 && text[i] is ' ' or ',' or '.') i--;
        if (i < 0) return false;
        if (char.IsDigit(text[i])) return true;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var word = text[(i + 1)..end];
        return word.Length >= 3 && CalendarWords.Month(word.ToLowerInvariant()) > 0;
    }
}
