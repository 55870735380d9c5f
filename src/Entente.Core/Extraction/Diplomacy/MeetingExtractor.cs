using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.People;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Talks, receptions, calls and co-chaired meetings between officials of the article's two
/// countries, or of one of them and a single third country ("X also met his Norwegian counterpart Y"): "X held talks with Y on March 5", "Y was received by X", "X and Y co-chaired …",
/// "X spoke by telephone with Y", "X and Y discussed …", "the two ministers held talks". A meeting needs two officials, at least one named, and a date.
/// </summary>
public sealed class MeetingExtractor : IFactExtractor
{
    private static readonly string[] Triggers =
    [
        "talks with", "talks between", "held talks", "hold talks", "meet with", "meet", "meets with", "meets", "held official talks", "held bilateral talks", "met with", "met", "meeting with", "meeting between", "received", "receives", "receiving", "co-chaired", "co-chair", "co-chairing", "chaired by",
        "phone call", "phone conversation", "telephone conversation", "by telephone", "by phone", "phoned", "courtesy call", "called on", "hosted", "meeting",
        "talked with", "spoke with", "conversation with", "videoconference", "video conference", "video call", "virtual talks", "granted an audience",
        "greeted", "welcomed",
        "meetings with", "held discussions", "discussions with", "sat down with", "courtesy visit", "courtesy calls", "call on", "calls on",
        "video-link meeting", "video link meeting", "talks in", "convened", "talks", "discussions", "negotiations",
        "held a summit with", "hold a summit with", "holds a summit with", "summit talks with", "held summit talks", "summit meeting with",
        // A press conference held jointly with an official of the other side is their meeting; "joint" keeps out one given to reporters.
        "joint press conference with", "joint press conference alongside", "joint news conference with", "joint news conference alongside",
        "negotiations with", "led by", "headed by", "presided over by", "witnessed the signing", "presided over the signing", "in the presence of", "in presence of",
        // "X discussed with Y", "held a discussion with Y", "held exchanges with Y": talks named by their verb or a singular
        // noun; "discussed" alone is talks only with an official after "with" ("discussed trade with Y").
        "discussed with", "discussion with", "exchanges with", "an exchange with", "discussed",
    ];

    // "signed in the presence of X and Y": the two who attend a signing meet there; a presence at anything else ("opened in
    // the presence of the ambassador") is no meeting.
    private static readonly HashSet<string> PresenceTriggers = ["in the presence of", "in presence of"];

    private static readonly string[] SigningWords = ["signed", "signing", "inked", "exchanged"];

    // Nouns of talks that name a meeting only as the object of "held" or "had", a few words after it ("held closed-door talks",
    // "had fruitful discussions"), not as a topic ("trade talks will resume", "discussions on a treaty").
    private static readonly HashSet<string> HeldObjectTriggers = ["talks", "discussions", "negotiations"];

    // Verbs whose topic stands between them and the official met: "X discussed trade and energy with Y".
    private static readonly HashSet<string> WithObjectTriggers = ["discussed"];

    /// <summary>How far after such a verb its "with" may stand (a topic of a dozen words), and how far after "with" the official.</summary>
    private const int TopicReach = 110, WithGap = 30;

    private static readonly string[] HoldVerbs = ["held", "hold", "holds", "holding", "had", "have", "has"];

    /// <summary>How many words (adjectives, articles) may stand between "held" and the talks it holds.</summary>
    private const int HeldReach = 3;

    // Verbs that also take things ("welcomed the decision"): a meeting only when an official is their object, right after
    // the verb ("welcomed the visiting Minister X") or after "by" in the passive ("was greeted by President Y").
    // "meets" also names a body's routine ("the committee meets annually"): a meeting only with an official as its object.
    private static readonly HashSet<string> OfficialObjectTriggers = ["greeted", "welcomed", "meets", "meets with"];

    // Verbs with no object, a meeting only when the officials are their subject right before them: "X and Y convened in Z",
    // not "the commission was convened by X and Y".
    private static readonly HashSet<string> SubjectTriggers = ["convened"];

    // Verbs of a joint act, a meeting only when two officials of the two sides are their subject: "X and Y discussed on Sunday".
    // A plan's bare verb ("X and Y are expected to discuss") counts after a plan word only. A shared pledge, reaffirmation or
    // accord ("X and Y on Friday pledged closer ties") is told of the two after they met.
    private static readonly string[] JointVerbs = ["discussed", "reviewed", "agreed", "exchanged views", "signed", "witnessed", "inked", "shook hands", "pledged", "reaffirmed", "concurred", "vowed", "discuss", "review"];

    private static readonly HashSet<string> BareJointVerbs = ["discuss", "review"];

    // An adverb between two subjects and their joint verb: "X and Y also discussed".
    private static readonly HashSet<string> SubjectAdverbs = ["also", "jointly", "together", "then", "later", "further"];

    // "The two ministers held talks": the pair's officials named last before the sentence.
    private static readonly string[] BothSides =
    [
        "the two ministers", "the two officials", "the two leaders", "the two presidents", "the two prime ministers", "the two foreign ministers",
        "the two premiers", "the two heads of state", "the two heads of government", "the heads of two states", "the heads of the two states",
        "the two vice presidents", "the two deputy prime ministers", "the two deputy foreign ministers", "the two foreign secretaries",
        "the two co-chairs", "both leaders", "both ministers", "both presidents", "both prime ministers", "both foreign ministers",
        "the presidents", "the prime ministers", "the premiers", "the foreign ministers", "the heads of state", "the heads of government",
        "the foreign secretaries",
    ];

    // Offices in the plural after two demonyms of the pair: "the Thai and Cambodian Foreign Ministers held a meeting".
    private static readonly string[] PluralOffices =
    [
        "presidents", "prime ministers", "premiers", "foreign ministers", "ministers of foreign affairs", "heads of state",
        "heads of government", "leaders", "foreign secretaries", "deputy foreign ministers", "deputy prime ministers",
    ];

    /// <summary>How far before the trigger a subject may start, and how many characters (a verb, an article, adjectives:
    /// " held a bilateral ", " held closed-door ") may stand between it and the trigger.</summary>
    private const int SubjectReach = 60, SubjectGap = 25;

