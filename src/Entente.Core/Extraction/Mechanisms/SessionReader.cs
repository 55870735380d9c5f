using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Time;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Reads sessions of the article's mechanisms: numbered ("the eighth session of X", "its 12th
/// meeting", "the Fifth X"), dated ("last met in Luanda in 2023", "the previous meeting of the
/// commission took place in Hanoi in November 2022") and counted ("has held four sessions"). A
/// session without a named mechanism belongs to the one named last.
/// </summary>
internal static class SessionReader
{
    private static readonly HashSet<string> SessionWords = ["session", "meeting", "round", "plenary", "edition", "sitting"];
    private static readonly HashSet<string> SessionFillers = ["plenary", "ministerial", "regular", "annual", "formal", "joint", "full"];
    private static readonly HashSet<string> Recency = ["last", "latest", "previous", "recent"];
    /// <summary>How many words around a session word its date and place may lie; bounds the work per word.</summary>
    private const int Window = 40;

    /// <summary>How many sentences back an unnamed session may find its mechanism.</summary>
    private const int Reach = 2;

    private static readonly HashSet<string> HeldVerbs = ["held", "conducted", "convened", "organised", "organized", "had"];

    public static List<MechanismSession> Read(ArticleContext context, IReadOnlyList<SentenceView> views, IReadOnlyList<List<NameSpan>> spans, MechanismCatalog catalog, CountryPair pair)
    {
        var sessions = new List<MechanismSession>();
        NamedThing? lastNamed = null;
        var lastNamedSentence = int.MinValue;
        for (var s = 0; s < views.Count; s++)
        {
            var view = views[s];
            var named = spans[s].Select(span => (Span: span, Thing: catalog.Resolve(s, span)!)).Where(x => x.Thing is not null).ToList();
            var byFirst = named.ToDictionary(x => x.Span.First, x => x.Thing);
            var lastOf = named.ToDictionary(x => x.Span.First, x => x.Span.Last);
            var byLast = named.GroupBy(x => x.Span.Last).ToDictionary(g => g.Key, g => g.First().Thing);
            var evidence = context.Evidence(view.Sentence);
            var numberedHere = new HashSet<string>(StringComparer.Ordinal);
            var passed = 0;
            // A session without a name belongs to a mechanism named in this or the two sentences before.
            var latest = s - lastNamedSentence <= Reach ? lastNamed : null;
            for (var i = 0; i < view.Count; i++)
            {
                // The mechanism named last before word i, in this sentence or an earlier one.
                while (passed < named.Count && named[passed].Span.Last < i) latest = named[passed++].Thing;
                var before = latest;

                if ((view.OrdinalAt(i) ?? Inaugural(view, i) ?? RomanNumerals.Value(view.Tokens[i].Text) ?? BareNumber(view, i)) is { } number && ReadNumbered(view, i, byFirst, before) is var (trigger, mechanism) && mechanism is not null)
                {
                    if (HedgeInClause(view, trigger)) continue;
                    numberedHere.Add(mechanism.Name);
                    var dates = DateNear(view, trigger);
                    sessions.Add(new MechanismSession(mechanism.Name)
                    {
                        Number = number,
                        Dates = dates,
                        Place = PlaceAfter(view, trigger, pair),
                        Status = SessionTense.IsPlanned(view, i, trigger, dates, context.Published) ? "planned" : null,
                        Evidence = evidence,
                    });
                }
                else if (view.CardinalAt(i) is { } count && view.Is(i + 1, "sessions", "meetings", "rounds")
                         && Enumerable.Range(Math.Max(0, i - 3), Math.Min(i, 3)).Any(k => HeldVerbs.Contains(view.Lower(k)))
                         && MechanismFor(view, i + 1, byFirst, before) is { } counted)
                {
                    sessions.Add(new MechanismSession(counted.Name) { SessionsHeld = count, Evidence = evidence });
                }
                else if ((IsDatedCue(view, i) || RecentNamed(view, i, byFirst, lastOf) is not null || HeldAfterName(view, i, byLast))
                         && !HedgeCues.Near(view, i, i, 8, 8))
                {
                    var datedMechanism = RecentNamed(view, i, byFirst, lastOf) ?? (byLast.TryGetValue(i, out var heldOne) && HeldAfterName(view, i, byLast)
                        ? heldOne : MechanismFor(view, i, byFirst, before));
                    if (datedMechanism is null || numberedHere.Contains(datedMechanism.Name)) continue;
                    if (DateAfter(view, i) is not { } date)
                    {
                        // "On November 24, the Foreign Office Consultations were held in New Delhi": the date opens the clause.
                        if (HeldAfterName(view, i, byLast) && DateOpening(view, i) is { } opening)
                            sessions.Add(new MechanismSession(datedMechanism.Name)
                            {
                                Dates = opening,
                                Place = PlaceAfter(view, i, pair),
                                Status = SessionTense.IsPlanned(view, i, i, opening, context.Published) ? "planned" : null,
                                Evidence = evidence,
                            });
                        continue;
                    }
                    sessions.Add(new MechanismSession(datedMechanism.Name)
                    {
                        Dates = date.Dates,
                        Place = PlaceAfter(view, i, pair, date.Token + 3),
                        Status = SessionTense.IsPlanned(view, i, i, date.Dates, context.Published) ? "planned" : null,
                        Evidence = evidence,
                    });
                    i = date.Token;
                }
            }
            if (named.Count > 0)
            {
                lastNamed = named[^1].Thing;
                lastNamedSentence = s;
            }
        }
        return Merge(sessions);
    }

