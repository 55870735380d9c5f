using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// "held a video conference on April 12" in an article whose publication year was itself guessed from the years
/// its text mentions: the reader placed the day in that guessed year, which the text never states, so the day
/// cannot date an event (a wrong year is worse than none). The year stands when the text gives it after all:
/// an agency dispatch whose dateline gives its day ("ASTANA, March 5 (VNA) –") is dated by the outlet itself and
/// its weekdays count from that day; and a day next to a full date of the same month ("from 3 to 6 March 2022
/// ... On 4 March, the ministers held talks") takes that date's year.
/// </summary>
internal static class GuessedYears
{
    /// <summary>How many sentences either side may hold the full date that anchors a year-less one.</summary>
    private const int AnchorReach = 2;

    /// <summary>The sentence's dates with their years settled: a guessed year is replaced by an anchor's, or the date dropped (kept as read when <paramref name="keepGuesses"/>).</summary>
    public static IEnumerable<DateMention> Settled(ArticleContext context, Sentence sentence, IEnumerable<DateMention> dates, bool keepGuesses = false)
    {
        foreach (var date in dates)
        {
            if (keepGuesses || !IsGuessed(context, date)) yield return date;
            else if (Anchor(context, sentence, date) is { } year) yield return year == date.From.Year ? date : date with { From = WithYear(date.From, year), To = WithYear(date.To, year) };
        }
    }

    private static bool IsGuessed(ArticleContext context, DateMention date) =>
        date.Relative && context.Article.PublishedInferred && context.Published?.Precision != DatePrecision.Day;

    /// <summary>The year of a stated date of the same month near the sentence; a weekday keeps only its own year (another would move its day).</summary>
    private static int? Anchor(ArticleContext context, Sentence sentence, DateMention date)
    {
        if (date.From.Precision < DatePrecision.Month || date.To.Year != date.From.Year) return null;
        var weekday = BareWeekdays.IsWeekday(context.Text[date.Start..date.End]);
        var sentences = context.Sentences;
        var from = Math.Max(0, sentence.Index - AnchorReach);
        var to = Math.Min(sentences.Count - 1, sentence.Index + AnchorReach);
        for (var i = from; i <= to; i++)
        {
            if (sentences[i].Index != i) continue;
            foreach (var d in context.DatesIn(sentences[i]))
            {
                if (d.Relative || d.From.Precision < DatePrecision.Month || d.From.Month != date.From.Month) continue;
                if (!weekday || d.From.Year == date.From.Year) return d.From.Year;
            }
        }
        return null;
    }

    private static IsoDate WithYear(IsoDate date, int year) =>
        IsoDate.TryCreate(year, date.Month, date.Day, out var moved) ? moved : date;
}
