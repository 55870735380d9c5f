using Entente.Core.Extraction.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// "held a video conference on April 12" in an article whose publication year was itself guessed from the years
/// its text mentions: the reader placed the day in that guessed year, which the text never states, so the day
/// cannot date an event (a wrong year is worse than none).
/// </summary>
internal static class GuessedYears
{
    public static bool IsGuessed(ArticleContext context, DateMention date) => date.Relative && context.Article.PublishedInferred;
}
