using Entente.Core.Text;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// "Havana, Apr 15 (Prensa Latina) Cuba and Vietnam signed on Monday … X arrived on Sunday": an agency dispatch carried by a
/// page stamped weeks later. Its weekdays count from the day its dateline gives, not from the page's date.
/// </summary>
internal static class DatelineWeekdays
{
    /// <summary>How many sentences open a story and may hold its dateline.</summary>
    private const int DatelineSentences = 2;

    /// <summary>The weekday re-read from the dateline's day: the last such day up to it for what was done, the first from it for a plan.</summary>
    public static DateMention Adjust(ArticleContext context, DateMention date, bool planned)
    {
        if (!date.Relative || date.From.Precision != DatePrecision.Day) return date;
        // Only a bare weekday, "last Monday" or "next Monday": any other shape was read by its own rule.
        var words = Tokenizer.Scan(context.Text, date.Start, date.End, WordShape.Parts, context.Spellings);
        if (words.Count is < 1 or > 2 || words.Any(w => w.IsSymbol)) return date;
        var occurrence = words.Count == 2 && words[0].Lower == "last" ? Occurrence.Previous : words.Count == 2 && words[0].Lower == "next" ? Occurrence.Next : Occurrence.ByTense;
        if ((words.Count == 2 && occurrence == Occurrence.ByTense) || !CalendarWords.TryWeekday(words[^1].Lower, out var weekday)) return date;
        if (Filed(context) is not { } filed || filed == context.Published) return date;
        var day = ReferenceResolver.Weekday(weekday, filed, planned ? Tense.Future : Tense.Past, occurrence);
        return date with { From = day, To = day };
    }

    /// <summary>The day of the story's dateline, when one of its opening sentences has one.</summary>
    private static IsoDate? Filed(ArticleContext context)
    {
        for (var i = 0; i < Math.Min(DatelineSentences, context.Sentences.Count); i++)
        {
            var sentence = context.Sentences[i];
            foreach (var d in context.DatesIn(sentence))
                if (d.From.Precision == DatePrecision.Day && !d.IsPeriod && Datelines.IsDateline(context.Text, sentence, d, bracketCloses: true)) return d.From;
        }
        return null;
    }
}
