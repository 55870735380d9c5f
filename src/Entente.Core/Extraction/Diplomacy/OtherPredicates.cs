using Entente.Core.Extraction.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Dates in an event's sentence that tell of something else: a relative clause hung on another noun
/// ("countries that joined the union after May 1, 2004", "the forum, which will be held on June 10"),
/// or the reported words before their speaker ("trade will reach $12 billion in 2023, X said at a meeting with Y").
/// </summary>
internal static class OtherPredicates
{
    private static readonly string[] Relatives = ["which", "that", "who", "whom", "whose", "where"];

    // Nouns whose relative clause still tells of the event itself: "talks, which took place on March 4".
    private static readonly HashSet<string> EventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "talks", "session", "conference", "call", "visit", "trip", "tour", "consultations",
        "summit", "negotiations", "discussions", "videoconference", "audience", "reception", "stay",
    };

    private static readonly string[] ReportingVerbs = ["said", "says", "noted", "stressed", "added", "told", "announced", "stated"];

    /// <summary>The date follows the event word inside a relative clause whose antecedent is not the event.</summary>
    public static bool InOtherRelative(string text, int trigger, DateMention date)
    {
        if (date.Start <= trigger) return false;
        var last = -1;
        foreach (var word in Relatives)
        {
            var at = trigger;
            while ((at = Words.Find(text, word, at, date.Start)) >= 0)
            {
                last = Math.Max(last, at);
                at += word.Length;
            }
        }
        return last >= 0 && !EventNouns.Contains(Words.Before(text, last));
    }

    /// <summary>
    /// The date stands before a comma, a speaker and a reporting verb that lead to the event word, in words longer
    /// than a dating phrase: what was said, not when ("On March 4, X said at talks with Y" keeps its date).
    /// </summary>
    public static bool InReportedWords(string text, int clauseStart, int trigger, DateMention date)
    {
        if (date.End > trigger) return false;
        var said = Words.FindFirst(text, ReportingVerbs, date.End, trigger).At;
        if (said < 0) return false;
        var comma = text.LastIndexOf(',', said - 1, said - date.End);
        if (comma < date.End) return false;
        var words = text[clauseStart..comma].Trim().Length - (date.End - date.Start);
        return words > 8;
    }
}
