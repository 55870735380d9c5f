using Entente.Core.Domain;
using Entente.Core.Text;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction;

/// <summary>
/// "A's visit comes after B's visit to X on 24 January", "the trip builds on B's visit in June", "welcomed A's visit since
/// his last visit in May": a sentence that places one event after or before another dates only the other one. A visit or
/// meeting whose people are all named before such a connective, and none after it, is the leading event, and the date
/// the sentence gives is not its own: it gives nothing. The event after the connective keeps its fact.
/// </summary>
internal static class SequencedEvents
{
    private static readonly string[] Connectives =
    [
        "comes after", "comes ahead of", "comes in light of", "comes on the heels of", "comes in the wake of",
        "came after", "came ahead of", "came on the heels of", "builds on", "build on", "follows on from",
        "since his last visit", "since her last visit", "since their last visit", "since his previous visit",
        "since her previous visit",
    ];

    // Words that date a clause without a number or a calendar name ("today", "last week").
    private static readonly HashSet<string> RelativeTimeWords = ["today", "yesterday", "week", "weeks", "month", "months", "year", "years"];

    private const int MaxDatelineLength = 60;

    /// <summary>Whether the fact is a visit or meeting dated by a sentence that ties that date to a later-named event.</summary>
    public static bool DatedByAnotherEvent(Fact fact)
    {
        var names = fact switch
        {
            Visit v => v.Visitor.Name is { } name ? [name] : [],
            Meeting m => m.Participants.Select(p => p.Name).ToArray(),
            _ => [],
        };
        if (names.Length == 0 || fact.Evidence is not { Quote: var quote }) return false;
        var (at, connective) = PhraseMatcher.Of(Connectives).FindFirst(quote, 0, quote.Length);
        if (connective is null) return false;
        var after = at + connective.Length;
        // "A's visit to X on 24 June comes ahead of …": the leading event has a date of its own.
        if (DatedWithin(quote, at)) return false;
        return names.All(n => Surname(n) is { } s && PhraseMatcher.Of(s).Find(quote, 0, at) >= 0
                                                  && PhraseMatcher.Of(s).Find(quote, after, quote.Length) < 0);
    }

    /// <summary>Whether a date is written before end, after a dateline ("LIMA, May 6 (Agency) – ") that opens the quote.</summary>
    private static bool DatedWithin(string quote, int end)
    {
        var tokens = TokenList.Of(quote[..end]);
        var first = 0;
        for (var i = 0; i < tokens.Count && tokens[i].Start < MaxDatelineLength; i++)
            if (tokens.IsDash(i) && i > 0 && !tokens.Glued(i) && !tokens.Glued(i + 1)) first = i + 1;
        for (var i = first; i < tokens.Count; i++)
        {
            if (tokens.IsDigits(i)) return true;
            if (!tokens.IsWord(i)) continue;
            var word = tokens.Lower(i);
            // "may" is a month only when written as one.
            if (CalendarWords.IsFullMonthName(word) && (word != "may" || tokens.Str(i) == "May")) return true;
            if (CalendarWords.TryWeekday(word, out _) || RelativeTimeWords.Contains(word)) return true;
        }
        return false;
    }

    private static string? Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : words[^1];
    }
}
