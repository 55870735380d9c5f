using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>Chooses the date an event phrase refers to among the dates of its sentence.</summary>
internal static class EventDates
{
    // What these events are told of: "diplomatic relations, which the two countries set up on 3 April 1961".
    private static readonly HashSet<string> TopicNouns = new(StringComparer.OrdinalIgnoreCase)
        { "relations", "ties", "relationship", "embassy", "embassies", "consulate", "mission", "ambassador", "credentials" };

    /// <summary>
    /// "presented his credentials today", "on Wednesday", "last year" on a page with no date of its own: the day or year is
    /// counted from a publication year guessed from the years the text names, so it dates nothing (a dateline's day,
    /// "ASTANA, March 5 (Agency) –", is the outlet's own and counts).
    /// </summary>
    public static bool Guessed(ArticleContext context, DateMention date) =>
        date.Relative && date.From.Precision == DatePrecision.Year && context.Article.PublishedInferred
        && context.Published is not { Precision: DatePrecision.Day };

    /// <summary>
    /// The first single date (not a span) in [from, to), else the last one in [clauseStart, from):
    /// "opened its embassy in Hanoi in 1976" and "In 1976, Mexico opened its embassy". A date after a relative clause
    /// hung on another noun tells of that noun ("its embassy in Lagos, which was later moved to Abuja in 2008").
    /// </summary>
    public static DateMention? Near(ArticleContext context, Sentence sentence, int clauseStart, int from, int to, bool allowRelative = true)
    {
        DateMention? before = null;
        foreach (var d in context.DatesIn(sentence))
        {
            if (d.IsPeriod || (!allowRelative && d.Relative) || OtherPredicates.NamesNoTime(context.Text, d) || OtherPredicates.InOtherRelative(context.Text, from, d, TopicNouns)) continue;
            if (d.Start >= from && d.Start < to) return d;
            if (d.Start >= clauseStart && d.End <= from) before = d;
        }
        return before;
    }
}