    /// <summary>
    /// A hedge in the trigger's own clause: in "X, which held its inaugural meeting in Ankara, would give
    /// momentum" the "would" is about something else.
    /// </summary>
    private static bool HedgeInClause(SentenceView view, int trigger)
    {
        var first = trigger;
        while (first > 0 && trigger - first < 8 && view.Tokens[first - 1].Text != ",") first--;
        var last = trigger;
        while (last + 1 < view.Count && last - trigger < 8 && view.Tokens[last + 1].Text != ",") last++;
        return HedgeCues.Near(view, trigger, trigger, trigger - first, last - trigger);
    }

    /// <summary>"its inaugural meeting", "the maiden session": the first one.</summary>
    private static int? Inaugural(SentenceView view, int i) => view.Is(i, "inaugural", "maiden") ? 1 : null;

    /// <summary>
    /// "the 38 session of X", "its 12 meeting": a translation that drops the suffix leaves a bare count between a
    /// determiner and a singular session word, which only a position can be ("the 12 sessions" is a count). Only
    /// digits standing alone count: "the two-day meeting" and "the four-party meeting" say how long or who.
    /// </summary>
    private static int? BareNumber(SentenceView view, int i) =>
        view.Is(i - 1, "the", "its", "their") && view.Is(i + 1, "session", "meeting", "sitting", "round") && view.Tokens[i].Text.All(char.IsAsciiDigit)
            ? view.CardinalAt(i) : null;

    /// <summary>"eighth session of X", "its eighth session", "the Fifth X": the session word and the mechanism.</summary>
    private static (int Trigger, NamedThing? Mechanism)? ReadNumbered(SentenceView view, int ordinal, Dictionary<int, NamedThing> byFirst, NamedThing? before)
    {
        // What follows the ordinal starts after its suffix ("36 th session").
        var after = view.OrdinalLast(ordinal);
        if (byFirst.TryGetValue(after + 1, out var direct)) return (ordinal, direct);
        // "the 1st Tanzania-Uganda JPC": the pair's names before an acronym belong to it.
        if (view.IsCountryWord(after + 1) && byFirst.TryGetValue(after + 2, out var afterCountries)) return (ordinal, afterCountries);
        var j = after + 1;
        while (SessionFillers.Contains(view.Lower(j)) && j - after <= 2) j++;
        // "the first annual bilateral consultation between A and B": an ordinal over fillers before a name numbers its session.
        if (j > after + 1 && byFirst.TryGetValue(j, out var afterFillers)) return (ordinal, afterFillers);
        if (!SessionWords.Contains(view.Lower(j))) return null;
        return (j, MechanismFor(view, j, byFirst, before));
    }

    /// <summary>
    /// The mechanism a session word belongs to: the one named in its "of" phrase ("session of the
    /// Joint Commission"), none when that phrase names something else ("round of talks", "session of
    /// the National Assembly"), else the one named before it.
    /// </summary>
    private static NamedThing? MechanismFor(SentenceView view, int i, Dictionary<int, NamedThing> byFirst, NamedThing? before)
    {
        // "the third session in the X Dialogue": a session "in" a named mechanism is one of its sessions; "in" a
        // place or a month says where or when, and the session keeps the mechanism named before.
        if (view.Is(i + 1, "in") && NameAt(view, view.Is(i + 2, "the") ? i + 3 : i + 2, byFirst) is { } within) return within;
        var k = i + 1;
        while (k < view.Count && k - i <= 2 && !view.Is(k, "of")) k++;
        if (!view.Is(k, "of")) return before;
        var start = view.Is(k + 1, "the", "their", "its") ? k + 2 : k + 1;
        // "the 10th meeting of the countries' joint commission", "of the two sides’ JCC": the pair's possessive before the name.
        var possessive = start;
        if (view.Is(possessive, "two", "both")) possessive++;
        if (view.Is(possessive, "countries", "sides", "nations", "governments") && view.Is(possessive + 1, "'", "’")) start = possessive + 2;
        if ((NameAt(view, start, byFirst) ?? byFirst.GetValueOrDefault(start - 1)) is { } named) return named;
        // "the tenth meeting of the biannual X": a word of how often it meets stands before the name.
        return view.Is(start, "annual", "biannual", "biennial", "yearly") ? byFirst.GetValueOrDefault(start + 1) : null;
    }

