using Entente.Core.Domain;

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
        " comes after ", " comes ahead of ", " comes in light of ", " comes on the heels of ", " comes in the wake of ",
        " came after ", " came ahead of ", " came on the heels of ", " builds on ", " build on ", " follows on from ",
        " since his last visit", " since her last visit", " since their last visit", " since his previous visit",
        " since her previous visit",
    ];

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
        foreach (var connective in Connectives)
        {
            var at = quote.IndexOf(connective, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var after = at + connective.Length;
            // "A's visit to X on 24 June comes ahead of …": the leading event has a date of its own.
            if (DatedWithin(quote, at)) return false;
            return names.All(n => Surname(n) is { } s && NamedWithin(quote, s, 0, at) && !NamedWithin(quote, s, after, quote.Length));
        }
        return false;
    }

    private const int MaxDatelineLength = 60;

    private static readonly string[] TimeWords =
    [
        "January", "February", "March", "April", "May ", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "week", "month", "year",
    ];

    /// <summary>Whether a date is written before end, after a dateline ("LIMA, May 6 (Agency) – ") that opens the quote.</summary>
    private static bool DatedWithin(string quote, int end)
    {
        var head = quote.AsSpan(0, end);
        foreach (var dash in (string[])[" – ", " — ", " - "])
            if (head.IndexOf(dash, StringComparison.Ordinal) is var cut and >= 0 && cut < MaxDatelineLength) head = head[(cut + dash.Length)..];
        if (head.IndexOfAnyInRange('0', '9') >= 0) return true;
        foreach (var word in TimeWords)
            if (head.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string? Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : words[^1];
    }

    /// <summary>Whether the word occurs as a whole word in text[from, to).</summary>
    private static bool NamedWithin(string text, string word, int from, int to)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0 && at + word.Length <= to;
             at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }
}
