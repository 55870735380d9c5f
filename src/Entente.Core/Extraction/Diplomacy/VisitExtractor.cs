using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.People;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// Visits by officials, past and planned: "the state visit to Belarus by General Secretary To Lam from
/// May 11–12", "Lyashenko's visit to Vietnam in September 2019", "Modi arrived in Moscow on Monday for
/// a two-day official visit", "X, who is on an official visit to Pakistan on 15-16 April". The
/// visitor is the official the phrase ties to the trip; origin and destination must be the article's
/// two countries. Readings of the same trip are merged.
/// </summary>
public sealed class VisitExtractor : IFactExtractor
{
    // Leading a mission or delegation abroad is a trip by its leader: "X, who led a trade mission to Istanbul".
    private static readonly string[] LeadTriggers =
    [
        "led a trade mission", "leading a trade mission", "led a business mission", "leading a business mission",
        "led a delegation", "leading a delegation", "headed a delegation", "heading a delegation",
    ];
    private static readonly string[] NounTriggers = ["visit", "trip", "tour", .. LeadTriggers];
    // "will pay official visits to A, B and C": the plural tells a trip only when a list of destinations follows.
    private static readonly string[] TourTriggers = ["visits"];
    private static readonly string[] ArrivalTriggers =
        ["arrived in", "arrived at", "arrived to", "came to", "due in", "is in", "was in", "will be in", "travelled to", "traveled to", "flew to", "visited", "is visiting", "was visiting", "is staying in", "was staying in",
        // A leaving for a place starts the trip there: "left for Amman on Tuesday", "leaves for Malawi today".
        "left for", "leaves for", "leave for", "departed for", "departs for", "depart for"];
    // Words after the trip word that lead to another event: a date past them is that event's ("the visit comes ahead of the
    // session on 16 February", "the first visit since 2005", "celebrations of the anniversary of accords signed in 1987").
    // A bare "after" is not one: "the result of his visit: a council set up after a meeting with Y on December 13"; "after"
    // with taking up an office is ("visited Fiji for the first time after becoming minister in May 2020" dates the office).
    private static readonly string[] OtherEventLinks =
    [
        "since", "ahead of", "before", "prior to", "anniversary", "comes after", "came after", "come after",
        "after becoming", "after taking office", "after assuming", "after being elected", "after being appointed",
        "after his election", "after her election", "after his appointment", "after her appointment",
    ];
    // "came to power", "came to an agreement": an arrival only with a place right after it.
    // "left for home", "leaves for the airport": a leaving is a trip only to a named place.
    private static readonly HashSet<string> NeedPlace = new(StringComparer.OrdinalIgnoreCase)
        { "arrived to", "is in", "came to", "left for", "leaves for", "leave for", "departed for", "departs for", "depart for" };
    // "told reporters on March 7 that her visit …": the date right after a reporting verb, before "that", dates the saying.
    private const int ReportedReach = 25;
    private static readonly string[] That = ["that"];
    // A clause on the visitor ("by X, who met Y on April 9") tells of the trip; one on a thing or time tells of that.
    private static readonly string[] NonPersonRelatives = ["which", "where", "when"];
    private static readonly string[] Arrived = ["arrived", "arrives", "landed", "lands", "arriving"];
    // "the visit of X to Tajikistan, which took place on July 4-6": a relative that tells an event's time is the trip's.
    private static readonly string[] TookPlace = ["took place", "takes place", "lasted", "was held"];
    private static readonly string[] TripWords = ["visit", "visits", "trip", "trips", "tour", "tours"];
    private static readonly string[] OtherTrips =
    [
        "following his visit", "following her visit", "following their visit", "following a visit", "following the visit",
        "after his visit", "after her visit", "after their visit", "after a visit", "before his visit", "before her visit",
        "prior to his visit", "prior to her visit", "ahead of his visit", "ahead of her visit", "following his trip", "after his trip",
    ];
    private static readonly string[] ReportingVerbs = ["said", "says", "told", "noted", "stressed", "added", "announced", "stated"];
    private static readonly string[] SpanJoints = ["until", "till", "through", "to"];
    private static readonly string[] Invitations = ["invited", "invites", "inviting", "invite", "invitation", "invitations"];
    private static readonly string[] Inviters = ["invited by", "invitation of", "invitation from"];
    // "extended an invitation to X to make a state visit": the trip an invitation asks for, not one made.
    private static readonly string[] InvitedTrips = ["to visit", "to pay", "to make", "to undertake"];
    private static readonly string[] Plans = ["is due", "are due", "due in", "will", "upcoming", "forthcoming", "is to visit", "scheduled", "planned", "is set to", "are set to"];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var officials = ArticleOfficials.Of(context);
        var candidates = new List<VisitCandidate>();
        foreach (var sentence in context.Sentences)
        {
            foreach (var (start, end) in context.ClausesAtJoints(sentence))
            {
                foreach (var (at, triggerEnd, isNoun) in Triggers(context.Text, start, end))
                {
                    // "X, who is on a visit to Thailand, said the meeting could be held soon": a hedge in what the visitor
                    // went on to say is not the trip's.
                    var said = Words.FindFirst(context.Text, ReportingVerbs, triggerEnd, end).At;
                    var told = said >= 0 ? said : end;
                    if (Hedges.IsHypothetical(context.Text, start, told)) continue;
                    candidates.AddRange(Read(context, officials, sentence, start, told, at, triggerEnd, isNoun));
                }
                if (!Hedges.IsHypothetical(context.Text, start, end) && Reception(context, officials, sentence, start, end) is { } received) candidates.Add(received);
                if (!Hedges.IsHypothetical(context.Text, start, end) && Guest(context, officials, sentence, start, end) is { } guest) candidates.Add(guest);
            }
        }
        // A resident ambassador is posted in the host's country: being received there, or going about it, is no trip between the two.
        candidates.RemoveAll(c => IsResidentEnvoy(c.Visitor.Office));
        // A trip the article dates elsewhere is not re-dated by the story's date.
        var dated = candidates.Where(c => !c.Undated).Select(c => (c.From, c.To)).ToHashSet();
        candidates.RemoveAll(c => c.Undated && dated.Contains((c.From, c.To)));
        return VisitMerger.Merge(candidates).Select(v => IsAhead(v, context) ? v with { Status = "planned" } : v);
    }

    /// <summary>
    /// A trip that starts after the day (or month) the outlet dated the story had not yet happened when it was told: it is
    /// planned. Nothing is said when the publication date is only guessed from the text.
    /// </summary>
    private static bool IsAhead(Visit visit, ArticleContext context) =>
        context.Published is { } published && !context.Article.PublishedInferred
        && IsoDate.TryParse(visit.Dates.Start, out var start) && start.FirstDay > published.LastDay;

    // "Ambassador", "Ambassador Extraordinary and Plenipotentiary of X to Y", "outgoing Ambassador"; but an envoy sent on a
    // mission ("Special Envoy", "Ambassador-at-Large", "Roving Ambassador", "Ambassador of Special Assignment") does travel.
    private static readonly string[] TravellingEnvoy = ["special", "large", "roving"];

    private static bool IsResidentEnvoy(string? office) =>
        office is not null
        && office.Contains("Ambassador", StringComparison.OrdinalIgnoreCase)
        && !TravellingEnvoy.Any(w => office.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<(int At, int End, bool IsNoun)> Triggers(string text, int start, int end)
    {
        foreach (var (phrases, isNoun) in new[] { (NounTriggers, true), (ArrivalTriggers, false), (TourTriggers, true) })
        {
            foreach (var phrase in phrases)
            {
                var at = start;
                while ((at = Words.Find(text, phrase, at, end)) >= 0)
                {
                    yield return (at, at + phrase.Length, isNoun);
                    at += phrase.Length;
                }
            }
        }
    }

    private static IEnumerable<VisitCandidate> Read(ArticleContext context, ArticleOfficials officials, Sentence sentence, int start, int end, int at, int triggerEnd, bool isNoun)
    {
        var text = context.Text;
        // "arrived in Nairobi late Sunday for a two-day visit": the trip word is the arrival's purpose, one trip the arrival dates.
        if (isNoun && ForArrival(text, start, at)) return [];
        // "marks the 60th anniversary of the first visit by X": the trip is what the anniversary recalls; the sentence dates the anniversary.
        if (isNoun && Words.Find(text, "anniversary of", Math.Max(start, at - AnniversaryReach), at) is var anniversary and >= 0
            && !text.AsSpan(anniversary, at - anniversary).Contains(',')) return [];
        var mentions = context.MentionsIn(sentence).Where(m => m.Start >= start && m.End <= end).ToList();
        var refs = officials.In(start, end).ToList();
        var visitor = Visitor(text, refs, start, at, triggerEnd) ?? PronounVisitor(context, officials, sentence, refs, start, at, isNoun);
        if (visitor is null) return [];
        var (stops, listEnd) = TourStops.After(context.MentionsIn(sentence), text, triggerEnd, sentence.End);
        if (stops.Count >= 2) return Tour(context, sentence, start, TourEnd(context, sentence, end, listEnd), at, triggerEnd, isNoun, visitor, stops, refs);
        if (TourTriggers.Contains(text[at..triggerEnd], StringComparer.OrdinalIgnoreCase)) return [];
        var destination = isNoun
            ? CountryRefs.After(mentions, text, triggerEnd, Math.Min(end, triggerEnd + 12), "to", "in")
            : CountryRefs.After(mentions, text, at, Math.Min(end, triggerEnd + 6), "in", "to", "at", "visited", "visiting", "for");
        var to = destination is null ? null : CountryRefs.CountryOrPlace(destination);
        // "arrived to a warm welcome", "is in talks", "is in Kenya's interest": these are arrivals only with a place right after them.
        if (!isNoun && NeedPlace.Contains(text[at..triggerEnd])
            && (to is null || (text[at..triggerEnd].Equals("is in", StringComparison.OrdinalIgnoreCase)
                && (text.AsSpan(destination!.End).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(destination!.End).StartsWith("’s", StringComparison.Ordinal)))))
            return [];
        // "will visit Sweden on Wednesday and Estonia on Friday": one who travels to both countries of the pair is from neither.
        if (context.Pair is { } both && TravelsToBoth(context, mentions, triggerEnd, end, both)) return [];
        // A delegation may be led to talks at home: only one sent to a named place is a trip.
        if (to is null && Words.Any(text, LeadTriggers, at, triggerEnd)) return [];
        // "told business leaders in Santiago during a visit": a city of the pair named in the clause.
        if (to is null)
        {
            var cities = mentions.Where(m => m.Kind == MentionKind.Place && m.Countries.Count == 1 && context.Pair?.Contains(m.Countries[0]) == true)
                .Select(m => m.Countries[0]).Distinct().ToList();
            // Cities of both countries leave the destination open.
            if (cities.Count == 1) to = cities[0];
            // "a trip to South America": a trip word followed by "to" and a name that is no place of the pair is a trip elsewhere.
            if (to is null && isNoun && DirectedElsewhere(text, triggerEnd, end)) return [];
            // "her first visit to the continent, travelling to Britain, France and Belgium": a trip whose destination the clause
            // gives only as countries outside the pair is not one between the two.
            if (to is null && context.Pair is { } pairOf && ToThirdCountry(text, mentions, triggerEnd, pairOf)) return [];
        }
        // "invited X to visit Brazil", "accepted an invitation to visit", "invited Y to pay a state visit": a visit offered, not one made.
        if (InvitedTo(text, start, at)) return [];
        var from = visitor.Country;
        var pair = context.Pair;
        if (pair is null) return [];
        // A trip whose destination the clause leaves open goes to the other side, unless the clause places it in the
        // visitor's own country ("X is in Malaysia for a visit" read for a Malaysian X): then whose trip it is stays unclear.
        if (to is null && from is not null && mentions.Any(m => m.Countries.Count == 1 && m.Countries[0] == from && !m.IsDemonym && Words.Before(text, m.Start) is "in" or "to"))
            return [];
        to ??= from is null ? null : pair.Other(from);
        from ??= to is null ? null : pair.Other(to);
        if (from is null || to is null || from == to || !pair.Contains(from) || !pair.Contains(to)) return [];
        // "signed on Saturday during X's visit": the clause's date is of what happened within the trip, not its first day;
        // only a date after the trip word is the trip's own.
        var within = isNoun && IsWithin(text, start, at);
        var concluded = isNoun && (Words.Any(text, Concluding, Math.Max(start, at - ConcludingReach), at) || Departs(context, sentence, triggerEnd, end));
        var ended = isNoun && OtherPredicates.Governs(text, TripEnders, start, at);
        var dates = Dates(context, sentence, start, end, at, within, refs, past: !isNoun && PastArrivals.Contains(text[at..triggerEnd]), concluded: concluded, noun: isNoun ? triggerEnd : -1, ended: ended);
        // "during his official visit to Montenegro", "X, who arrived in Ashgabat on an official visit": a trip told with no date in
        // its sentence is the story's news, dated by the story's own date when nothing else in the article dates it.
        // "The deals emerged soon after the start of X's visit", "will be finalised following the visit of X": the sentence tells an
        // act set against the trip, not the trip as the news.
        var undated = dates is null && !ended && TiedToTrip(text, refs, visitor, destination, at, triggerEnd)
            && !Words.Any(text, BackgroundCues, Math.Max(start, at - CueReach), at) && !Words.Any(text, PlannedCues, triggerEnd, end);
        if (undated) dates = StoryDate(context, sentence, start, end, isNoun);
        if (dates is null) return [];
        var (first, last, endOnly, ongoing) = dates.Value;
        // "on January 4 concluded a visit to Vietnam": the date is the trip's last day only; its first day is unknown unless
        // another reading of the trip gives it ("arrived on January 2"). Dating the start by the end's month was wrong as often
        // as the trip began days before that day, a month the reader cannot tell.
        if (concluded && first == last) endOnly = true;
        var places = PlacesOf(mentions, to);
        return [new VisitCandidate(visitor with { Country = from }, from, to, first, last,
            VisitKinds.In(text, start, end), places, context.Evidence(sentence)) { EndOnly = endOnly, Ongoing = ongoing, Undated = undated }];
    }

    // Words that set the trip apart from the story's news: a trip past or to come ("his recent visit", "the upcoming visit", "his
    // first trip to Senegal, where he took the oath"), or one only thought of ("a possible visit"), or what came of an earlier one.
    private static readonly string[] BackgroundCues =
        ["recent", "recently", "upcoming", "forthcoming", "possible", "previous", "last", "earlier", "scheduled", "planned", "future", "next", "first", "maiden", "outcomes", "outcome"];
    // "The visit of X to Turkey is scheduled for mid-April": a plan whose date the reader missed.
    private static readonly string[] PlannedCues = ["scheduled", "planned"];
    private const int CueReach = 40;

    /// <summary>
    /// The visitor is tied to the trip by more than standing before it in the clause: the trip names where it goes ("visit to
    /// Oman", "arrived in Ashgabat"), or its maker ("X's visit", "the visit of X", "a visit by X"). "Welcoming Y, X stressed the
    /// importance of the visit" names no destination and leaves the guest unclear.
    /// </summary>
    private static bool TiedToTrip(string text, List<OfficialRef> refs, Official visitor, GazetteerMention? destination, int at, int triggerEnd)
    {
        if (destination is not null) return true;
        var named = refs.FirstOrDefault(r => r.Official == visitor);
        if (named is null) return false;
        if (named.Start >= triggerEnd) return Words.Any(text, MakerLinks, triggerEnd, named.Start);
        if (named.End > at || at - named.End > OwnerReach) return false;
        // The possessive mark may end the official's name or follow it.
        var from = Math.Max(named.Start, named.End - 2);
        var mark = text.AsSpan(from, Math.Min(text.Length, named.End + 2) - from);
        return mark.Contains("'s", StringComparison.Ordinal) || mark.Contains("’s", StringComparison.Ordinal);
    }

    private static readonly string[] MakerLinks = ["of", "by"];

    /// <summary>
    /// The date of a trip its sentence does not date: the day the outlet dated the story for an arrival, or for a trip in the
    /// story's lead (the day's news), else the story's month. A stay of several days told by the trip word began days before
    /// the story: its month when they all fall in the month of publication, else its start is open; a trip still to come, its
    /// month. Null when the publication
    /// date is guessed from the text, or when the sentence dates something (the trip's own date is then elsewhere).
    /// </summary>
    private static (IsoDate Start, IsoDate End, bool EndOnly, bool Ongoing)? StoryDate(ArticleContext context, Sentence sentence, int start, int end, bool isNoun)
    {
        if (context.Published is not { Precision: >= DatePrecision.Month } published || context.Article.PublishedInferred
            || context.DatesIn(sentence).Any(d => !Datelines.IsDateline(context.Text, sentence, d))) return null;
        var month = published.Truncate(DatePrecision.Month);
        if (published.Precision != DatePrecision.Day) return (month, month, false, false);
        // "will pay a two-day visit": a stay still to come is of the month it is announced in.
        if (Words.Any(context.Text, Plans, start, end)) return (month, month, false, false);
        var days = isNoun ? TripLength.In(context.Text, start, end) : null;
        if (days > 1) return published.Day < days ? null : (month, month, false, false);
        var date = !isNoun || sentence.Index < MeetingExtractor.LeadSentences ? published : month;
        return (date, date, false, false);
    }

    private static readonly HashSet<string> LegJoints = new(StringComparer.OrdinalIgnoreCase) { "from", "on" };

    /// <summary>
    /// A leg of a tour the article dates on its own: "While in Norway from May 24-26, the two leaders …" (a stop named after "in",
    /// its dates right after it). Null when no sentence dates the stop so, or more than one does.
    /// </summary>
    private static DateMention? LegDates(ArticleContext context, string stop)
    {
        var text = context.Text;
        var legs = context.Sentences.SelectMany(s => context.MentionsIn(s)
            .Where(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Code == stop && Words.Before(text, m.Start) == "in")
            .SelectMany(m => context.DatesIn(s).Where(d => d.Start > m.End && LegJoints.Contains(text[m.End..d.Start].Trim()))))
            .Take(2).ToList();
        return legs.Count == 1 ? legs[0] : null;
    }

    /// <summary>
    /// A list of stops that runs past the clause's joint (", and Equatorial Guinea on July 20-22") takes in the clause it ends
    /// in, up to a reporting verb there ("…, the ministry said on July 19" dates the saying).
    /// </summary>
    private static int TourEnd(ArticleContext context, Sentence sentence, int end, int listEnd)
    {
        if (listEnd <= end) return end;
        var clauseEnd = context.ClausesAtJoints(sentence).FirstOrDefault(c => c.End >= listEnd).End;
        if (clauseEnd < listEnd) return end;
        var said = Words.FindFirst(context.Text, ReportingVerbs, listEnd, clauseEnd).At;
        return said >= 0 ? said : clauseEnd;
    }

    /// <summary>
    /// "X will pay official visits to Togo, Niger and Equatorial Guinea on July 20-22": one visit to each listed country by an
    /// official of one side of the pair, the listed countries being any but the official's own. The dates span the whole tour:
    /// a leg's own days are not given, so each leg is dated by the tour's months only, unless the tour lasts one day or the
    /// article dates the leg itself. Nothing when the official's country is unknown or the tour has no date.
    /// </summary>
    private static VisitCandidate[] Tour(ArticleContext context, Sentence sentence, int start, int end, int at, int triggerEnd, bool isNoun,
        Official visitor, List<string> stops, List<OfficialRef> refs)
    {
        var text = context.Text;
        var mentions = context.MentionsIn(sentence).Where(m => m.Start >= start && m.End <= end).ToList();
        if (context.Pair is not { } pair || visitor.Country is not { } from || !pair.Contains(from) || stops.Contains(from)) return [];
        if (InvitedTo(text, start, at)) return [];
        var within = isNoun && IsWithin(text, start, at);
        var dates = Dates(context, sentence, start, end, at, within, refs, past: !isNoun && PastArrivals.Contains(text[at..triggerEnd]), noun: isNoun ? triggerEnd : -1);
        if (dates is not { EndOnly: false } tour) return [];
        // "began a tour of A and B on 4 March" dates the first leg only: a day holds for every leg only when the tour lasts one day.
        var (first, last) = tour.Start == tour.End && TripLength.In(text, start, end) == 1
            ? (tour.Start, tour.End) : (tour.Start.Truncate(DatePrecision.Month), tour.End.Truncate(DatePrecision.Month));
        var kind = VisitKinds.In(text, start, end);
        return stops.Select(to => LegDates(context, to) is { } leg
            ? new VisitCandidate(visitor with { Country = from }, from, to, leg.From, leg.To, kind, [], context.Evidence(context.SentenceAt(leg.Start)))
            : new VisitCandidate(visitor with { Country = from }, from, to, first, last, kind, PlacesOf(mentions, to), context.Evidence(sentence))).ToArray();
    }

    /// <summary>The places of the destination the clause names ("Sao Paulo", "Brasilia"), once each.</summary>
    private static List<Place> PlacesOf(List<GazetteerMention> mentions, string to) =>
        mentions.Where(m => m.Kind == MentionKind.Place && m.Countries.Count == 1 && m.Countries[0] == to)
            .Select(m => new Place(m.Canonical, to)).DistinctBy(p => p.Name).ToList();

    // A host receiving a guest of the other side is the guest's trip to the host's country: "X received Y", "Y was received by X".
    private static readonly string[] HostVerbs = ["received", "receives", "hosted", "hosts", "welcomed", "welcomes"];
    private static readonly string[] PassiveHostVerbs =
        ["was received by", "were received by", "was hosted by", "were hosted by", "will be received by", "was welcomed by", "were welcomed by"];

    // Verbs that also take things ("welcomed the decision", "welcomed the visit of X"): a guest only when the official follows
    // the verb with nothing but these words, or a country in the possessive, between.
    private static readonly HashSet<string> WelcomeVerbs = new(StringComparer.OrdinalIgnoreCase) { "welcomed", "welcomes", "was welcomed by", "were welcomed by" };
    private static readonly HashSet<string> GuestDeterminers = new(StringComparer.OrdinalIgnoreCase) { "the", "visiting", "his", "her", "their" };

    // What a host receives that is no guest in person: "received a phone call from", "received the credentials of".
    private static readonly string[] Received =
        ["call", "calls", "phone", "telephone", "letter", "message", "credentials", "copy", "copies", "award", "invitation", "congratulations", "report", "video"];

    // A reception at a third place tells no trip to the host's country: "on the sidelines of the summit", "virtually".
    private static readonly string[] Elsewhere = ["sidelines", "sideline", "summit", "virtually", "video", "online", "phone", "telephone"];

    /// <summary>How far after the verb the guest may be named ("received at his office on Thursday X").</summary>
    private const int GuestReach = 45;

    /// <summary>
    /// "Foreign Minister X received the Foreign Minister of Y, Z, at the ministry": a host of one side receiving an official of
    /// the other is that official's trip to the host's country, dated as the clause is. The host is the official right before the
    /// verb, the guest the one right after it (the other way round in the passive); both sides must be known, and the clause
    /// must place the reception nowhere but the host's country.
    /// </summary>
    private static VisitCandidate? Reception(ArticleContext context, ArticleOfficials officials, Sentence sentence, int start, int end)
    {
        if (context.Pair is not { } pair) return null;
        var text = context.Text;
        var (at, verb) = Words.FindFirst(text, PassiveHostVerbs, start, end);
        var passive = at >= 0;
        if (!passive) (at, verb) = Words.FindFirst(text, HostVerbs, start, end);
        if (at < 0) return null;
        var verbEnd = at + verb!.Length;
        // "a banquet hosted by X", "the delegation, received by X": a participle with "by" is passive too.
        if (!passive && Words.Find(text, "by", verbEnd, Math.Min(end, verbEnd + 4)) is var by and >= 0) (passive, verbEnd) = (true, by + 2);
        var refs = officials.In(start, end).ToList();
        var before = refs.LastOrDefault(r => r.End <= at);
        var after = refs.FirstOrDefault(r => r.Start >= verbEnd);
        if (before is null || after is null || after.Start - verbEnd > GuestReach) return null;
        if (Words.Any(text, Received, verbEnd, after.Start) || Words.Any(text, Elsewhere, start, end)) return null;
        if (WelcomeVerbs.Contains(verb) && !text[verbEnd..after.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .All(w => GuestDeterminers.Contains(w) || (char.IsUpper(w[0]) && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))))
            // "welcomed President Y's decision": the official owns what is welcomed.
            || text.AsSpan(after.End).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(after.End).StartsWith("’s", StringComparison.Ordinal))
            return null;
        var (host, guest) = passive ? (after.Official, before.Official) : (before.Official, after.Official);
        if (guest.Name is null || host == guest || (host.Name is not null && PersonNames.Same(host.Name, guest.Name))) return null;
        var guestCountry = guest.Country ?? (host.Country is null ? null : pair.Other(host.Country));
        var hostCountry = host.Country ?? (guestCountry is null ? null : pair.Other(guestCountry));
        if (guestCountry is null || hostCountry is null || guestCountry == hostCountry || !pair.Contains(guestCountry) || !pair.Contains(hostCountry)) return null;
        var mentions = context.MentionsIn(sentence).Where(m => m.Start >= start && m.End <= end).ToList();
        // "received in New York", "received in Ankara" (the guest's own capital): a place outside the host's country.
        var placed = mentions.Where(m => m.Kind == MentionKind.Place && m.Countries.Count == 1 && Words.Before(text, m.Start) is "in" or "at").ToList();
        if (placed.Any(m => m.Countries[0] != hostCountry)) return null;
        var dates = Dates(context, sentence, start, end, at, within: false, refs);
        if (dates is null) return null;
        var (first, last, endOnly, ongoing) = dates.Value;
        var places = placed.Select(m => new Place(m.Canonical, hostCountry)).DistinctBy(p => p.Name).ToList();
        return new VisitCandidate(guest with { Country = guestCountry }, guestCountry, hostCountry, first, last, VisitKinds.In(text, start, end), places, context.Evidence(sentence))
            { EndOnly = endOnly, Ongoing = ongoing };
    }

    /// <summary>
    /// "the talks between visiting Chinese Foreign Minister X and Y on Sunday", "Visiting Deputy Prime Minister X met Y on
    /// March 4": an official called "visiting" is on a trip to the other side of the pair, in the month of what the clause dates
    /// (the day it tells is one of the stay, not its first). Nothing when the official's country or the clause's date is unknown.
    /// </summary>
    private static VisitCandidate? Guest(ArticleContext context, ArticleOfficials officials, Sentence sentence, int start, int end)
    {
        if (context.Pair is not { } pair) return null;
        var text = context.Text;
        var at = Words.Find(text, "visiting", start, end);
        if (at < 0 || Words.Before(text, at) is "is" or "was" or "are" or "were" or "be" or "been" or "while" or "when" or "after" or "before") return null;
        var refs = officials.In(start, end).ToList();
        var guest = refs.FirstOrDefault(r => r.Start >= at + "visiting".Length);
        if (guest is null || guest.Official.Name is null || text[(at + "visiting".Length)..guest.Start].Trim().Length > 0) return null;
        var mentions = context.MentionsIn(sentence).Where(m => m.Start >= start && m.End <= end).ToList();
        // An official of no known country is the guest of the one country of the pair whose places the clause names ("in Copenhagen").
        var hosts = mentions.Where(m => m.Kind == MentionKind.Place && m.Countries.Count == 1 && pair.Contains(m.Countries[0])).Select(m => m.Countries[0]).Distinct().ToList();
        var from = guest.Official.Country ?? (hosts.Count == 1 ? pair.Other(hosts[0]) : null);
        if (from is null || !pair.Contains(from) || pair.Other(from) is not { } to || hosts.Any(h => h != to)) return null;
        var dates = Dates(context, sentence, start, end, at, within: true, refs);
        if (dates is null) return null;
        var month = dates.Value.Start.Truncate(DatePrecision.Month);
        if (month.Precision != DatePrecision.Month) return null;
        var places = PlacesOf(mentions, to);
        return new VisitCandidate(guest.Official with { Country = from }, from, to, month, month, VisitKinds.In(text, start, end), places, context.Evidence(sentence));
    }

    /// <summary>The trip word follows "for a"/"for an" after an arrival verb of its clause: "arrived in X on Monday for a state visit".</summary>
    private static bool ForArrival(string text, int start, int at)
    {
        var arrival = Words.FindFirst(text, PastArrivals, start, at);
        if (arrival.At < 0) return false;
        var (purpose, _) = Words.FindFirst(text, ForA, arrival.At, at);
        return purpose >= 0 && at - purpose <= 40 && !text.AsSpan(purpose, at - purpose).Contains(',');
    }

    private static readonly string[] ForA = ["for a", "for an", "for his", "for her", "for their"];

    /// <summary>A country outside the pair named after the trip word as where someone goes: "to Britain", "in France", "visiting Peru".</summary>
    private static bool ToThirdCountry(string text, List<GazetteerMention> mentions, int triggerEnd, CountryPair pair) =>
        mentions.Any(m => m.Start >= triggerEnd && m.Kind == MentionKind.Country && !m.IsDemonym && m.Countries.Count == 1 && !pair.Contains(m.Countries[0])
            && Words.Before(text, m.Start) is "to" or "in" or "visiting");

    /// <summary>"trip to South America …": "to" and a capitalised name right after the trip word.</summary>
    private static bool DirectedElsewhere(string text, int triggerEnd, int end)
    {
        var rest = text.AsSpan(triggerEnd, end - triggerEnd).TrimStart();
        if (!rest.StartsWith("to ", StringComparison.Ordinal)) return false;
        rest = rest[3..].TrimStart();
        // "a visit to the East African nation" describes a country rather than naming one.
        return rest.Length > 0 && char.IsUpper(rest[0]) && !rest.StartsWith("The ", StringComparison.Ordinal);
    }

    /// <summary>Both countries of the pair named after "to", "in" or "and" following the trip phrase in its clause.</summary>
    private static bool TravelsToBoth(ArticleContext context, List<GazetteerMention> mentions, int triggerEnd, int end, CountryPair pair)
    {
        // "the visit to Mozambique by X and the visit to Hanoi by Y" are two trips: read up to the next trip word only.
        var next = Words.FindFirst(context.Text, NounTriggers, triggerEnd, end).At;
        if (next >= 0) end = next;
        var reached = mentions
            .Where(m => m.Start >= triggerEnd && m.End <= end && m.Countries.Count == 1 && pair.Contains(m.Countries[0]) && !m.IsDemonym
                && Words.Before(context.Text, m.Start) is "to" or "in" or "and" or "visit" or "visiting")
            .Select(m => m.Countries[0]).Distinct().Count();
        return reached == 2;
    }

    /// <summary>
    /// The official a trip phrase belongs to: "visit ... by/of X", "X's visit", "X, who arrived",
    /// or the nearest official before the phrase (the clause's subject).
    /// </summary>
    private static Official? Visitor(string text, List<OfficialRef> refs, int start, int at, int triggerEnd)
    {
        foreach (var r in refs)
        {
            if (r.Start < triggerEnd || r.Start > triggerEnd + 60) continue;
            var gap = text[triggerEnd..r.Start];
            // "visited Moscow at the invitation of President X": the one who invites is the host.
            if (gap.Contains("invitation", StringComparison.OrdinalIgnoreCase)) continue;
            // "X's visit to Manila as well as the trips to Spain made by Y": a "by" past another trip word tells who made that one.
            if (Words.Any(gap, TripWords, 0, gap.Length)) continue;
            foreach (var word in new[] { "by", "of" })
            {
                var w = Words.Find(gap, word, 0, gap.Length);
                if (w >= 0 && gap.Length - (w + word.Length) <= 10 && !gap.Contains(',')) return r.Official;
            }
        }
        OfficialRef? before = null;
        // "X, invited by her counterpart Y, will visit Japan": the one who invites is the host, not the traveller.
        foreach (var r in refs)
            if (r.End <= at && !OtherPredicates.Governs(text, Inviters, start, r.Start)) before = r;
        if (before is null) return Fronted(text, refs, start, at, triggerEnd);
        var between = text[before.End..at];
        var tail = text.AsSpan(before.Start, before.End - before.Start);
        var possessive = tail.EndsWith("'s", StringComparison.Ordinal) || tail.EndsWith("’s", StringComparison.Ordinal)
            || between.StartsWith("'s", StringComparison.Ordinal) || between.StartsWith("’s", StringComparison.Ordinal);
        if (possessive) return between.Length <= 25 ? before.Official : null;
        // "X said he values his counterpart's visit": a possessor other than the official owns the trip, so whose it is stays unclear.
        if (OwnedByAnother(between)) return null;
        // "X and Y met during the former's visit": the first of the two officials named before.
        if (Owner(between) == "former")
        {
            var index = refs.IndexOf(before);
            var earlier = index > 0 ? refs.Take(index).LastOrDefault(r => r.End <= before.Start && r.Official != before.Official) : null;
            return earlier is not null && text[earlier.End..before.Start].Contains(" and ", StringComparison.Ordinal) ? earlier.Official : null;
        }
        // Otherwise the clause's subject: "X told business leaders in Santiago during a visit".
        return before.Official;
    }

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };
    private static readonly HashSet<string> PossessivePronouns = new(StringComparer.OrdinalIgnoreCase) { "his", "her" };
    // Words that may open a clause before its pronoun subject: "as he visited Dakar", "and she then travelled to Lima".
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase) { "as", "when", "while", "and", "but", "then", "after", "later" };
    // Verbs whose object trip is the subject's own: "He paid an official visit to Laos", "She began a tour of Chile".
    private static readonly HashSet<string> MakeTripVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "paid", "pays", "paying", "made", "makes", "making", "began", "begins", "started", "starts", "undertook", "undertakes", "pay", "make", "undertake", "concluded", "concludes", "ended", "ends", "on" };

    /// <summary>How many words may stand between a pronoun subject and its verb of arrival ("He also briefly visited").</summary>
    private const int PronounVerbGap = 3;

    /// <summary>How many words may stand between a pronoun subject and "his"/"her" trip ("He thanked the hosts for the welcome during his visit").</summary>
    private const int PronounPossessiveGap = 15;

    /// <summary>
    /// "He paid an official visit to Laos on October 29", "She visited Algeria", "He recalled his visit to Baku in August": a clause
    /// whose subject is "he" or "she", with no official named before the trip word, tells of the trip of the one official the
    /// sentence before names. Null when that sentence names none or several, or when the trip may be another's ("He welcomed the visit").
    /// </summary>
    private static Official? PronounVisitor(ArticleContext context, ArticleOfficials officials, Sentence sentence, List<OfficialRef> refs, int start, int at, bool isNoun)
    {
        var text = context.Text;
        if (refs.Any(r => r.End <= at)) return null;
        // The clause's words as ranges of the text, read in place: no substring per word.
        var clause = WordsOf(text, start, at);
        // "He will pay official visits to A and B": a plural trip noun takes no article, only the verb of making the trips.
        if (isNoun && TourTriggers.Any(t => Words.Find(text, t, at, at + t.Length) == at))
        {
            var verb = Array.FindLastIndex(clause, w => MakeTripVerbLookup.Contains(text.AsSpan()[w]));
            return verb > 0 && clause[(verb + 1)..].All(w => IsLowerWord(text.AsSpan()[w]) && !IsDeterminer(text.AsSpan()[w]))
                && SubjectWords(text, clause[..verb]) is { } subject && subject.Length <= PronounVerbGap && subject.All(w => IsLowerWord(text.AsSpan()[w]))
                ? SoleOfficialBefore(context, officials, sentence) : null;
        }
        if (!isNoun)
            // "He visited", "She also travelled to": only adverbs between the pronoun and its verb.
            return SubjectWords(text, clause) is { } rest && rest.Length <= PronounVerbGap && rest.All(w => IsLowerWord(text.AsSpan()[w]))
                ? SoleOfficialBefore(context, officials, sentence) : null;
        // The trip noun's determiner, past its adjectives ("his first official", "a two-day state").
        var d = clause.Length - 1;
        while (d >= 0 && !IsDeterminer(text.AsSpan()[clause[d]]) && IsAdjectiveLike(text.AsSpan()[clause[d]])) d--;
        if (d < 0) return null;
        if (PossessiveLookup.Contains(text.AsSpan()[clause[d]]))
        {
            // "He thanked the hosts for the welcome during his first visit": the subject may open the sentence, before the clause.
            if (officials.In(sentence.Start, at).Any()) return null;
            return SubjectWords(text, WordsOf(text, sentence.Start, at)) is { } rest && rest.Length <= PronounPossessiveGap ? SoleOfficialBefore(context, officials, sentence) : null;
        }
        // "He paid an official visit": a verb of making the trip right before its article.
        if (!IsDeterminer(text.AsSpan()[clause[d]]) || d == 0 || !MakeTripVerbLookup.Contains(text.AsSpan()[clause[d - 1]])) return null;
        return SubjectWords(text, clause[..(d - 1)]) is { } before && before.Length <= PronounVerbGap && before.All(w => IsLowerWord(text.AsSpan()[w]))
            ? SoleOfficialBefore(context, officials, sentence) : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronounLookup = SubjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessiveLookup = PossessivePronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpenerLookup = ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MakeTripVerbLookup = MakeTripVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of text[start, end), split at spaces, as ranges of the text.</summary>
    private static Range[] WordsOf(string text, int start, int end)
    {
        var words = new List<Range>();
        for (var i = start; i < end;)
        {
            while (i < end && text[i] == ' ') i++;
            var wordStart = i;
            while (i < end && text[i] != ' ') i++;
            if (i > wordStart) words.Add(wordStart..i);
        }
        return words.ToArray();
    }

    /// <summary>The words after a pronoun subject opening the span (past "as", "and"), or null when no "he"/"she" opens it or another one follows.</summary>
    private static Range[]? SubjectWords(string text, Range[] words)
    {
        var i = 0;
        while (i < words.Length && ClauseOpenerLookup.Contains(text.AsSpan()[words[i]])) i++;
        if (i >= words.Length || !SubjectPronounLookup.Contains(text.AsSpan()[words[i]])) return null;
        var rest = words[(i + 1)..];
        return rest.Any(w => SubjectPronounLookup.Contains(text.AsSpan()[w].Trim(",.;"))) ? null : rest;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLower(c) && c != '-') return false;
        return true;
    }

    /// <summary>Lower-case letters, digits and hyphens: a word that may stand between a determiner and the trip noun ("first", "two-day").</summary>
    private static bool IsAdjectiveLike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLower(c) && !char.IsDigit(c) && c != '-') return false;
        return true;
    }

    /// <summary>How many capitalised words may open a sentence before its subject.</summary>
    private const int SubjectOpening = 3;

    private static bool IsDeterminer(ReadOnlySpan<char> word) => PossessiveLookup.Contains(word) || word is "a" or "an" or "the";

    /// <summary>The official the nearest sentence before that names any (within two) names alone, or opens on as its subject.</summary>
    private static Official? SoleOfficialBefore(ArticleContext context, ArticleOfficials officials, Sentence sentence)
    {
        for (var k = sentence.Index - 1; k >= Math.Max(0, sentence.Index - 2); k--)
        {
            if (k >= context.Sentences.Count || context.Sentences[k].Index != k) return null;
            var previous = context.Sentences[k];
            var named = officials.In(previous).Where(r => r.Official.Name is not null).Select(r => r.Official).ToList();
            var people = context.PeopleIn(previous).Select(p => p.Name).ToList();
            if (named.Count == 0 && people.Count == 0) continue;
            var first = named.FirstOrDefault();
            if (first is null) return null;
            var sole = named.All(o => PersonNames.Same(o.Name!, first.Name!)) && people.All(p => PersonNames.Same(p, first.Name!));
            // "X thanked Y for the invitation. He recalled his visit": a pronoun subject takes up the subject before, the official opening that sentence.
            var subject = officials.In(previous).First(r => r.Official.Name is not null);
            var opening = context.Text[previous.Start..subject.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Only a form of address or a fronted phrase of capitalised words ("H.E. Dr.", "On Monday,") before it.
            var opens = opening.Length <= SubjectOpening && opening.All(w => char.IsUpper(w[0])) && PersonNames.Same(people.FirstOrDefault() ?? first.Name!, first.Name!);
            return (sole || opens) && first.Country is not null ? first : null;
        }
        return null;
    }

    /// <summary>How far before the trip word a possessive still belongs to its noun phrase ("the minister's first official visit").</summary>
    private const int OwnerReach = 30;

    /// <summary>
    /// A common noun in the possessive among the few words right before the trip word, with no comma between: "his counterpart's
    /// visit", "the guest's visit". A name ("Marcos Jr.'s") is the official's own; "the latter's" points back at the official.
    /// </summary>
    private static bool OwnedByAnother(string between)
    {
        var owner = Owner(between);
        if (owner is null || owner is "latter" or "former") return false;
        if (char.IsLower(owner[0])) return true;
        var cut = between.LastIndexOf(owner, StringComparison.Ordinal);
        // "during the President's visit": an office after "the" points back at the official.
        if (cut > 0 && Words.Before(between, cut) == "the") return false;
        // "X says the trip builds on Prime Minister Y's visit": a name in the possessive after words of another clause is another
        // official's (one the reader may not know as such); a possessive right after the official's own name ("Jr.'s") is his.
        return cut > 0 && between[..cut].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 1 && w.All(char.IsLower));
    }

    /// <summary>The possessor among the few words right before the trip word, with no comma between ("counterpart" in "his counterpart's visit"), or null.</summary>
    private static string? Owner(string between)
    {
        var near = between.AsSpan(Math.Max(0, between.Length - OwnerReach));
        var comma = near.LastIndexOf(',');
        if (comma >= 0) near = near[(comma + 1)..];
        foreach (var mark in Possessives)
        {
            var at = near.IndexOf(mark, StringComparison.Ordinal);
            if (at <= 0) continue;
            var word = near[..at];
            var space = word.LastIndexOf(' ');
            word = word[(space + 1)..];
            if (word.Length > 1) return word.ToString();
        }
        return null;
    }

    private static readonly string[] Possessives = ["'s ", "’s ", "s' ", "s’ "];

    /// <summary>How long the words before a fronted trip word may be ("On an official visit", "During her state visit").</summary>
    private const int FrontedOpening = 30;
    private const int FrontedPhrase = 100;

    /// <summary>
    /// "On an official visit to Côte d'Ivoire from May 29 to June 1, 2025, Senegalese Prime Minister X held talks":
    /// a trip phrase opening the clause belongs to the official named right after the comma that closes it.
    /// </summary>
    private static Official? Fronted(string text, List<OfficialRef> refs, int start, int at, int triggerEnd)
    {
        var opening = text.AsSpan(start, at - start).TrimStart();
        if (at - start > FrontedOpening || !(opening.StartsWith("On ", StringComparison.OrdinalIgnoreCase) || opening.StartsWith("During ", StringComparison.OrdinalIgnoreCase))) return null;
        var next = refs.FirstOrDefault(r => r.Start >= triggerEnd);
        return next is not null && next.Start - triggerEnd <= FrontedPhrase && text.AsSpan(triggerEnd, next.Start - triggerEnd).TrimEnd().EndsWith(",")
            ? next.Official
            : null;
    }

    /// <summary>The trip's dates: the first date after the phrase (else the last before it), widened by "until X" or "a two-day visit".</summary>
    // Arrival verbs in the past: a weekday they govern has come ("arrived in Buenos Aires late Sunday", whatever "will" follows).
    private static readonly HashSet<string> PastArrivals = new(StringComparer.OrdinalIgnoreCase)
        { "arrived in", "arrived at", "arrived to", "came to", "was in", "travelled to", "traveled to", "flew to", "visited", "was visiting", "was staying in", "left for", "departed for" };

    private static (IsoDate Start, IsoDate End, bool EndOnly, bool Ongoing)? Dates(ArticleContext context, Sentence sentence, int start, int end, int at, bool within, List<OfficialRef> refs, bool past = false, bool concluded = false, int noun = -1, bool ended = false)
    {
        // An announced trip ("the upcoming visit ... from May 11-12") comes in the article's own year, even one guessed from its text.
        // A trip told by a past verb has been made: a plan word of the clause is another predicate's ("Y's planned trip comes a
        // month after X visited Bangkok on May 8-9", "Y will return the visit that X made after X visited Seoul in 2017").
        var announced = !past && Words.Any(context.Text, Plans, start, at);
        // "Y arrived on Friday in preparation for the visit of X", "On Monday, Y shared the details of X's visit": the trip is the
        // aim or the topic of another act, which a date before the trip word dates.
        var prepared = noun >= 0 && OtherPredicates.IsAimOrTopic(context.Text, start, at);
        var dates = GuessedYears.Settled(context, sentence, context.DatesIn(sentence), keepGuesses: announced)
            .Where(d => d.Start >= start && d.End <= end && !Datelines.IsDateline(context.Text, sentence, d) && !BareWeekdays.IsUnplaced(context.Text, d))
            // “X departed for China today”, quoted from a post: a day counted from when the words were said is unknown.
            .Where(d => !OtherPredicates.InQuotedWords(context.Text, sentence.Start, d))
            // "the first visit since taking office on Nov 24": a date after "since" dates something else.
            .Where(d => d.Start < at || !Words.Any(context.Text, OtherEventLinks, at, d.Start))
            .Where(d => d.Start < at || !CountedFrom(context.Text, start, at, d.Start))
            // "towards the partnership's tenth anniversary (2015-2025)", "the 2030 Expo", "talks ..., as well as the visit in 2022".
            .Where(d => !OtherPredicates.NamesNoTime(context.Text, d) && !OtherPredicates.AfterOtherEvent(context.Text, at, d))
            // "invited X for a state visit following his visit to Pretoria in October 2010": a date after a trip set before or
            // after this one dates that other trip.
            .Where(d => d.Start < at || !Words.Any(context.Text, OtherTrips, at + 1, d.Start))
            // "X's visit comes after a visit by Y to India on 24 January": past a second trip noun, a date is that trip's.
            .Where(d => noun < 0 || d.Start < noun || !Words.Any(context.Text, TripWords, noun, d.Start))
            // "In preparation for the visit of X to Nepal, Foreign Minister Y visited Nepal from July 25": past a comma, another
            // official who travels dates his own trip.
            .Where(d => noun < 0 || d.Start < noun || !OtherTraveller(context.Text, refs, noun, d.Start))
            .Where(d => d.Start >= at || !prepared)
            // "the first to visit Portugal, although, in 1991, Y visited Algeria", "While this is X's first visit to India, Delhi
            // hosted Y in 1996": a date in the statement the sentence sets against the trip is that statement's.
            .Where(d => d.Start < at || !AcrossConcession(context.Text, start, at, d.Start))
            // "X on Monday said her recent visit to Japan …": a date before a reporting verb that leads to the trip word dates the
            // saying; one in a relative clause hung on another noun ("the dialogue started when Y took office in October") that noun.
            .Where(d => d.Start >= at || !(Words.Any(context.Text, ReportingVerbs, d.End, at)
                || (Words.Any(context.Text, ReportingVerbs, Math.Max(start, d.Start - ReportedReach), d.Start) && Words.Any(context.Text, That, d.End, at))))
            // "X will visit Chile soon, said a statement on Monday", "Y said this at a briefing on X's trip to Chile on Monday": past a
            // reporting verb that takes no reported words, the clause tells when it was said, not when the trip is.
            .Where(d => !Attributed(context.Text, start, d.Start))
            // ("Doha, where he arrived on Monday" still tells of the trip).
            .Where(d => !OtherPredicates.InOtherRelative(context.Text, at, d, relatives: NonPersonRelatives) || Words.Any(context.Text, Arrived, at, d.Start) || Words.Any(context.Text, TookPlace, at, d.Start))
            .Select(d => d with { From = NearPublication.Adjust(d.From, d.Relative, context.Published), To = NearPublication.Adjust(d.To, d.Relative, context.Published) })
            .ToList();
        if (context.Published is { } published && !past && Words.Any(context.Text, Plans, start, end))
            dates = dates.Select(d => d.Relative ? d with { From = Later(d.From, published), To = Later(d.To, published) } : d).ToList();
        // A trip told without a plan word has happened: a year after the publication's ("support for the term 2028-2029,
        // days after X visited") dates something else.
        else if (context.Published is { } issued)
        {
            // The reader, taking a plan word of another predicate for the sentence's tense, may put a year-less day of a trip
            // told by a past verb after publication ("a month after X visited Bangkok on May 8-9" in a story of June): it was
            // that day before.
            if (past) dates = dates.Select(d => d.Relative ? d with { From = Earlier(d.From, issued), To = Earlier(d.To, issued) } : d).ToList();
            dates = dates.Where(d => d.From.Year <= issued.Year).ToList();
        }
        // "the upcoming visit of X" is still to come: a date over before the month of publication ("Y had visited in July 2016
        // and the upcoming visit of X") tells of something past.
        if (announced && context.Published is { } stated && !context.Article.PublishedInferred)
            dates = dates.Where(d => d.To.LastDay >= stated.Truncate(DatePrecision.Month).FirstDay).ToList();
        dates = dates.Select(d => DatelineWeekdays.Adjust(context, d, announced && !past))
            .Select(d => past ? NearPublication.PastWeekday(context.Text, d, context.Published) : d).ToList();
        var index = dates.FindIndex(d => d.Start >= at);
        // "X on Monday began a visit to Cuba as part of a tour for the summit it hosts later this year": a date right
        // before the trip word is the trip's when the first one after it lies far on, in what the sentence goes on to tell.
        // Not when the visitor is named after the trip word ("the visit to Hanoi by X in April 2016"): the date after tells of that trip.
        if (index > 0 && !within && dates[index].Start - at > FarAfter && at - dates[index - 1].End <= NearBefore
            && !context.Text[dates[index - 1].End..at].Contains(',') && !refs.Any(r => r.Start >= at && r.Start < dates[index].Start)) index--;
        if (index < 0) index = within ? -1 : dates.Count - 1;
        // "She is visiting Nepal in preparation for the visit of X": the present tense is the preparing trip's.
        if (index < 0) return dates.Count == 0 && !prepared ? Ongoing(context, start, end, at) : null;
        var date = dates[index];
        if (date.IsPeriod) return (date.From, date.To, false, false);
        if (DayPairs.FirstDay(context.Text, date.Start, date.From) is { } first) return (first, date.To, false, false);
        if (index + 1 < dates.Count)
        {
            var next = dates[index + 1];
            var gap = context.Text[date.End..next.Start];
            var last = next.To < date.From && next.Relative ? NextYear(next.To) : next.To;
            if (gap.Length < 60 && Words.Any(gap, SpanJoints, 0, gap.Length) && last > date.From) return (date.From, last, false, false);
        }
        // "returned home on Friday after a visit to Chile": a day before the trip word that the trip comes after is its last.
        concluded = concluded || (ended && date.End <= at);
        // "concluded his two-day visit on Tuesday": the day is the last of the stay, which began the days before.
        if (date.From.Precision == DatePrecision.Day && TripLength.In(context.Text, start, end) is { } days)
            return concluded
                ? (IsoDate.Of(date.From.FirstDay.AddDays(1 - days)), date.From, false, false)
                : (date.From, IsoDate.Of(date.From.FirstDay.AddDays(days - 1)), false, false);
        // The last day of a stay whose first the clause does not tell completes another reading of the trip, if any.
        var endOnly = (concluded && date.From == date.To) || Words.Before(context.Text, date.Start) is "until" or "till" or "through";
        return (date.From, date.To, endOnly, false);
    }

    // "the first state visit after the king's accession in 2013", "their first to Chile following the 2019 election": a trip
    // counted as the first since some event is set against that event, and a date past the "after" is the event's. A bare
    // "after" without the count does not tell so ("a council set up after a meeting with Y on December 13").
    private static readonly string[] Ordinals = ["first", "maiden"];
    private static readonly string[] Follows = ["after", "following"];

    /// <summary>
    /// A date past an "after" or "following" that comes after the trip word, the trip being counted as a first ("first" or
    /// "maiden" close before the trip word or between it and the "after"): the date is of the event the count starts from.
    /// </summary>
    private static bool CountedFrom(string text, int start, int at, int date)
    {
        var link = Words.FindFirst(text, Follows, at, date).At;
        return link >= 0 && Words.Any(text, Ordinals, Math.Max(start, at - NearBefore), link);
    }

    // Verbs telling one's own trip, whose subject is the traveller.
    private static readonly string[] TravelVerbs = ["visited", "arrived in", "arrived at", "travelled to", "traveled to", "flew to", "is visiting", "was visiting"];

    /// <summary>
    /// Between the trip word and a date, a comma, then an official, then a verb of travel: the date is that official's trip
    /// ("…, Foreign Minister Y visited Nepal from July 25"). A relative on the visitor ("…, who arrived in Hanoi on May 2")
    /// names no official before its verb.
    /// </summary>
    private static bool OtherTraveller(string text, List<OfficialRef> refs, int noun, int dateStart)
    {
        var verb = Words.FindFirst(text, TravelVerbs, noun, dateStart).At;
        if (verb <= noun) return false;
        var comma = text.LastIndexOf(',', verb - 1, verb - noun);
        return comma >= 0 && refs.Any(r => r.Start > comma && r.End <= verb);
    }

    // Words that set a second statement against the first: a date past them tells of that statement.
    private static readonly string[] Concessives = ["although", "though", "whereas"];
    private static readonly string[] ConcessiveOpenings = ["while", .. Concessives];

    /// <summary>
    /// A concessive word between the trip word and the date, or a clause opened by one ("While this is X's first visit to India,
    /// …") whose comma falls between them: the date is the other statement's.
    /// </summary>
    private static bool AcrossConcession(string text, int start, int at, int dateStart)
    {
        if (Words.Any(text, Concessives, at, dateStart)) return true;
        var first = start;
        while (first < at && !char.IsLetter(text[first])) first++;
        return Words.FindFirst(text, ConcessiveOpenings, first, at).At == first && text.AsSpan(at, dateStart - at).Contains(',');
    }

    // What a reporting verb takes when the reported words are elsewhere: "said this", "noted these".
    private static readonly string[] SayingObjects = ["this", "these"];

    /// <summary>
    /// A reporting verb between the clause's start and the date that closes a quote (right after a comma: ", said the ministry")
    /// or points to it ("said this"), with no comma between it and the date: the date is the saying's.
    /// </summary>
    private static bool Attributed(string text, int start, int dateStart)
    {
        var from = start;
        while (Words.FindFirst(text, ReportingVerbs, from, dateStart) is { At: >= 0 } verb)
        {
            var after = verb.At + verb.Phrase!.Length;
            var inverted = text.AsSpan(start, verb.At - start).TrimEnd().EndsWith(",");
            var next = after;
            while (next < dateStart && text[next] == ' ') next++;
            var pointed = Words.FindFirst(text, SayingObjects, next, dateStart).At == next;
            if ((inverted || pointed) && !text.AsSpan(after, dateStart - after).Contains(',')) return true;
            from = after;
        }
        return false;
    }

    // Verbs of leaving at the end of a stay: "X, who is on a two-day visit to Y, will fly out on Friday".
    private static readonly string[] Departures =
        ["will fly out", "flies out", "will leave", "leaves", "will depart", "departs", "will return home", "returns home", "will head home", "heads home"];

    /// <summary>How far after the trip word the departure verb may follow ("visit to the Kingdom of Tonga will fly out").</summary>
    private const int DepartureReach = 40;

    /// <summary>
    /// The visitor's leaving follows the trip phrase with no date between: the day after the verb is the stay's last
    /// ("who is on a three-day visit to Chile leaves on Friday").
    /// </summary>
    private static bool Departs(ArticleContext context, Sentence sentence, int triggerEnd, int end)
    {
        var (w, _) = Words.FindFirst(context.Text, Departures, triggerEnd, Math.Min(end, triggerEnd + DepartureReach));
        return w >= 0 && !context.DatesIn(sentence).Any(d => d.Start >= triggerEnd && d.Start < w);
    }

    // Words that put an act after a trip: "returned to the capital on Friday following a two-day visit".
    private static readonly string[] TripEnders = ["after", "following"];

    // Words that put an act inside a trip: "during the visit", "on the sidelines of his visit", "as part of her tour".
    private static readonly string[] Within = ["during", "on the sidelines of", "on the sideline of", "in the course of", "as part of", "within the framework of", "amid"];

    // Verbs that end a trip: "concluded a visit", "wrapped up his tour", and their participles hung on a leaving ("left Hanoi
    // on Tuesday, concluding his two-day visit": the day is the last of the stay).
    private static readonly string[] Concluding =
    [
        "concluded", "concludes", "concluding", "ended", "ends", "ending", "wrapped up", "wraps up", "wrapping up",
        "completed", "completes", "completing", "winding up", "wound up",
    ];

    private const int ConcludingReach = 45;
    private const int AnniversaryReach = 60;
    private const int OngoingCueLength = 16;
    private const int FarAfter = 60;
    private const int NearBefore = 30;

    /// <summary>
    /// The trip is what an invitation of the clause asks for: "invited X to visit", or the object of the infinitive of making a
    /// trip that follows the invitation ("an invitation to Y to make a state visit").
    /// </summary>
    private static bool InvitedTo(string text, int start, int at)
    {
        var invitation = Words.FindFirst(text, Invitations, start, at).At;
        // "At the invitation of X, Y is to pay a visit": past a comma, the clause tells the guest's own trip.
        if (invitation < 0 || text.AsSpan(invitation, at - invitation).Contains(',')) return false;
        return Words.Before(text, at) == "to" || OtherPredicates.Governs(text, InvitedTrips, invitation, at);
    }

    /// <summary>The trip word is the object of "during"/"as part of".</summary>
    private static bool IsWithin(string text, int start, int at) => OtherPredicates.Governs(text, Within, start, at);

    // A trip under way as the story is told: "Zuma is in Namibia on a two-day State visit", "X, who is on a four-day state visit".
    private static readonly string[] OngoingCues =
        ["is on", "are on", "is paying", "are paying", "is making", "is in", "are in", "is visiting", "are visiting", "is currently", "has arrived in", "has reached", "is here"];

    /// <summary>
    /// A trip under way in a story dated to the day by its outlet, with no date of its own: the story tells the day of the
    /// stay it was written on. With no length stated, or a one-day trip, that day is the one the story dates the trip by
    /// ("X is in Nairobi", "X, who is on a visit to the country"). A longer stated stay ("a three-day visit") began on one
    /// of the days before: its month when they all fall in the month of publication, else its start is open.
    /// </summary>
    private static (IsoDate Start, IsoDate End, bool EndOnly, bool Ongoing)? Ongoing(ArticleContext context, int start, int end, int at)
    {
        if (context.Published is not { Precision: DatePrecision.Day } published || context.Article.PublishedInferred) return null;
        // The cue may be the trigger itself: "X is in Nairobi for talks", "X is visiting Kenya".
        if (!Words.Any(context.Text, OngoingCues, start, at + 1) && Words.FindFirst(context.Text, OngoingCues, at, Math.Min(end, at + OngoingCueLength)).At != at) return null;
        var days = TripLength.In(context.Text, start, end);
        if (days is null or 1) return (published, published, false, true);
        if (published.Day < days) return null;
        var month = IsoDate.OfMonth(published.Year, published.Month);
        return (month, month, false, false);
    }

    /// <summary>A year-less date the reader put before the trip's start belongs to the year after ("from December 30 until January 2").</summary>
    private static IsoDate NextYear(IsoDate date) =>
        IsoDate.TryCreate(date.Year + 1, date.Month, date.Day, out var next) ? next : date;

    /// <summary>
    /// A year-less day of a trip made that the reader placed weeks after publication is the year before's. Days within weeks
    /// ("on Tuesday") and months or years counted from publication ("next year") are left as read.
    /// </summary>
    private static IsoDate Earlier(IsoDate date, IsoDate published) =>
        date.Precision == DatePrecision.Day && date.FirstDay.DayNumber - published.LastDay.DayNumber > NearReport
        && IsoDate.TryCreate(date.Year - 1, date.Month, date.Day, out var before) && before.FirstDay <= published.LastDay ? before : date;

    /// <summary>How many days from publication a year-less day may lie and still be read in the year the reader gave it.</summary>
    private const int NearReport = 21;

    /// <summary>A year-less date of a planned trip that the reader placed before publication is next year's.</summary>
    private static IsoDate Later(IsoDate date, IsoDate published) =>
        date.Truncate(published.Precision) < published && published.FirstDay.DayNumber - date.LastDay.DayNumber > NearReport && IsoDate.TryCreate(date.Year + 1, date.Month, date.Day, out var next)
        && next.Truncate(published.Precision) >= published ? next : date;
}
