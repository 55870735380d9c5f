using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>Chooses the date an event phrase refers to among the dates of its sentence.</summary>
internal static class EventDates
{
    /// <summary>
    /// The first single date (not a span) in [from, to), else the last one in [clauseStart, from):
    /// "opened its embassy in Hanoi in 1976" and "In 1976, Mexico opened its embassy".
    /// </summary>
    public static DateMention? Near(ArticleContext context, Sentence sentence, int clauseStart, int from, int to, bool allowRelative = true)
    {
        DateMention? before = null;
        foreach (var d in context.DatesIn(sentence))
        {
            if (d.IsPeriod || (!allowRelative && d.Relative) || OtherPredicates.NamesNoTime(context.Text, d)) continue;
            if (d.Start >= from && d.Start < to) return d;
            if (d.Start >= clauseStart && d.End <= from) before = d;
        }
        return before;
    }
}
