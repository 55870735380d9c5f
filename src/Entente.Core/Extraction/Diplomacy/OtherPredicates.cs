using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Dates in an event's sentence that tell of something else: a relative clause hung on another noun
/// ("countries that joined the union after May 1, 2004", "the forum, which will be held on June 10"),
/// or the reported words before their speaker ("trade will reach $12 billion in 2023, X said at a meeting with Y").
/// </summary>
internal static class OtherPredicates
{
    private static readonly string[] Relatives = ["which", "that", "who", "whom", "whose", "where", "when"];

    // Nouns whose relative clause still tells of the event itself: "talks, which took place on March 4".
    private static readonly HashSet<string> EventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "talks", "session", "conference", "call", "visit", "trip", "tour", "consultations",
        "summit", "negotiations", "discussions", "videoconference", "audience", "reception", "stay",
    };

    // Words before a year that make it a name's part rather than a time: "the 2030 Expo", "its 2025 budget".
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
        { "the", "this", "that", "its", "their", "his", "her", "our", "a", "an" };

    private static readonly string[] Coordinators = ["as well as", "and", "along with"];

    private static readonly string[] ReportingVerbs = ["said", "says", "noted", "stressed", "added", "told", "announced", "stated"];

    /// <summary>The date follows the event word inside a relative clause whose antecedent is not the event (nor one of <paramref name="own"/>, the nouns the event is told of).</summary>
    public static bool InOtherRelative(string text, int trigger, DateMention date, IReadOnlySet<string>? own = null, string[]? relatives = null)
    {
        if (date.Start <= trigger) return false;
        var last = -1;
        foreach (var word in relatives ?? Relatives)
        {
            var at = trigger;
            while ((at = Words.Find(text, word, at, date.Start)) >= 0)
            {
                last = Math.Max(last, at);
                at += word.Length;
            }
        }
        if (last < 0) return false;
        var antecedent = Words.Before(text, last);
        return !EventNouns.Contains(antecedent) && own?.Contains(antecedent) != true;
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

    /// <summary>
    /// A year that tells no time of an event: a span of several years ("towards the tenth anniversary of the partnership
    /// (2015-2025)") or a year that is part of another thing's name ("visited the site of the 2030 Expo"), unless that
    /// thing is the event ("the 2019 visit").
    /// </summary>
    public static bool NamesNoTime(string text, DateMention date)
    {
        if (date.From.Precision != DatePrecision.Year) return false;
        if (date.To.Year > date.From.Year) return true;
        if (AfterName(text, date.Start)) return true;
        if (date.End >= text.Length - 1 || text[date.End] != ' ' || !char.IsLetter(text[date.End + 1])) return false;
        if (!Determiners.Contains(Words.Before(text, date.Start))) return false;
        var next = date.End + 1;
        while (next < text.Length && char.IsLetter(text[next])) next++;
        return !EventNouns.Contains(text[(date.End + 1)..next]) && !VisitWords.Contains(text[(date.End + 1)..next]);
    }

    /// <summary>
    /// The date follows a second event joined to the first ("talks between X and Y, as well as the visit by Z in 2022"):
    /// it dates that second event.
    /// </summary>
    public static bool AfterOtherEvent(string text, int trigger, DateMention date)
    {
        if (date.Start <= trigger) return false;
        var triggerEnd = trigger;
        while (triggerEnd < date.Start && char.IsLetter(text[triggerEnd])) triggerEnd++;
        var at = triggerEnd;
        while (Words.FindFirst(text, Coordinators, at, date.Start) is { At: >= 0 } found)
        {
            at = found.At + found.Phrase!.Length;
            var word = at;
            for (var i = 0; i < 3 && word < date.Start; i++)
            {
                while (word < date.Start && !char.IsLetter(text[word])) word++;
                var wordEnd = word;
                while (wordEnd < date.Start && char.IsLetter(text[wordEnd])) wordEnd++;
                var w = text[word..wordEnd];
                if (EventNouns.Contains(w) || VisitWords.Contains(w)) return true;
                if (w.Length > 0 && char.IsUpper(w[0]) && !Determiners.Contains(w)) break;
                word = wordEnd;
            }
        }
        return false;
    }

    // Capitalised words that lead a year as its time, not as a name's part: "In 2015", "Since 2010, …".
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
        { "in", "since", "until", "till", "by", "from", "during", "of", "for", "before", "after", "to", "and", "or", "as", "at", "on", "through", "early", "late", "mid", "end",
          "spring", "summer", "autumn", "fall", "winter", "fy" };

    /// <summary>
    /// A year right after a capitalised word, with one space between: part of a name ("the Olympic Winter Games Beijing 2022",
    /// "Expo 2020", "Vision 2030", "Agenda 2063"), not the time of what the sentence tells.
    /// </summary>
    private static bool AfterName(string text, int yearStart)
    {
        if (yearStart < 2 || !char.IsAsciiDigit(text[yearStart]) || text[yearStart - 1] != ' ' || !char.IsLetter(text[yearStart - 2])) return false;
        var wordStart = yearStart - 2;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
        var word = text[wordStart..(yearStart - 1)];
        return char.IsUpper(word[0]) && !TimeWords.Contains(word) && !Determiners.Contains(word) && !Months.Contains(word);
    }

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    // Phrases that make an event word the aim or the topic of another act: "in preparation for the visit of X", "paves the way
    // for his visit", "ahead of the meeting", "shared the details of the visit", "a key outcome of the trip".
    private static readonly string[] AimsAndTopics =
    [
        "in preparation for", "in preparation of", "preparations for", "preparation for", "ahead of", "to prepare", "to prepare for",
        "paves the way for", "pave the way for", "paved the way for", "paving the way for",
        "details of", "outcome of", "outcomes of", "result of", "results of",
    ];

    /// <summary>How far before the event word a governing phrase may stand ("during Kenyan President X's state visit").</summary>
    private const int GoverningReach = 50;

    /// <summary>
    /// The event word is the object of a phrase that makes it the aim or the topic of another act: a date told before it
    /// ("Speaking on Friday, ahead of the meeting, …", "On Monday, X shared the details of the visit") is that act's.
    /// </summary>
    public static bool IsAimOrTopic(string text, int start, int at) => Governs(text, AimsAndTopics, start, at);

    /// <summary>One of the phrases stands shortly before the event word, nothing but the event's own phrase between (no comma).</summary>
    public static bool Governs(string text, string[] phrases, int start, int at)
    {
        var (w, phrase) = Words.FindFirst(text, phrases, Math.Max(start, at - GoverningReach), at);
        return w >= 0 && !text[(w + phrase!.Length)..at].Contains(',');
    }

    /// <summary>
    /// A day counted from when it was said ("today", "on Monday") inside quoted words of the sentence: “X and Y met today”,
    /// posted or said on a day the story does not tell, so the day it names is unknown ("this year" said days before the story
    /// still is its year). A quotation opened before the date in the sentence and not closed before it holds the date.
    /// </summary>
    public static bool InQuotedWords(string text, int sentenceStart, DateMention date)
    {
        if (!date.Relative || date.From.Precision != DatePrecision.Day) return false;
        var (curly, straight) = (0, 0);
        for (var i = sentenceStart; i < date.Start; i++)
        {
            if (text[i] == '“') curly++;
            else if (text[i] == '”') curly = Math.Max(0, curly - 1);
            else if (text[i] == '"') straight ^= 1;
        }
        return curly > 0 || straight == 1;
    }

    private static readonly HashSet<string> VisitWords = new(StringComparer.OrdinalIgnoreCase) { "visits", "trips", "tours", "summits", "sessions" };
}
