using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// A clause that opens on a definite event word ("The meeting was co-chaired by X and Y", "At the joint session, X and Y
/// discussed …", "The one-day consultations were led by …") tells more of an event the article has already told: its day
/// and place are those of that earlier telling, the nearest sentence before that names such an event with a date.
/// </summary>
internal static class EventAnaphora
{
    private static readonly HashSet<string> EventNouns = new(StringComparer.OrdinalIgnoreCase)
        { "meeting", "session", "talks", "consultations", "discussions", "negotiations", "sitting" };

    // Words of another event after the trigger: a date past one of them tells of that event.
    private static readonly string[] OtherEvents =
        ["meeting", "meetings", "session", "sessions", "summit", "visit", "conference", "forum", "consultations", "talks"];

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "at", "during", "after", "following", "in" };

    // A trip that frames the clause: "During his visit to Kenya, X called on Y", "In the course of her two-day stay, …".
    private static readonly HashSet<string> TripNouns = new(StringComparer.OrdinalIgnoreCase) { "visit", "trip", "stay", "tour" };

    private static readonly HashSet<string> TripOpeners = new(StringComparer.OrdinalIgnoreCase) { "during", "on", "in" };

    // Openers of several words, framing a trip or an event: "In the course of her stay", "As part of his visit", "Within the framework of the visit".
    private static readonly string[][] LongOpeners = [["in", "the", "course", "of"], ["as", "part", "of"], ["within", "the", "framework", "of"]];

    private static readonly HashSet<string> TripDeterminers = new(StringComparer.OrdinalIgnoreCase) { "his", "her", "their", "the", "this" };

    // Words of a sentence that tells a trip: the one the framed clause refers to.
    private static readonly string[] TripWords = ["visit", "trip", "stay", "tour", "visited", "arrived", "toured", "hosted", "welcomed"];

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "their" };

    // What may stand between the event word and a trigger after it: "The meeting, which was co-chaired by".
    private static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase) { "which", "was", "were", "is", "has", "been" };

    /// <summary>How many sentences back the earlier telling may be.</summary>
    private const int Reach = 3;

    /// <summary>How many words may stand between the article and the event word ("the one-day ministerial meeting").</summary>
    private const int MaxModifiers = 2;

    /// <summary>Whether the clause at <paramref name="start"/> opens on "(at|during …) the [modifiers] event-word", up to the trigger or at it.</summary>
    public static bool OpensClause(string text, int start, int trigger)
    {
        var words = WordsOf(text, start, WordEnd(text, trigger));
        var i = 0;
        if (i < words.Count && Openers.Contains(words[i])) i++;
        if (i >= words.Count || !Determiners.Contains(words[i])) return false;
        i++;
        for (var modifiers = 0; i < words.Count; i++, modifiers++)
        {
            if (EventNouns.Contains(words[i])) return words.Skip(i + 1).SkipLast(1).All(Links.Contains);
            if (modifiers == MaxModifiers || char.IsUpper(words[i][0])) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the sentence opens on a framing phrase closed by a comma before the trigger: "During his visit to Kenya, X called
    /// on Y" (a trip, <paramref name="trip"/>), "Following the official talks, the two premiers witnessed …" (an event): the
    /// meeting belongs to that trip or event, which the article told before.
    /// </summary>
    public static bool OpensOnFrame(string text, int start, int trigger, bool trip)
    {
        var comma = text.IndexOf(',', start, trigger - start);
        if (comma < 0) return false;
        var words = WordsOf(text, start, comma);
        if (words.Count < 3) return false;
        var opener = LongOpeners.FirstOrDefault(o => words.Count > o.Length + 1 && o.Select((w, k) => w.Equals(words[k], StringComparison.OrdinalIgnoreCase)).All(same => same));
        if (opener is null && !(trip ? TripOpeners : Openers).Contains(words[0])) return false;
        var i = opener?.Length ?? 1;
        if (!(trip ? TripDeterminers : Determiners).Contains(words[i])) return false;
        for (var modifiers = 0; ++i < words.Count; modifiers++)
        {
            if ((trip ? TripNouns : EventNouns).Contains(words[i])) return true;
            if (modifiers == MaxModifiers || char.IsUpper(words[i][0])) return false;
        }
        return false;
    }

    /// <summary>Where the clause's own dates stop: at the first word of another event after the trigger's word.</summary>
    public static int OwnSpanEnd(string text, int trigger, int end)
    {
        var other = Words.FindFirst(text, OtherEvents, WordEnd(text, trigger), end).At;
        return other >= 0 ? other : end;
    }

    /// <summary>
    /// The date and place of the nearest sentence before that names an event (a trip, for a clause framed by one) and dates
    /// it with one day or month; null when it gives several. A trip of several days dates a meeting on it to its month only.
    /// A dated sentence that names no trip ("The celebrations will be held on 26 July") is passed over on the way back to
    /// the trip a frame refers to. A plan ("During the visit, X will call on Y") is dated by a trip not over by the publication
    /// day ("will pay a visit from March 25 to 30"); one told as past ("follows a recent visit on 29 January") is another trip.
    /// </summary>
    public static (string Date, Place? Place)? Antecedent(ArticleContext context, Sentence sentence, bool trip, bool planned)
    {
        var text = context.Text;
        for (var k = sentence.Index - 1; k >= Math.Max(0, sentence.Index - Reach); k--)
        {
            var before = context.Sentences[k];
            if (before.Index != k) return null;
            var dates = GuessedYears.Settled(context, before, context.DatesIn(before))
                .Select(d => Weekday(context, d, planned))
                .Where(d => d.From.Precision >= DatePrecision.Month && !Datelines.IsDateline(text, before, d) && !BareWeekdays.IsUnplaced(text, d)
                    && !OtherPredicates.NamesNoTime(text, d)
                    && (context.Published is not { } published || (planned ? IsAhead(d, published) : d.From.Truncate(published.Precision) <= published)))
                .ToList();
            if (dates.Count == 0) continue;
            var named = trip ? TellsTrip(text, before) : Words.Any(text, EventNouns, before.Start, before.End);
            if (trip && !named) continue;
            if (!named || dates.Any(d => d.From != dates[0].From)) return null;
            var from = NearPublication.Adjust(dates[0].From, dates[0].Relative, context.Published);
            var first = DayPairs.FirstDay(text, dates[0].Start, from);
            var date = (trip && (dates[0].IsPeriod || first is not null) ? from.Truncate(DatePrecision.Month) : first ?? from).ToString();
            var place = context.MentionsIn(before).FirstOrDefault(m => m.Kind == MentionKind.Place && m.Countries.Count == 1
                && context.Pair is { } pair && pair.Contains(m.Countries[0]) && Words.Before(text, m.Start) is "in" or "at");
            return (date, place is null ? null : new Place(place.Canonical, place.Countries[0]));
        }
        return null;
    }

    /// <summary>Whether a sentence tells a trip ("arrived in Accra on Friday for a two-day visit"): the one a plan or a framed clause belongs to.</summary>
    public static bool TellsTrip(string text, Sentence sentence) => Words.Any(text, TripWords, sentence.Start, sentence.End);

    /// <summary>A weekday as the clause reads it: the last one before the story's day, or for a plan the next one.</summary>
    public static DateMention Weekday(ArticleContext context, DateMention read, bool planned)
    {
        var filed = DatelineWeekdays.Adjust(context, read, planned);
        return !planned ? NearPublication.PastWeekday(context.Text, filed, context.Published)
            : filed == read ? NearPublication.FutureWeekday(context.Text, filed, context.Published) : filed;
    }

    /// <summary>A date not over by the publication day, in the publication year: when a plan may still take place.</summary>
    private static bool IsAhead(DateMention date, IsoDate published) =>
        date.From.Year <= published.Year && date.To.Truncate(published.Precision) >= published;

    private static int WordEnd(string text, int at)
    {
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '-')) at++;
        return at;
    }

    private static List<string> WordsOf(string text, int from, int to)
    {
        var words = new List<string>();
        for (var i = from; i < to;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var end = WordEnd(text, i);
            words.Add(text[i..Math.Min(end, to)]);
            i = end;
        }
        return words;
    }
}