    /// <summary>How far back the officials that "the two ministers" refers to may be named.</summary>
    private const int BothSidesReach = 600;

    // Verbs after which a sentence reports what was said, not when the talks took place.
    private static readonly string[] ReportingVerbs = ["said", "says", "noted", "stressed", "added", "told"];

    /// <summary>How far after a joint verb its date may start: " on ", " (".</summary>
    private const int MaxDatingGap = 4;

    /// <summary>How far before the trigger a plan word still governs it ("is scheduled to travel to Tashkent for talks").</summary>
    private const int PlanReach = 45;

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var officials = ArticleOfficials.Of(context);
        var meetings = new List<Meeting>();
        var callers = new List<(string Date, string Name)>();
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var sentence = context.Sentences[i];
            var before = i > 0 ? context.Sentences[i - 1] : null;
            var previous = -1;
            if (Heads(context, officials, sentence, before) is { } headed) meetings.Add(headed);
            foreach (var (clauseStart, end) in context.ClausesAtJoints(sentence, splitAtAnd: false))
            {
                var start = clauseStart;
                var (trigger, phrase) = Words.FindFirst(context.Text, Triggers, start, end);
                // Past the names of gatherings to the verb that tells of the two sides: "attending the Regular Meeting of ..., X met with Y".
                while (trigger >= 0 && (IsNamedGathering(context.Text, sentence.Start, trigger, phrase!)
                    || (HeldObjectTriggers.Contains(phrase!) && !IsHeld(context.Text, start, trigger)
                        && Words.Find(context.Text, "with", trigger + phrase!.Length, Math.Min(end, trigger + phrase.Length + 5)) < 0)
                    || (WithObjectTriggers.Contains(phrase!) && !HasWithObject(context.Text, officials, trigger + phrase!.Length, end))))
                    (trigger, phrase) = Words.FindFirst(context.Text, Triggers, trigger + phrase!.Length, end);
                if (trigger >= 0 && OfficialObjectTriggers.Contains(phrase!) && !HasOfficialObject(context.Text, officials, trigger + phrase!.Length, end)
                    && !HasPronounObject(context.Text, trigger, end)) trigger = -1;
                if (trigger >= 0 && SubjectTriggers.Contains(phrase!) && !AreSubjectsOf(context.Text, officials, start, trigger, end)) trigger = -1;
                if (trigger >= 0 && PresenceTriggers.Contains(phrase!) && !Words.Any(context.Text, SigningWords, start, trigger)) trigger = -1;
                var jointEnd = -1;
                var referred = false;
                if (trigger < 0 && Words.FindFirst(context.Text, JointVerbs, start, end) is ({ } joint and >= 0, { } verb))
                {
                    // "Both ministers agreed on Monday": the officials named before, dated by this clause only. A plan's bare verb
                    // needs its two officials named right before it: "a platform for both ministers to review" states a purpose.
                    referred = !BareJointVerbs.Contains(verb) && !HaveConjoinedSubjects(context, officials, start, joint) && RefersToBothSides(context, sentence, start, joint);
                    if (referred || HaveConjoinedSubjects(context, officials, start, joint)) (trigger, jointEnd) = (joint, joint + verb.Length);
                }
                // "X said while receiving Y": a clause that opens on the meeting verb has its subject in the clause before.
                if (trigger >= 0 && previous >= 0 && string.IsNullOrWhiteSpace(context.Text[start..trigger])) start = previous;
                previous = clauseStart;
                if (trigger < 0 || Hedges.IsHypothetical(context.Text, start, end)) continue;
                var planned = Hedges.IsPlanned(context.Text, Math.Max(start, trigger - PlanReach), trigger) || HasPlannedSubject(context.Text, officials, start, end);
                // "During the visit, X will hold talks with Y": a plan framed by a trip is dated by that trip as a past meeting is.
                var onTrip = EventAnaphora.OpensOnFrame(context.Text, sentence.Start, trigger, trip: true);
                var anaphoric = onTrip || (!planned && (EventAnaphora.OpensClause(context.Text, start, trigger)
                    || EventAnaphora.OpensOnFrame(context.Text, sentence.Start, trigger, trip: false)));
                // A plan is dated by its own clause only: the day of the sentence before is of something that happened.
                // A plan's day may stand anywhere in its clause ("are expected to discuss trade in Warsaw on March 12").
                if (Read(context, officials, sentence, planned || referred ? null : before, start, end, trigger, planned ? -1 : jointEnd, planned, anaphoric, onTrip) is { } meeting)
                {
                    meetings.Add(planned ? meeting with { Status = "planned" } : meeting);
                    if (Caller(context, officials, sentence, start, end, trigger, meeting.Participants) is { } caller) callers.Add((meeting.Date, caller));
                }
            }
        }
        return MeetingMerger.Merge(meetings).SelectMany(m => OnePerCounterpart(m, callers));
    }

    /// <summary>"The A side was chaired by X, while the B side was chaired by Y": the two heads of the sides named in a sentence.</summary>
    private static Meeting? Heads(ArticleContext context, ArticleOfficials officials, Sentence sentence, Sentence? before)
    {
        var heads = DelegationHeads.Of(context, officials, sentence);
        // "The A delegation was led by X. The B delegation was led by Y.": the second side told in the next sentence.
        var next = sentence.Index + 1 < context.Sentences.Count && context.Sentences[sentence.Index + 1] is { } following && following.Index == sentence.Index + 1 ? following : null;
        var split = heads.Count != 2 && next is not null && DelegationHeads.OfTwo(context, officials, sentence, next) is { Count: 2 } two ? two : null;
        if (split is not null) heads = split;
        if (heads.Count != 2 || Hedges.IsHypothetical(context.Text, sentence.Start, sentence.End)) return null;
        var at = heads.Min(h => h.At);
        var planned = Hedges.IsPlanned(context.Text, Math.Max(sentence.Start, at - PlanReach), at) || HasPlannedSubject(context.Text, officials, sentence.Start, sentence.End);
        // The sides of a session the article has told: without a date of its own, the sentence takes that telling's.
        var meeting = Build(context, context.Pair!, [.. heads.Select(h => h.Head)], sentence, planned ? null : before, sentence.Start, sentence.End, at, -1, planned, anaphoric: !planned, onTrip: false, announced: false);
        if (meeting is not null && split is not null) meeting = meeting with { Evidence = context.Evidence(sentence, next!) };
        return planned && meeting is not null ? meeting with { Status = "planned" } : meeting;
    }

    /// <summary>
    /// "X called on President A and held discussions with Minister B", "X's programme included courtesy calls to A, B and C":
    /// one official of a side, the subject right before the trigger, meets two or more officials of the other side named one
    /// after another after it, with no date between them (a date there ties a later name to another day: "will meet A on
    /// Thursday, a day before the meeting with B"). Each is a meeting of its own. Gives the caller's name, or null.
    /// </summary>
    private static string? Caller(ArticleContext context, ArticleOfficials officials, Sentence sentence, int start, int end, int trigger, Participant[] participants)
    {
        var refs = officials.In(start, end).Where(r => r.Official.Name is not null).ToList();
        var subject = refs.LastOrDefault(r => r.End <= trigger);
        if (subject is null) return null;
        var caller = participants.FirstOrDefault(p => PersonNames.Same(p.Name, subject.Official.Name!));
        if (caller?.Country is not { } side || participants.Count(p => p.Country == side) != 1) return null;
        var objects = refs.Where(r => r.Start >= trigger && !PersonNames.Same(r.Official.Name!, caller.Name)).ToList();
        if (objects.Count < 2 || objects.Any(r => r.Official.Country == side)) return null;
        if (objects.Select(r => r.Official.Name!).Distinct().Count() < 2) return null;
        // A date before the first of them ("met on 14 March with A, B and C") dates them all.
        return context.DatesIn(sentence).Any(d => d.Start >= objects[0].End && d.End <= objects[^1].Start) ? null : caller.Name;
    }

    /// <summary>A meeting of one caller with several officials of the other side, read as one per counterpart.</summary>
    private static IEnumerable<Meeting> OnePerCounterpart(Meeting meeting, List<(string Date, string Name)> callers)
    {
        var caller = meeting.Participants.FirstOrDefault(p => p.Country is not null && callers.Any(c => c.Date == meeting.Date && PersonNames.Same(c.Name, p.Name)));
        var others = caller is null ? [] : meeting.Participants.Where(p => p != caller).ToList();
        // An official of no known side is no known counterpart: splitting would give that official a meeting of its own.
        if (caller is null || others.Count < 2 || others.Any(p => p.Country is null || p.Country == caller.Country))
        {
            yield return meeting;
            yield break;
        }
        foreach (var other in others) yield return meeting with { Participants = [caller, other] };
    }

    private static Meeting? Read(ArticleContext context, ArticleOfficials officials, Sentence sentence, Sentence? before, int start, int end, int trigger, int jointEnd, bool planned, bool anaphoric, bool onTrip)
    {
        var pair = context.Pair;
        if (pair is null) return null;
        // "talks between A and B": the participants are those the phrase names, not who speaks of the talks before it.
        var from = TriggerAt(context.Text, trigger) is "talks between" or "meeting between" ? trigger : start;
        var people = ListSides(context.Text, officials.In(from, end).ToList(), trigger).DistinctBy(o => o.Name ?? o.Office).ToList();
        // A name cut at an abbreviation's full stop ("the Foreign Secretary Ambassador Md.") is a fragment: the sentence was
        // cut there, and what it tells (who, when) runs on past the cut.
        if (PersonFinder.EndsOnCutAddress(sentence) || people.Any(o => o.Name is not null && !IsWholeName(o.Name))) return null;
        if (people.Count == 1 && PronounSubject(context, officials, sentence, start, trigger, people[0]) is { } subject) people.Insert(0, subject);
        if (people.Count == 1 && PronounObject(context, officials, sentence, trigger, end, people[0]) is { } referred) people.Add(referred);
        if (people.Count == 1 && Guest(context, officials, sentence, trigger, end) is { } guest) people.Add(guest);
        if (people.All(p => p.Name is null) && RefersToBothSides(context, sentence, start, trigger)) people = TheTwoNamedBefore(officials, pair, sentence.Start);
        // "The council will be headed by X and Y" names who will lead a body, not talks the story announces; "At the meeting, X and Y
        // are expected to review" tells more of a meeting told elsewhere, whose day is that telling's.
        var announced = planned && TriggerAt(context.Text, trigger) is not ("led by" or "headed by" or "chaired by" or "presided over")
            && !EventAnaphora.OpensClause(context.Text, start, trigger) && !EventAnaphora.OpensOnFrame(context.Text, sentence.Start, trigger, trip: false);
        return Build(context, pair, people, sentence, before, start, end, trigger, jointEnd, planned, anaphoric, onTrip, announced);
    }

    private static readonly HashSet<string> SubjectPronouns = ["he", "she", "his", "her"];

    /// <summary>How many words (an adverb, an auxiliary: "also", "was", "later") may stand between a pronoun subject and its trigger.</summary>
    private const int PronounGap = 3;

    /// <summary>
    /// "He was received by President Y", "She later met Y", "his negotiations with Y": a pronoun opening the clause (or
    /// following its opening phrase and comma) right before the trigger is the official of the other side named last before
    /// the sentence, when no other person was named after that one. Null when the pronoun, its referent or its side is unclear.
    /// </summary>
    private static Official? PronounSubject(ArticleContext context, ArticleOfficials officials, Sentence sentence, int start, int trigger, Official other)
    {
        var text = context.Text;
        var words = text[start..trigger].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(words, w => SubjectPronouns.Contains(w.ToLowerInvariant()));
        if (at < 0 || words.Length - at - 1 > PronounGap) return null;
        if (at > 0 && !words[at - 1].EndsWith(',')) return null;
        if (words.Skip(at + 1).Any(w => !w.All(c => char.IsLower(c) || c == '-'))) return null;
        return Referent(context, officials, sentence, other);
    }

    /// <summary>
    /// "met with Poland's President X, Prime Minister Y and Foreign Minister Z": an official of no known country listed right
    /// after one of a known country, past the trigger, is of that country too.
    /// </summary>
    private static IEnumerable<Official> ListSides(string text, List<OfficialRef> refs, int trigger)
    {
        string? listed = null;
        var previousEnd = -1;
        foreach (var r in refs)
        {
            var official = r.Official;
            if (r.Start < trigger) { yield return official; continue; }
            // Overlapping references ("his Polish counterpart, X" and "X") are one official read twice, not a list.
            var joined = previousEnd >= 0 && previousEnd <= r.Start && text[previousEnd..r.Start].Trim() is "," or "and" or ", and";
            if (official.Country is null && joined && listed is not null) official = official with { Country = listed };
            listed = joined || previousEnd < 0 ? official.Country : null;
            previousEnd = r.End;
            yield return official;
        }
    }

    private static readonly HashSet<string> ObjectPronouns = ["him", "her"];

    /// <summary>"Y received him at the palace", "Y met her on Monday": a pronoun right after the trigger is the official of the other side named last before the sentence.</summary>
    private static Official? PronounObject(ArticleContext context, ArticleOfficials officials, Sentence sentence, int trigger, int end, Official other)
    {
        if (!HasPronounObject(context.Text, trigger, end) || officials.In(trigger, end).Any()) return null;
        return Referent(context, officials, sentence, other);
    }

    // What may follow an object "her" (not the determiner of "her counterpart"): a preposition, an adverb, a conjunction.
    private static readonly HashSet<string> AfterObject = ["", "at", "in", "on", "during", "for", "with", "and", "warmly", "today", "yesterday", "as", "upon"];

    /// <summary>"received him", "welcomed her at the palace": an object pronoun right after the trigger's verb.</summary>
    private static bool HasPronounObject(string text, int trigger, int end)
    {
        var at = trigger;
        while (at < end && text[at] != ' ') at++;
        var (next, pronoun) = Words.FindFirst(text, ObjectPronouns, at, Math.Min(end, at + 5));
        if (next < 0 || text[at..next].Trim().Length > 0) return false;
        if (pronoun!.Equals("him", StringComparison.OrdinalIgnoreCase)) return true;
        var follower = next + pronoun.Length;
        var wordEnd = follower;
        while (wordEnd < end && text[wordEnd] == ' ') wordEnd++;
        var wordStart = wordEnd;
        while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
        return AfterObject.Contains(text[wordStart..wordEnd].ToLowerInvariant());
    }

    /// <summary>The official of the other side from <paramref name="other"/> named last before the sentence, when no other person was named after that one.</summary>
    private static Official? Referent(ArticleContext context, ArticleOfficials officials, Sentence sentence, Official other)
    {
        if (context.Pair is not { } pair || other.Country is not { } side || !pair.Contains(side)) return null;
        var referent = officials.In(Math.Max(0, sentence.Start - BothSidesReach), sentence.Start).LastOrDefault(r => r.Official.Name is not null);
        if (referent is null || referent.Official.Country != pair.Other(side)) return null;
        var lastPerson = context.People.LastOrDefault(p => p.End <= sentence.Start);
        if (lastPerson is not null && lastPerson.Start > referent.End && !PersonNames.Same(lastPerson.Name, referent.Official.Name!)) return null;
        return referent.Official;
    }

    /// <summary>A meeting of the given officials told in a clause: their sides, the clause's date and place.</summary>
    private static Meeting? Build(ArticleContext context, CountryPair pair, List<Official> people, Sentence sentence, Sentence? before, int start, int end, int trigger, int jointEnd, bool planned, bool anaphoric, bool onTrip, bool announced)
    {
        if (people.Count < 2 || people.All(p => p.Name is null)) return null;
        var known = people.Select(p => p.Country).Where(c => c is not null).Distinct().ToList();
        // "X met his Norwegian counterpart Y": one side of the pair and one third country, two sides in all, is a bilateral
        // meeting the article tells too; with more countries the clause tells of a gathering.
        var third = known.Count == 2 && known.Count(c => pair.Contains(c!)) == 1 ? known.First(c => !pair.Contains(c!)) : null;
        bool Seated(string? country) => country is null || pair.Contains(country) || country == third;
        var participants = new List<Participant>();
        foreach (var p in people)
        {
            if (p.Name is null) continue;
            // An official of unknown country sits across from the one known side.
            var country = p.Country ?? (known.Count == 1 ? pair.Other(known[0]!) : null);
            if (!Seated(country)) continue;
            participants.Add(new Participant(p.Name, p.Office, country));
        }
        var sides = people.Select(p => p.Country).Where(c => c is not null && Seated(c)).Distinct().Count();
        if (participants.Count < 1 || people.Count(p => Seated(p.Country)) < 2 || (known.Count > 0 && sides == 0)) return null;
        // Officials all placed on one side ("chaired by the Chilean finance and trade ministers") are no meeting of the two.
        if (people.All(p => p.Country is not null) && sides < 2) return null;
        var undated = IsUndated(context, sentence, start, end);
        // "The meeting, co-chaired by X and Y, followed up on the second session held in 2017": a clause on the event told
        // before is dated by that telling; a date past a second event word in it is that event's.
        var antecedent = anaphoric ? EventAnaphora.Antecedent(context, sentence, onTrip, planned) : null;
        var dated = anaphoric ? EventAnaphora.OwnSpanEnd(context.Text, trigger, end) : end;
        var date = Date(context, sentence, start, dated, trigger, jointEnd, planned)
            ?? antecedent?.Date
            ?? (undated && Continuation(context, sentence) is { } rest ? DayBefore(context, rest) : null)
            ?? (undated && before is not null ? DayBefore(context, before) : null)
            // A clause on an event told before is not the lead's news of the day: its day is that telling's or none.
            // An official the lead names only by a pronoun or a bare office ("The Turkish president met …" after a first sentence
            // that names him) is linked from elsewhere: the lead's sentence tells nothing of when, so the day stays open.
            ?? (undated && !planned && !anaphoric && people.All(p => p.Name is null || IsWrittenIn(sentence, p.Name)) ? LeadDay(context, sentence) : null)
            ?? (announced && antecedent is null ? AnnouncedDate(context, sentence, onTrip) : null)
            // "Khaleel met with India's minister Y" past a lead that tells the trip: talks of that trip. "The meeting
            // was attended by …" tells more of talks told before, whose day is that telling's or none. The noun alone ("the
            // agenda includes a meeting with Y") is listed by a programme as well as held: without a date, no evidence of talks.
            ?? (undated && !planned && antecedent is null && (onTrip || !anaphoric) && sentence.Index >= LeadSentences && !TriggerAt(context.Text, trigger).StartsWith("meeting", StringComparison.Ordinal)
                ? AnnouncedDate(context, sentence, onTrip: true, past: true) : null);
        if (date is null) return null;
        // The place after the trigger ("talks with Y in Ankara"), else the last one before it, in the span the clause dates; only a place
        // after "in", "at" or a venue's comma, or a dateline's, is one ("thanked Moscow for its help" names a government).
        var places = context.MentionsIn(sentence)
            .Where(m => m.Start >= start && m.End <= dated && m.Kind == MentionKind.Place && m.Countries.Count == 1 && pair.Contains(m.Countries[0])
                && (m.Start == sentence.Start || Words.Before(context.Text, m.Start) is "in" or "at" || context.Text.AsSpan(0, m.Start).TrimEnd().EndsWith(",")))
            .ToList();
        var place = places.FirstOrDefault(m => m.Start >= trigger) ?? places.LastOrDefault();
        return new Meeting([.. participants], date)
        {
            Place = place is null ? (antecedent is { } told && date == told.Date ? told.Place : null) : new Place(place.Canonical, place.Countries[0]),
            Evidence = context.Evidence(sentence),
        };
    }

    // A plan as the verb of officials: "At the meeting, X and Y are expected to take stock", "Y will call on X on Monday".
    private static readonly string[] PlanVerbs =
    [
        "will", "shall", "is expected to", "are expected to", "is set to", "are set to", "is scheduled to", "are scheduled to",
        "is due to", "are due to", "is to", "are to", "plans to", "plan to", "intends to", "is slated to", "are slated to",
    ];

    /// <summary>An official of the clause whose verb, right after the name, is a plan.</summary>
    private static bool HasPlannedSubject(string text, ArticleOfficials officials, int start, int end)
    {
        foreach (var r in officials.In(start, end))
        {
            var next = r.End;
            while (next < end && text[next] == ' ') next++;
            foreach (var plan in PlanVerbs)
                if (next + plan.Length <= end && string.Compare(text, next, plan, 0, plan.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (next + plan.Length == end || !char.IsLetter(text[next + plan.Length]))) return true;
        }
        return false;
    }

    /// <summary>"held closed-door talks", "had fruitful discussions": a verb of holding a few words before the noun, in the clause.</summary>
    private static bool IsHeld(string text, int start, int trigger)
    {
        var words = text[start..trigger].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= Math.Max(0, words.Length - HeldReach); i--)
        {
            if (HoldVerbs.Contains(words[i].ToLowerInvariant())) return true;
            if (!words[i].All(c => char.IsLower(c) || c == '-')) return false;
        }
        return false;
    }

    /// <summary>"The two ministers", "the Presidents", "the Thai and Cambodian Foreign Ministers": a subject right before the trigger naming the two sides' officials together.</summary>
    private static bool RefersToBothSides(ArticleContext context, Sentence sentence, int start, int trigger)
    {
        if (AreTheSubject(context.Text, BothSides, start, trigger)) return true;
        if (context.Pair is not { } pair) return false;
        var text = context.Text;
        var demonyms = context.MentionsIn(sentence).Where(m => m.Start >= start && m.End <= trigger && m.IsDemonym && m.Countries.Count == 1).ToList();
        for (var i = 0; i + 1 < demonyms.Count; i++)
        {
            var (first, second) = (demonyms[i], demonyms[i + 1]);
            if (first.Countries[0] == second.Countries[0] || !pair.Contains(first.Countries[0]) || !pair.Contains(second.Countries[0])) continue;
            if (Words.Before(text, first.Start) != "the" || text[first.End..second.Start].Trim() != "and") continue;
            var (office, plural) = Words.FindFirst(text, PluralOffices, second.End, trigger);
            if (office < 0 || text[second.End..office].Trim().Length > 0) continue;
            var gap = text[(office + plural!.Length)..trigger];
            if (gap.Length <= SubjectGap && !gap.Contains(',')) return true;
        }
        return false;
    }

    /// <summary>"the two ministers (also) held talks": one of the phrases right before the trigger, not in an aside ("a commission chaired by the two ministers, last met").</summary>
    private static bool AreTheSubject(string text, string[] phrases, int start, int trigger)
    {
        var (at, phrase) = Words.FindFirst(text, phrases, Math.Max(start, trigger - SubjectReach), trigger);
        if (at < 0) return false;
        var gap = text[(at + phrase!.Length)..trigger];
        return gap.Length <= SubjectGap && !gap.Contains(',');
    }

    /// <summary>
    /// The last official of each side of the pair in the text shortly before a sentence, a named one before one known only
    /// by office ("the President of Uzbekistan"); none unless both sides have one and one of them is named.
    /// </summary>
    private static List<Official> TheTwoNamedBefore(ArticleOfficials officials, CountryPair pair, int sentenceStart)
    {
        Official? first = null, second = null;
        foreach (var r in officials.In(Math.Max(0, sentenceStart - BothSidesReach), sentenceStart))
        {
            if (r.Official.Country == pair.First && (r.Official.Name is not null || first?.Name is null)) first = r.Official;
            else if (r.Official.Country == pair.Second && (r.Official.Name is not null || second?.Name is null)) second = r.Official;
        }
        return first is not null && second is not null && (first.Name is not null || second.Name is not null) ? [first, second] : [];
    }

    /// <summary>"Kuwaiti Foreign Minister A and Pakistani Foreign Minister B discussed": two officials of the pair's two sides joined by "and" right before the verb.</summary>
    private static bool HaveConjoinedSubjects(ArticleContext context, ArticleOfficials officials, int start, int verb)
    {
        var text = context.Text;
        // "X and his Y counterpart, Z": the counterpart phrase and the name inside it are one official read twice; keep the outer.
        var all = officials.In(start, verb).ToList();
        var refs = all.Where(r => !all.Any(o => o != r && o.Start <= r.Start && o.End >= r.End && o.End - o.Start > r.End - r.Start)).TakeLast(2).ToList();
        if (refs.Count < 2 || context.Pair is not { } pair) return false;
        var (first, second) = (refs[0], refs[1]);
        // Overlapping references (one official read twice) or one running past the verb are no pair of subjects.
        if (second.Start < first.End || verb < second.End) return false;
        var join = text[first.End..second.Start].Trim();
        var gap = text[second.End..verb].Trim(' ', ',');
        var bare = BareJointVerbs.Any(b => text.AsSpan(verb).StartsWith(b + " ", StringComparison.OrdinalIgnoreCase));
        var close = bare ? PlanVerbs.Contains(gap.ToLowerInvariant()) : gap.Length == 0 || SubjectAdverbs.Contains(gap.ToLowerInvariant()) || IsDatingGap(context, second.End, verb);
        var countries = new[] { first.Official.Country, second.Official.Country };
        return close && (join == "and" || join.StartsWith("and ", StringComparison.Ordinal) && join.Length <= 16)
            && countries.All(c => c is not null && pair.Contains(c)) && countries[0] != countries[1];
    }

    /// <summary>Nothing but a date between the subjects and their verb: "X and Y on Wednesday discussed", "X and Y, on March 5, reviewed".</summary>
    private static bool IsDatingGap(ArticleContext context, int from, int verb)
    {
        var text = context.Text;
        foreach (var d in context.DatesIn(context.SentenceAt(from)))
        {
            if (d.Start < from || d.End > verb) continue;
            var lead = text[from..d.Start].Trim(' ', ',');
            return (lead.Length == 0 || lead.Equals("on", StringComparison.OrdinalIgnoreCase)) && text[d.End..verb].Trim(' ', ',').Length == 0;
        }
        return false;
    }

    /// <summary>Officials only before the verb, the last of them right before it: "X and Y convened".</summary>
    private static bool AreSubjectsOf(string text, ArticleOfficials officials, int start, int verb, int end)
    {
        if (officials.In(verb, end).Any()) return false;
        var last = officials.In(start, verb).LastOrDefault();
        return last is not null && text[last.End..verb].Trim().Length == 0;
    }

    /// <summary>
    /// "discussed regional security with his Finnish colleague Y": a "with" after the verb's topic, in the same clause (no comma
    /// between), and an official named right after it. "discussed the plan with reporters" has none.
    /// </summary>
    private static bool HasWithObject(string text, ArticleOfficials officials, int verbEnd, int end)
    {
        var reach = Math.Min(end, verbEnd + TopicReach);
        var with = Words.Find(text, "with", verbEnd, reach);
        if (with < 0 || text.AsSpan(verbEnd, with - verbEnd).IndexOfAny(',', ';') >= 0) return false;
        var first = officials.In(with + 4, end).FirstOrDefault();
        return first is not null && first.Start - (with + 4) <= WithGap && text.AsSpan(with + 4, first.Start - with - 4).IndexOfAny(',', ';') < 0;
    }

    /// <summary>An official named right after a verb, past "by", "the" or "visiting": "welcomed the visiting Minister X", "was greeted by President Y".</summary>
    private static bool HasOfficialObject(string text, ArticleOfficials officials, int verbEnd, int end)
    {
        var first = officials.In(verbEnd, end).FirstOrDefault();
        if (first is null) return false;
        var gap = text[verbEnd..first.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return gap.All(w => w.ToLowerInvariant() is "by" or "the" or "visiting");
    }

    /// <summary>
    /// "X received Ferreyra", "met with Rojas": a name the article gives no office for, right after the trigger verb. A name
    /// that refers to an official already ("received Kumar" for the Ravi Kumar named before) is that official, no guest.
    /// </summary>
    private static Official? Guest(ArticleContext context, ArticleOfficials officials, Sentence sentence, int trigger, int end)
    {
        var text = context.Text;
        var verbEnd = trigger;
        while (verbEnd < end && text[verbEnd] != ' ') verbEnd++;
        if (Words.Find(text, "with", verbEnd, Math.Min(end, verbEnd + 6)) is var with and >= 0) verbEnd = with + 4;
        var (nameStart, nameEnd) = People.NameReader.After(text, verbEnd, Math.Min(end, verbEnd + 60), People.NameRules.Plain);
        if (nameEnd <= nameStart || text[verbEnd..nameStart].Trim().Length > 0) return null;
        return context.MentionsIn(sentence).Any(m => m.Start < nameEnd && m.End > nameStart) || officials.In(sentence).Any(r => r.Start < nameEnd && r.End > nameStart)
            ? null : new Official(text[nameStart..nameEnd], null, null);
    }

    /// <summary>
    /// The most precise date in the trigger's clause, the nearest of those: "on Tuesday (Oct 15)" is the
    /// day, not the year a weekday alone gives. A span gives its first day. Dates after the publication
    /// year give nothing, nor do dates in what a participant went on to say ("X, who held talks with Y,
    /// said trade rose in 2023").
    /// </summary>
    private static string? Date(ArticleContext context, Sentence sentence, int start, int end, int trigger, int jointEnd, bool planned)
    {
        var said = Words.FindFirst(context.Text, ReportingVerbs, trigger, end).At;
        if (said >= 0) end = said;
        // "arrived on Wednesday to co-chair the council", "flew in late Monday to meet X": the day before an infinitive of purpose
        // is the trip's; the meeting it aims at took place that month, on a day the clause does not tell. A plan's infinitive
        // ("expected on Friday to meet") keeps the plan's reading.
        var purpose = !planned && Words.Before(context.Text, trigger) == "to";
        Text.Time.DateMention? chosen = null;
        var distance = int.MaxValue;
        foreach (var read in GuessedYears.Settled(context, sentence, context.DatesIn(sentence)))
        {
            var d = EventAnaphora.Weekday(context, read, planned);
            if (d.Start < start || d.End > end || Datelines.IsDateline(context.Text, sentence, d) || BareWeekdays.IsUnplaced(context.Text, d)) continue;
            if (Asides.Encloses(context.Text, start, trigger, d) || OtherPredicates.InOtherRelative(context.Text, trigger, d)
                || OtherPredicates.InReportedWords(context.Text, start, trigger, d)
                || OtherPredicates.NamesNoTime(context.Text, d) || OtherPredicates.AfterOtherEvent(context.Text, trigger, d)
                // "Speaking on Friday, ahead of the meeting, X said": a date before talks that are another act's aim or topic is that act's.
                || (d.End <= trigger && OtherPredicates.IsAimOrTopic(context.Text, start, trigger))
                || OtherPredicates.InQuotedWords(context.Text, sentence.Start, d)) continue;
            // "welcomed Y's second visit since his last one in May 2013", "have met 20 times since 2012": a date after "since" starts a span, not a meeting.
            if (Words.Before(context.Text, d.Start) == "since" || (d.Start > trigger && Words.Find(context.Text, "since", trigger, d.Start) >= 0)) continue;
            // "X and Y discussed the summit held last month": after a joint verb, only a date right after it ("discussed on Monday") is the meeting's.
            if (jointEnd >= 0 && d.Start > jointEnd + MaxDatingGap) continue;
            if (context.Published is { } published && (d.From.Year > published.Year || (!planned && d.From.Truncate(published.Precision) > published))) continue;
            var gap = d.Start >= trigger ? d.Start - trigger : trigger - d.End;
            var finer = chosen is { } c && Rank(d) > Rank(c);
            var coarser = chosen is { } k && Rank(d) < Rank(k);
            if (finer || (!coarser && gap < distance)) (chosen, distance) = (d, gap);
        }
        if (chosen is not { } date) return null;
        var from = NearPublication.Adjust(date.From, date.Relative, context.Published);
        if (purpose && date.End <= trigger) return from.Truncate(Text.Time.DatePrecision.Month).ToString();
        return (DayPairs.FirstDay(context.Text, date.Start, from) ?? from).ToString();
    }

    /// <summary>A clause with no date of its own; one in an aside ("X, who arrived on Monday, co-chaired …") dates the aside, not the talks.</summary>
    private static bool IsUndated(ArticleContext context, Sentence sentence, int start, int end) =>
        !context.DatesIn(sentence).Any(d => d.Start >= start && d.End <= end && !Datelines.IsDateline(context.Text, sentence, d) && !Asides.Encloses(context.Text, start, end, d));

    /// <summary>
    /// "The summit was held in Rome on July 23. The two leaders also met one-on-one.": a meeting sentence
    /// without a date of its own continues the sentence before, when that one names a single day, outside any aside.
    /// </summary>
    private static string? DayBefore(ArticleContext context, Sentence before)
    {
        // A weekday is read as the clause's own is: against the dateline's day when the story has one ("Havana, Apr 15 - … on Monday").
        var days = GuessedYears.Settled(context, before, context.DatesIn(before))
            .Select(d => NearPublication.PastWeekday(context.Text, DatelineWeekdays.Adjust(context, d, false), context.Published))
            .Where(d => d.From.Precision == Text.Time.DatePrecision.Day && !d.IsPeriod && !Datelines.IsDateline(context.Text, before, d) && !BareWeekdays.IsUnplaced(context.Text, d)
                && !Asides.Encloses(context.Text, before.Start, before.Start + before.Text.Length, d)
                && (context.Published is not { } published || d.From.Year <= published.Year))
            .ToList();
        if (days.Count == 0 || days.Any(d => d.From != days[0].From)) return null;
        return NearPublication.Adjust(days[0].From, days[0].Relative, context.Published).ToString();
    }

    /// <summary>
    /// "held discussions with X on the sidelines of the Bay of Bengal | Initiative … Summit held on 30 March,": a sentence that stops
    /// on a word or comma, with no full stop, was cut by a break in the page; the piece after it is the rest of the sentence.
    /// </summary>
    private static Sentence? Continuation(ArticleContext context, Sentence sentence)
    {
        var last = sentence.Text.AsSpan().TrimEnd();
        if (last.Length == 0 || !(char.IsLetterOrDigit(last[^1]) || last[^1] == ',') || sentence.Index + 1 >= context.Sentences.Count) return null;
        var next = context.Sentences[sentence.Index + 1];
        return next.Index == sentence.Index + 1 ? next : null;
    }

    /// <summary>
    /// "attended the 43rd Regular Meeting of the Conference of Heads of Government": a capitalised Meeting inside a
    /// sentence is part of a gathering's name, a multilateral event rather than two sides meeting.
    /// </summary>
    private static bool IsNamedGathering(string text, int sentenceStart, int trigger, string phrase) =>
        phrase.Equals("meeting", StringComparison.OrdinalIgnoreCase) && trigger > sentenceStart && (char.IsUpper(text[trigger]) || AfterAcronym(text, sentenceStart, trigger));

    /// <summary>"the APEC meeting", "the G20 meeting": a meeting named by an organisation's acronym is a gathering of many.</summary>
    private static bool AfterAcronym(string text, int sentenceStart, int trigger)
    {
        var end = trigger;
        while (end > sentenceStart && text[end - 1] == ' ') end--;
        var start = end;
        while (start > sentenceStart && char.IsLetterOrDigit(text[start - 1])) start--;
        var word = text.AsSpan(start, end - start);
        return word.Length >= 2 && char.IsUpper(word[0]) && !word.ContainsAnyInRange('a', 'z');
    }

    /// <summary>The two words at a trigger, lower case ("talks between").</summary>
    private static string TriggerAt(string text, int trigger)
    {
        var end = trigger;
        for (var words = 0; end < text.Length && words < 2; end++)
            if (text[end] == ' ' && ++words == 2) break;
        return text[trigger..end].ToLowerInvariant();
    }

    /// <summary>A word of the name (three letters or more) written in the sentence: "Kaya" for "Emre Kaya", not "he" or "the minister".</summary>
    private static bool IsWrittenIn(Sentence sentence, string name) =>
        name.Split(' ', '-').Any(w => w.Length >= 3 && sentence.Text.Contains(w, StringComparison.Ordinal));

    /// <summary>A name with at least one word of three letters or more ("Md" alone is an abbreviation cut off from the name).</summary>
    private static bool IsWholeName(string name) => name.Split(' ', '.', '-').Any(w => w.Length >= 3);

    /// <summary>How many sentences open a story: its lead, which tells the day's news (visits read the lead so too).</summary>
    internal const int LeadSentences = 2;

    /// <summary>
    /// "Cape Town - South African and Namibian ministers signed three agreements following a meeting between President X
    /// and his Namibian counterpart Y": a meeting told in a story's lead with no date of its own is the news of the day
    /// the story is dated to, when the outlet states that day.
    /// </summary>
    private static string? LeadDay(ArticleContext context, Sentence sentence) =>
        sentence.Index < LeadSentences && context.Published is { Precision: Text.Time.DatePrecision.Day } published && !context.Article.PublishedInferred
        // A sentence that dates anything else ("X, who has been in Poland since March 3, co-chaired") leaves the day open.
        && context.DatesIn(sentence).All(d => Datelines.IsDateline(context.Text, sentence, d))
            ? published.ToString()
            : null;

    /// <summary>
    /// "X will hold talks with Y", "the two leaders are expected to discuss trade": a plan the story announces with no date
    /// anywhere in its sentence is of the trip or the days its lead tells. A single day of a trip the lead tells is the plan's
    /// day; other days of the publication month, or none, give that month (the coming days of the news). A plan framed by a
    /// trip ("During the visit, X will meet Y") needs that trip in the lead. Nothing when the publication date is guessed from
    /// the text, or when the lead points to another month. A past meeting with no date in its sentence is of the trip the lead
    /// tells, dated or not (the lead of a trip that has ended often carries only the dateline): the trip's single day; with a
    /// span of days in the lead ("a visit on 4-5 September"), the span's month, even when only the publication year is known;
    /// with no day in the lead, the publication month.
    /// </summary>
    private static string? AnnouncedDate(ArticleContext context, Sentence sentence, bool onTrip, bool past = false)
    {
        if (past && !context.Sentences.TakeWhile(s => s.Index < LeadSentences).Any(s => EventAnaphora.TellsTrip(context.Text, s))) return null;
        if (context.DatesIn(sentence).Any(d => !Datelines.IsDateline(context.Text, sentence, d))) return null;
        // The lead's days date past talks by themselves when they name their year; the publication month is needed otherwise.
        var published = context.Published is { Precision: >= Text.Time.DatePrecision.Month } stated && !context.Article.PublishedInferred ? stated : (Text.Time.IsoDate?)null;
        if (published is null && !past) return null;
        var month = published?.Truncate(Text.Time.DatePrecision.Month);
        // "follows a recent visit on 29 January": a day over before the publication month is of another, past event; for talks
        // told as held it may be their trip's, which then is not of the publication month.
        var days = context.Sentences.TakeWhile(s => s.Index < LeadSentences)
            .SelectMany(s => GuessedYears.Settled(context, s, context.DatesIn(s))
                .Where(d => d.From.Precision >= Text.Time.DatePrecision.Month && !Datelines.IsDateline(context.Text, s, d) && !BareWeekdays.IsUnplaced(context.Text, d)
                    && !OtherPredicates.NamesNoTime(context.Text, d) && (past || d.To.LastDay >= month!.Value.FirstDay))
                .Select(d => (Trip: EventAnaphora.TellsTrip(context.Text, s), Date: d with { From = NearPublication.Adjust(d.From, d.Relative, published) })))
            .ToList();
        var trips = days.Where(d => d.Trip).Select(d => d.Date).ToList();
        if (month is not null && trips.Count > 0 && trips.All(d => d.From.Precision == Text.Time.DatePrecision.Day && !d.IsPeriod && d.From == trips[0].From)) return trips[0].From.ToString();
        // A stay of several days the lead gives as one span ("a visit on 4-5 September", "in Russia from May 20-23") holds
        // the talks on one of its days, not told which: its month, as a meeting framed by such a stay is dated. Days the
        // lead names one by one ("arrived on Friday … ended on Sunday") are told with the talks elsewhere in the story, and a
        // month would be less than it tells. Without the publication month, a span whose year was guessed dates nothing.
        var stays = days.Where(d => d.Date.From.Precision == Text.Time.DatePrecision.Day).Select(d => d.Date).ToList();
        if (past && stays.Count > 0)
        {
            // A day inside the span ("today", the second day of a visit on 4-5 September) is a day of the same stay.
            var inStay = stays.All(d => stays.Any(span => span.IsPeriod && span.From.FirstDay <= d.From.FirstDay && d.To.LastDay <= span.To.LastDay));
            return inStay && (published is not null || days.All(d => !d.Date.Relative)) ? OneMonth(days.Select(d => d.Date).ToList()) : null;
        }
        if (month is not { } own) return null;
        var told = onTrip ? trips : days.Select(d => d.Date).ToList();
        if (onTrip && !past && told.Count == 0) return null;
        return told.All(d => d.From.Truncate(Text.Time.DatePrecision.Month) == own && d.To.Truncate(Text.Time.DatePrecision.Month) == own) ? own.ToString() : null;
    }

    /// <summary>The one month all the dates fall in, or null.</summary>
    private static string? OneMonth(List<Text.Time.DateMention> dates)
    {
        var month = dates[0].From.Truncate(Text.Time.DatePrecision.Month);
        return dates.All(d => d.From.Truncate(Text.Time.DatePrecision.Month) == month && d.To.Truncate(Text.Time.DatePrecision.Month) == month) ? month.ToString() : null;
    }

    /// <summary>Finer dates rank higher; a span is a stay ("a trip from July 27 to 31"), so a single day of its precision ranks above it.</summary>
    private static int Rank(Text.Time.DateMention d) => 2 * (int)d.From.Precision + (d.IsPeriod ? 0 : 1);
}
