using Entente.Core.Domain;
using Entente.Core.Text.Time;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>When a document named in a sentence was signed, came into force, and which years it covers.</summary>
internal sealed record AgreementDates(string? Signed, string? InForce, Period? Covers)
{
    /// <summary>How far from a cue word its date may lie; bounds the work per word.</summary>
    private const int Window = 12;

    private static readonly HashSet<string> SignedVerbs = ["signed", "inked", "concluded", "signing"];

    /// <summary>
    /// Dates for each name, in order. A name's own phrase after it ("signed in 2016", "in force since
    /// June 2016", "for 2024–2026") comes first; a signing verb before a list ("the two sides signed A
    /// and B") gives every name after it the date nearest to that verb.
    /// </summary>
    /// <param name="eventDay">The last single day named shortly before the sentence: the day of "the meeting" or "the visit" it speaks of.</param>
    /// <param name="newsDay">The day of the article's own news (<see cref="AgreementExtractor"/>): the day of a signing the sentence tells as that news.</param>
    /// <param name="listDay">The day of the signing a list sentence continues ("The documents signed are: …" then "- Agreement on …"), or null.</param>
    public static List<AgreementDates> Read(SentenceView view, IReadOnlyList<NameSpan> spans, string? eventDay, string? newsDay = null, string? listDay = null)
    {
        var fallback = Undated(view) ? (PointsToEvent(view) ? eventDay : null) : null;
        var coversDates = new HashSet<int>();
        var used = new HashSet<int>();
        var result = new List<AgreementDates>();
        var lastSigningVerb = LastSigningVerbBefore(view);
        var inName = new bool[view.Count];
        foreach (var span in spans)
            for (var k = span.First; k <= span.Last; k++) inName[k] = true;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var regionEnd = i + 1 < spans.Count ? spans[i + 1].First - 1 : view.Count - 1;
            var covers = CoversAfter(view, span.Last, coversDates) ?? CoversAtEnd(view, span, coversDates) ?? CoversBefore(view, span.First, coversDates);
            string? signed = null, inForce = null;
            for (var k = span.Last + 1; k <= regionEnd && k - span.Last <= 3 * Window; k++)
            {
                if (signed is null && SignedVerbs.Contains(view.Lower(k)) && !view.Is(k - 1, "to", "will", "be"))
                    signed = DateAfter(view, k, regionEnd, used, coversDates)
                             ?? (IsPassiveOfName(view, span.Last, k) && IsNewsSigning(view, k) ? fallback ?? newsDay : null);
                else if (inForce is null && IsInForceCue(view, k))
                    inForce = DateAfter(view, k, regionEnd, used, coversDates);
            }
            // "the entry into force of an agreement on ... in August": the cue stands before the name.
            var from = Math.Max(i > 0 ? spans[i - 1].Last + 1 : 0, span.First - 6);
            for (var k = from; inForce is null && k < span.First; k++)
                if (IsInForceCue(view, k)) inForce = DateAfter(view, span.Last, regionEnd, used, coversDates);
            if (signed is null && lastSigningVerb[span.First] is var verb and >= 0)
            {
                // "signed the Treaty of Amity on July 18, 1977": the date right after the name is its own.
                var own = view.Is(span.Last + 1, "on", "in") ? span.Last + 2 : -1;
                signed = own > 0 && view.DateAt(own) is { } date && date.From.Year == date.To.Year && used.Add(own)
                    ? date.From.ToString()
                    : DateNear(view, verb, inName, used, coversDates) ?? fallback ?? (IsNewsSigning(view, verb) ? newsDay : null);
            }
            else if (signed is null && lastSigningVerb[span.First] < 0 && Undated(view)) signed = listDay;
            result.Add(new AgreementDates(signed, inForce, covers));
        }
        return result;
    }

    /// <summary>
    /// The day a signing told in the sentence took place, when the sentence tells one as done: a date of its own near the
    /// verb, else the day of the event it points to, else the article's news day. <c>Told</c> is false with no such signing.
    /// </summary>
    public static (bool Told, string? Day) SigningOf(SentenceView view, string? eventDay, string? newsDay, string? dayBefore)
    {
        var verb = LastSigningVerbBefore(view)[view.Count];
        if (verb < 0) return (false, null);
        // "The signing took place in the presence of …", "The signing ceremony was held …": the signing told just before.
        if (verb <= 1 && view.Is(verb, "signing") && view.Is(verb - 1, "the") && Undated(view)) return (true, dayBefore);
        var day = DateNear(view, verb, new bool[view.Count], [], [])
                  ?? (Undated(view) ? (PointsToEvent(view) ? eventDay : null) ?? (IsNewsSigning(view, verb) ? newsDay : null) : null);
        return (true, day);
    }

    /// <summary>No date of the sentence's own: none, or only spans of years ("for 2025-2027"), which say what a document covers.</summary>
    private static bool Undated(SentenceView view) => view.Dates.All(d => d.From.Year != d.To.Year);

    /// <summary>Words anywhere in the sentence that set a signing before the article's news: "had signed", "signed two years ago", "since they signed".</summary>
    private static readonly HashSet<string> BackgroundCues =
        ["had", "previously", "earlier", "already", "ago", "since", "formerly", "anniversary", "history", "recent", "recently"];

    /// <summary>
    /// Words before the verb that make the signing one still to come, denied, or of another time: "will sign", "urged the early
    /// signing", "the process of signing", "has not yet signed", "then signed".
    /// </summary>
    private static readonly HashSet<string> PendingCues =
        ["will", "would", "shall", "should", "could", "may", "might", "expected", "planned", "plan", "plans", "early", "expedite", "expedited",
         "forthcoming", "upcoming", "process", "seek", "seeks", "push", "need", "ready", "prospect", "possible", "possibility", "not", "never",
         "yet", "once", "then", "past", "back"];

    /// <summary>Words before "signing" that make it an act seen done: "witnessed the signing of", "presided over the signing".</summary>
    private static readonly HashSet<string> SeenDone = ["witnessed", "attended", "presided", "oversaw", "resulted", "followed", "held", "took", "by", "with", "saw"];

    /// <summary>
    /// "The two ministers signed an agreement on …", "A memorandum … was also signed": a signing told as the article's news, with no
    /// date of its own, no word that sets it back in time and not inside a clause hung on another noun ("the plan, which they signed
    /// during the visit", "when they signed").
    /// </summary>
    private static bool IsNewsSigning(SentenceView view, int verb)
    {
        if (!Undated(view)) return false;
        for (var k = 0; k < view.Count; k++)
            if (BackgroundCues.Contains(view.Lower(k)) || (view.Is(k, "time") && view.Is(k - 1, "that", "the") && view.Is(k - 2, "at"))) return false;
        // Within the verb's own clause: "Besides the commission, which will meet yearly, they signed …" is a signing done.
        for (var k = verb - 1; k >= 0 && verb - k <= 8 && view.Tokens[k].Text is not ("," or ";" or ":"); k--)
            if (PendingCues.Contains(view.Lower(k))) return false;
        for (var k = verb - 1; k >= 0 && verb - k <= 3; k--)
            if (view.Is(k, "which", "that", "when", "who", "whose", "where")) return false;
        if (!view.Is(verb, "signing")) return true;
        // A noun "signing" is as often one still to come: only a ceremony, or one seen done, is the day's.
        if (view.Is(verb + 1, "ceremony", "ceremonies")) return true;
        for (var k = verb - 1; k >= 0 && verb - k <= 4; k--)
            if (SeenDone.Contains(view.Lower(k))) return true;
        return false;
    }

    /// <summary>"A memorandum on X was (also) signed": the verb closes a passive of which the name is the subject.</summary>
    private static bool IsPassiveOfName(SentenceView view, int last, int verb)
    {
        var k = last + 1;
        if (!view.Is(k, "was", "were", "has", "have")) return false;
        k++;
        if (view.Is(k, "been")) k++;
        if (view.Is(k, "also", "today", "jointly", "formally", "officially")) k++;
        return k == verb;
    }

    /// <summary>
    /// "After the meeting", "on the sidelines of the session", "during their summit", "following the commission
    /// meeting": the sentence dates itself by an event told before.
    /// </summary>
    private static bool PointsToEvent(SentenceView view)
    {
        for (var k = 1; k < view.Count; k++)
        {
            if (!view.Is(k, "meeting", "session", "talks", "visit", "sidelines", "summit", "ceremony")) continue;
            if (view.Is(k - 1, "the", "this", "that", "their")) return true;
            if (view.Is(k - 2, "the", "this", "that", "their") && view.Tokens[k - 1] is { IsSymbol: false, IsCapitalized: false } && !NameWords.IsClosedWord(view.Lower(k - 1)))
                return true;
        }
        return false;
    }

    /// <summary>For each word, the last signing verb before it in the sentence ("signed", "the signing of"), or -1.</summary>
    private static int[] LastSigningVerbBefore(SentenceView view)
    {
        var last = new int[view.Count + 1];
        var seen = -1;
        for (var k = 0; k < view.Count; k++)
        {
            last[k] = seen;
            if (SignedVerbs.Contains(view.Lower(k)) && !view.Is(k - 1, "to", "will", "would", "be") && !IsSigningToCome(view, k)) seen = k;
        }
        last[view.Count] = seen;
        return last;
    }

    /// <summary>"discussed the signing of", "prepare the signing", "for the signing of": a signing still to come.</summary>
    private static bool IsSigningToCome(SentenceView view, int k) =>
        view.Is(k, "signing") && (view.Is(k - 1, "for", "towards", "toward")
                                  || (view.Is(k - 1, "the") && view.Is(k - 2, "discussed", "discuss", "discussing", "prepare", "prepared", "preparing", "for", "towards", "expedite", "consider", "considered")));

    private static bool IsInForceCue(SentenceView view, int k) =>
        (view.Is(k, "force") && view.Is(k - 1, "into", "in")) || (view.Is(k, "effect") && view.Is(k - 1, "into", "took", "taken", "in"))
        || view.Is(k, "effective");

    /// <summary>"for 2024–2026", "for the 2011-2012 period", "covering 2024-2028", "2022-2031" right after the name.</summary>
    private static Period? CoversAfter(SentenceView view, int last, HashSet<int> coversDates)
    {
        var k = last + 1;
        if (view.Is(k, "for", "covering")) k++;
        if (view.Is(k, "the")) k++;
        if (view.DateAt(k) is not { } date || date.From.Precision != DatePrecision.Year || date.To.Precision != DatePrecision.Year) return null;
        coversDates.Add(k);
        return date.ToPeriod();
    }

    /// <summary>"plan of action from 2022 to 2027", "Work Programme 2024-2026": a span of years closing the name itself.</summary>
    private static Period? CoversAtEnd(SentenceView view, NameSpan span, HashSet<int> coversDates)
    {
        for (var k = span.Last; k > span.First; k--)
        {
            if (view.DateAt(k) is not { } date) continue;
            if (date.End != view.Tokens[span.Last].End || !date.IsPeriod
                || date.From.Precision != DatePrecision.Year || date.To.Precision != DatePrecision.Year) return null;
            coversDates.Add(k);
            return date.ToPeriod();
        }
        return null;
    }

    /// <summary>"the 2021-2023 action plan": a span of years written in front of the name.</summary>
    private static Period? CoversBefore(SentenceView view, int first, HashSet<int> coversDates)
    {
        var k = first - 1;
        while (k >= 0 && view.InsideDate(k) && !view.StartsDate(k)) k--;
        if (view.DateAt(k) is not { } date || date.End != view.Tokens[first - 1].End || !date.IsPeriod
            || date.From.Precision != DatePrecision.Year || date.To.Precision != DatePrecision.Year) return null;
        coversDates.Add(k);
        return date.ToPeriod();
    }

    private static string? DateAfter(SentenceView view, int cue, int regionEnd, HashSet<int> used, HashSet<int> coversDates)
    {
        for (var k = cue + 1; k <= regionEnd && k - cue <= Window; k++)
        {
            if (coversDates.Contains(k) || view.DateAt(k) is not { } date || date.From.Year != date.To.Year) continue;
            used.Add(k);
            return date.From.ToString();
        }
        return null;
    }

    private static string? DateNear(SentenceView view, int verb, bool[] inName, HashSet<int> used, HashSet<int> coversDates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var k = Math.Max(0, verb - 3 * Window); k < view.Count && k <= verb + 3 * Window; k++)
        {
            if (used.Contains(k) || coversDates.Contains(k) || view.DateAt(k) is not { } date || date.From.Year != date.To.Year) continue;
            if (inName[k]) continue;
            var distance = Math.Abs(k - verb);
            if (distance >= bestDistance) continue;
            best = date.From.ToString();
            bestDistance = distance;
        }
        return best;
    }
}