    /// <summary>The mechanism named from word k, or from the word after an opening quote ("of the ‘X Committee’").</summary>
    private static NamedThing? NameAt(SentenceView view, int k, Dictionary<int, NamedThing> byFirst) =>
        byFirst.GetValueOrDefault(k) ?? (view.Is(k, "‘", "'", "\"", "“") ? byFirst.GetValueOrDefault(k + 1) : null);

    /// <summary>"the last JCC meeting", "the previous Joint Commission session": a recency word, a name, a session word.</summary>
    private static NamedThing? RecentNamed(SentenceView view, int i, Dictionary<int, NamedThing> byFirst, Dictionary<int, int> lastOf) =>
        Recency.Contains(view.Lower(i)) && byFirst.TryGetValue(i + 1, out var thing) && SessionWords.Contains(view.Lower(lastOf[i + 1] + 1)) ? thing : null;

    /// <summary>"the Binational Committee on Trade, held last April", "X, which took place in Lima in May": word i ends a name said to have been held.</summary>
    private static bool HeldAfterName(SentenceView view, int i, Dictionary<int, NamedThing> byLast)
    {
        if (!byLast.ContainsKey(i)) return false;
        // "Foreign Office Consultations were held in Lima on …", "the previous Joint Commission took place in …": a body
        // that is held, as the subject of a passive or of "took place", is one of its sessions ("held up" is not).
        if (view.Is(i + 1, "was", "were") && view.Is(i + 2, "held")) return !view.Is(i + 3, "up", "back", "responsible", "hostage");
        if (view.Is(i + 1, "took") && view.Is(i + 2, "place")) return true;
        // Without the comma or the relative, "X held its 12th meeting" has the body as subject of an active verb.
        if (!view.Is(i + 1, ",")) return false;
        var k = i + 2;
        if (view.Is(k, "which", "that") && view.Is(k + 1, "was")) k += 2;
        if (view.Is(k, "held")) return !view.Is(k + 1, "its", "their", "a", "the", "up", "back", "responsible", "hostage") && view.OrdinalAt(k + 1) is null;
        return view.Is(k, "which", "that") && view.Is(k + 1, "took") && view.Is(k + 2, "place");
    }

    /// <summary>"last met", "latest round", "the previous meeting", "most recent session", "a meeting of X".</summary>
    private static bool IsDatedCue(SentenceView view, int i)
    {
        var word = view.Lower(i);
        if (Recency.Contains(word))
            return view.Is(i + 1, "met", "convened", "session", "meeting", "round", "in", "held") || (view.Is(i + 1, "plenary", "ministerial") && SessionWords.Contains(view.Lower(i + 2)));
        return word is "meeting" or "session" && view.Is(i + 1, "of") && !view.Is(i - 1, "next", "first", "upcoming");
    }

    /// <summary>The words between the commas or semicolons around word i (commas inside a date do not count), at most a window each way.</summary>
    private static (int First, int Last) ClauseAround(SentenceView view, int i)
    {
        var first = i;
        while (first > 0 && i - first < Window && !IsClauseBreak(view, first - 1)) first--;
        var last = i;
        while (last + 1 < view.Count && last - i < Window && !IsClauseBreak(view, last + 1)) last++;
        return (first, last);
    }

    private static bool IsClauseBreak(SentenceView view, int k) => view.Tokens[k].Text is "," or ";" && !view.InsideDate(k);

    /// <summary>A date that opens the sentence ("On November 24, …", "Last Thursday, …") before word i, with no other clause between.</summary>
    private static Period? DateOpening(SentenceView view, int i)
    {
        var k = view.Is(0, "on", "in", "last") ? 1 : 0;
        if (!view.StartsDate(k) || Usable(view, k) is not { } date) return null;
        var commas = 0;
        for (var j = k; j < i; j++)
            if (IsClauseBreak(view, j)) commas++;
        return commas <= 1 ? date.ToPeriod() : null;
    }

