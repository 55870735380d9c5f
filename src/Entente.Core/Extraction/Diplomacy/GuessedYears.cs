using Entente.Core.Extraction.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// "held a video conference on April 12" in an article whose publication year was itself guessed from the years
/// its text mentions: the reader placed the day in that guessed year, which the text never states, so the day
/// cannot date an event (a wrong year is worse than none). An agency dispatch whose dateline gives its day
/// ("ASTANA, March 5 (VNA) –") is dated to the day by the outlet itself; only its year is read from the text,
/// and its weekdays are counted from that day, so its dates stand.
/// </summary>
internal static class GuessedYears
{
    public static bool IsGuessed(ArticleContext context, DateMention date) =>
        date.Relative && context.Article.PublishedInferred && context.Published?.Precision != DatePrecision.Day;
}
