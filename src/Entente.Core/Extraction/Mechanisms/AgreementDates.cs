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
    public static List<AgreementDates> Read(SentenceView view, IReadOnlyList<NameSpan> spans, string? eventDay)
    {
        // A span of years ("for 2025-2027") says what a document covers, never when the sentence happened.
        var fallback = view.Dates.All(d => d.From.Year != d.To.Year) && PointsToEvent(view) ? eventDay : null;
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
                    signed = DateAfter(view, k, regionEnd, used, coversDates);
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
                    : DateNear(view, verb, inName, used, coversDates) ?? fallback;
            }
            result.Add(new AgreementDates(signed, inForce, covers));
        }
        return result;
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