    private static (Period Dates, int Token)? DateAfter(SentenceView view, int from)
    {
        for (var k = from + 1; k < view.Count && k - from <= Window; k++)
            if (view.StartsDate(k) && Usable(view, k) is { } date) return (date.ToPeriod(), k);
        return null;
    }

    /// <summary>
    /// The date nearest to the trigger, leaving out multi-year spans and "for 2025–2030" (what a document covers);
    /// a date in the trigger's own clause comes before one across a comma ("the 20th session was held on
    /// April 17, while the 8th committee met on July 4").
    /// </summary>
    private static Period? DateNear(SentenceView view, int trigger)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        var (clauseFirst, clauseLast) = ClauseAround(view, trigger);
        for (var k = Math.Max(0, trigger - Window); k < view.Count && k <= trigger + Window; k++)
        {
            if (!view.StartsDate(k) || Usable(view, k) is not { } date) continue;
            var distance = Math.Abs(k - trigger) + (k >= clauseFirst && k <= clauseLast ? 0 : 2 * Window);
            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }
        return best?.ToPeriod();
    }

    private static DateMention? Usable(SentenceView view, int k)
    {
        // "scheduled for 29 January" is when it meets, not what a document covers.
        var when = view.Is(k - 2, "scheduled", "slated", "planned", "set", "fixed") && view.Is(k - 1, "for");
        if (!when && (view.Is(k - 1, "for", "covering", "through", "until", "by") || view.Is(k - 2, "for") && view.Is(k - 1, "the"))) return null;
        var date = view.DateAt(k)!.Value;
        return date.From.Year != date.To.Year ? null : date;
    }

    private static Place? PlaceAfter(SentenceView view, int from, CountryPair pair, int until = int.MaxValue)
    {
        for (var k = from + 1; k < view.Count && k <= until && k - from <= Window; k++)
        {
            if (view.MentionCovering(k) is not { Kind: MentionKind.Place } mention || mention.Start != view.Tokens[k].Start) continue;
            var country = mention.Countries.FirstOrDefault(pair.Contains);
            if (country is not null) return new Place(mention.Canonical, country);
        }
        return null;
    }

    /// <summary>One record per numbered session, completed from its other mentions; a dated one repeating a numbered one goes.</summary>
    private static List<MechanismSession> Merge(List<MechanismSession> sessions)
    {
        var merged = new List<MechanismSession>();
        foreach (var group in sessions.Where(x => x.Number is not null).GroupBy(x => (x.Mechanism, x.Number)))
        {
            var richest = group.OrderByDescending(x => (x.Dates is null ? 0 : 1) + (x.Place is null ? 0 : 1)).First();
            merged.Add(richest with
            {
                Dates = richest.Dates ?? group.Select(x => x.Dates).FirstOrDefault(d => d is not null),
                Place = richest.Place ?? group.Select(x => x.Place).FirstOrDefault(p => p is not null),
            });
        }
        var numbered = merged.Count;
        foreach (var other in sessions.Where(x => x.Number is null))
        {
            // A dated mention of a numbered session ("the High Level Meeting, held Wednesday and Thursday") is that session.
            var same = other.Dates is { } dates
                ? merged.Take(numbered).Select((x, index) => (x, index)).FirstOrDefault(m => m.x.Mechanism == other.Mechanism && m.x.Dates is { } d && Overlap(d, dates))
                : default;
            if (same.x is null)
            {
                merged.Add(other);
                continue;
            }
            if (other.Dates!.Start.Length >= same.x.Dates!.Start.Length && Contains(other.Dates!, same.x.Dates!)) merged[same.index] = same.x with { Dates = other.Dates };
        }
        return merged;
    }

    /// <summary>How many days apart two dated mentions of one mechanism may be and still be one session ("held Wednesday and Thursday").</summary>
    private const int SessionDays = 7;

    /// <summary>
    /// True when two periods share a day, compared at the precision of the coarser one (ISO strings order by
    /// time), or lie within a week of each other: one mechanism does not meet twice in a week.
    /// </summary>
    private static bool Overlap(Period a, Period b)
    {
        if (Cmp(a.Start, b.End) <= 0 && Cmp(b.Start, a.End) <= 0) return true;
        return DateOnly.TryParseExact(a.Start, "yyyy-MM-dd", out var x) && DateOnly.TryParseExact(b.Start, "yyyy-MM-dd", out var y)
               && Math.Abs(x.DayNumber - y.DayNumber) <= SessionDays;
    }

    private static bool Contains(Period outer, Period inner) => Cmp(outer.Start, inner.Start) <= 0 && Cmp(inner.End, outer.End) <= 0;

    private static int Cmp(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a[..n], b[..n]);
    }
}
