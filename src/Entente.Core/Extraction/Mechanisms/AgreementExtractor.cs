using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;
using Entente.Core.Text.Time;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Treaties, agreements, memoranda and programmes of the article's pair, with when they were signed,
/// came into force and which years they cover. "The agreement was signed in May 2015" completes the
/// document named just before it; the same document named twice is reported once.
/// </summary>
public sealed class AgreementExtractor : IFactExtractor
{
    /// <summary>Heads that "the …" may point back with: a bare "the plan" or "the programme" is too vague.</summary>
    private static readonly HashSet<string> ReferringHeads = ["agreement", "treaty", "memorandum", "mou", "accord", "fta", "protocol", "convention", "pact"];

    /// <summary>Real articles name a few dozen documents; the cap keeps matching linear on text built to repeat names.</summary>
    private const int MaxRecords = 64;

    /// <summary>How many sentences back "the meeting" of a signing sentence may have been dated.</summary>
    private const int EventReach = 4;

    /// <summary>How many sentences apart two mentions of one document may be and still share their dates.</summary>
    private const int Reach = 2;

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) return [];
        var records = new List<AgreementRecord>();
        // Treaties a side joins are many states', also where the article names them again.
        var joined = new HashSet<string>(StringComparer.Ordinal);
        AgreementRecord? latest = null;
        (string Day, int Sentence)? lastDay = null;
        var newsDay = NewsDay(context);
        // The last signing told as done, and the sentence of it or of the last item of the list it opened.
        (string? Day, int Sentence)? lastSigning = null;
        // Whether that signing was the pair's: the two sides named, or "the two leaders" of the pair, and no third country.
        var lastSigningByPair = false;
        // The sentence that signing was told in, whose count of documents the fields restated after it must agree with.
        SentenceView? lastSigningView = null;
        foreach (var sentence in context.Sentences)
        {
            var toldBefore = lastSigning;
            var toldBeforeByPair = lastSigningByPair;
            var toldBeforeView = lastSigningView;
            var view = context.View(sentence);
            var spans = AgreementNameFinder.Find(view);
            var eventDay = lastDay is { } day && sentence.Index - day.Sentence <= EventReach ? day.Day : null;
            // A stay of days within one month ("on December 12-13") dates what follows to that month.
            var days = view.Dates.Where(d => d.From.Precision == DatePrecision.Day && (!d.IsPeriod || SameMonth(d))).ToList();
            if (days.Count > 0) lastDay = (days[^1].IsPeriod ? days[^1].From.Truncate(DatePrecision.Month).ToString() : days[^1].From.ToString(), sentence.Index);
            var signing = AgreementDates.SigningOf(view, eventDay, newsDay, lastSigning is { } just && sentence.Index - just.Sentence == 1 ? just.Day : null);
            var listDay = !signing.Told && lastSigning is { } signedBefore && ContinuesList(context, view, sentence, signedBefore.Sentence) ? signedBefore.Day : null;
            if (signing.Told || listDay is not null)
            {
                lastSigning = (signing.Told ? signing.Day : listDay, sentence.Index);
                lastSigningView = view;
            }
            var lists = AgreementLists.Find(view);
            var thirdCountry = PairCheck.ThirdCountryOutside(view, spans, pair);
            // "the two leaders inked agreements on …": whose leaders the sentence's people say; a third country's gives nothing.
            bool? othersNamedKnown = null;
            bool OthersNamed() => othersNamedKnown ??= context.People.Any(p => p.Country is { } c && !pair.Contains(c) && p.Start >= sentence.Start && p.Start < sentence.End);
            // Unnamed signatories ("the two leaders") may be of another pair the article speaks of: the sentence must name a side.
            var sideNamed = view.Mentions.Any(m => m.Kind == Gazetteers.MentionKind.Country && m.Code is { } code && pair.Contains(code));
            if (signing.Told)
                lastSigningByPair = !thirdCountry && !OthersNamed() && (sideNamed || SignatorySides(context, view, sentence, pair) is not null);
            // "… signed eight agreements. The agreements cover A, B and C.": the fields of the documents just told, dated by that signing.
            if (lists.Count == 0 && toldBefore is { } told && toldBeforeByPair && sentence.Index - told.Sentence <= 2
                && !thirdCountry && AgreementLists.Restated(view) is { } restated && !OthersNamed()
                // "signed eight memoranda. The agreements cover A, B and C": fields fewer or more than the documents counted are their topics.
                && !AgreementLists.CountsOtherThan(view, restated.Fields.Count) && !(toldBeforeView is { } toldView && AgreementLists.CountsOtherThan(toldView, restated.Fields.Count)))
            {
                foreach (var (first, last) in restated.Fields)
                {
                    var field = context.Text[view.Tokens[first].Start..view.Tokens[last].End];
                    latest = Merge(records, new AgreementRecord($"{restated.Head} on {field}", restated.Head + " " + NameKey.CoreOf(view, first, last), pair.Codes,
                        new AgreementDates(told.Day, null, null), sentence.Index));
                }
                lastSigning = (told.Day, sentence.Index);
                lastSigningByPair = true;
            }
            if (spans.Count == 0 && lists.Count == 0) continue;
            var listParties = lists.Count == 0 ? null : !thirdCountry && !OthersNamed() && sideNamed ? pair.Codes : SignatorySides(context, view, sentence, pair)
                // "The cooperation was formalised through the signing of memoranda in five areas …": a sentence naming nobody goes on with the sides just named.
                ?? (NobodyNamed(context, view, sentence) && PairNamedBefore(context, sentence, pair) ? pair.Codes : null);
            if (listParties is not null)
            {
                foreach (var list in lists)
                {
                    var listDates = AgreementDates.Read(view, [list.Span], eventDay, newsDay)[0];
                    // "Six agreements were signed during the visit, in the following areas: …": the verb stands inside the list's span.
                    if (listDates.Signed is null && signing is { Told: true, Day: { } signingDay }) listDates = listDates with { Signed = signingDay };
                    foreach (var (first, last) in list.Fields)
                    {
                        var field = context.Text[view.Tokens[first].Start..view.Tokens[last].End];
                        var core = list.Head + " " + NameKey.CoreOf(view, first, last);
                        latest = Merge(records, new AgreementRecord($"{list.Head} on {field}", core, listParties, listDates, sentence.Index));
                    }
                }
            }
            var dates = AgreementDates.Read(view, spans, eventDay, newsDay, listDay);
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                if (span.IsReference)
                {
                    if (latest is not null && ReferringHeads.Contains(span.Head) && view.Is(span.First - 1, "the", "this")
                        && sentence.Index - latest.LastSentence <= Reach && dates[i] is { Signed: not null } or { InForce: not null })
                        latest.Complete(dates[i], sentence.Index, ToCome(view, span) == Signing.Planned);
                    continue;
                }
                var key = NameKey.CoreOf(view, span.First, span.Last);
                // "this new free trade agreement", "the border agreement": a lower-case name pointing back is a document named before.
                if (PointsBack(view, span) is var back and not Back.None)
                {
                    var antecedent = records.LastOrDefault(r => r.HasWordsOf(key));
                    if (antecedent is not null)
                    {
                        if (sentence.Index - antecedent.LastSentence <= Reach) antecedent.Complete(dates[i], sentence.Index, ToCome(view, span) == Signing.Planned);
                        latest = antecedent;
                        continue;
                    }
                    if (back == Back.Demonstrative) continue;
                }
                if (Joined(view, span)) joined.Add(key);
                var toCome = ToCome(view, span);
                // A planned signing is told with "expected", "would … soon" or "intends": only doubts ("could", "may consider") hedge it.
                if (toCome == Signing.Talked || HedgeCues.Near(view, span.First, span.Last, 6, 4, planCues: toCome != Signing.Planned) || WithNonState(view, span, pair)
                    || ActOfAgreeing(view, span) || OfGroup(view, span, pair) || OfAllStates(context.Text, view, span) || NamedForRegion(view, span, pair) || NamedForThirdPlace(view, span, pair) || ManySided(view, span) || PlanNotAdopted(view, span) || OneSidesPlan(view, span, pair) || AimOfAnother(view, spans, i)
                    || joined.Contains(key)) continue;
                if (DescribesPrevious(view, spans, i) || NamedNext(view, spans, i, pair)) continue;
                var parties = PairCheck.Parties(view, span, thirdCountry, pair, blocMayBeParty: true)
                    // "the Ukrainian president and the Italian prime minister signed a security agreement" in a story read as another
                    // pair's: a signing told in a sentence that names two countries, one of them a side, is theirs.
                    ?? (signing.Told && SentencePair(context, view, sentence, pair) is { } own ? PairCheck.Parties(view, span, false, own, blocMayBeParty: true) : null);
                if (parties is null) continue;
                // "the free trade agreement signed by A and the Eurasian Economic Union", "the pact inked between Rome and Paris": who signed.
                if (SignedAfterBy(view, span) is var (signers, bloc))
                {
                    if (signers.Any(c => !parties.Contains(c))) continue;
                    if (bloc is not null && signers.Count == 1) parties = [signers[0], bloc];
                }
                var planned = toCome == Signing.Planned;
                // Who plans to sign must be the pair: named in the sentence, or the sides the sentences before speak of ("They also agreed on signing …").
                if (planned && !sideNamed && !PairNamedBefore(context, sentence, pair)) continue;
                var record = new AgreementRecord(span.Name ?? context.Text[span.Start..span.End], key, parties, dates[i], sentence.Index, planned)
                {
                    DescribedHead = OnlyDescribes(view, span) && !ListedBesideTitle(view, spans, i) ? span.Head : null,
                };
                latest = Merge(records, record);
            }
        }
        return records.Where(r => !DescribesTitled(r, records)).Select(r => r.ToFact(context));
    }

    /// <summary>
    /// Heads that name one kind of document: "a free trade pact" or "the unique treaty" may be the titled "Economic Partnership
    /// Agreement"; a protocol or a memorandum is another kind than an agreement.
    /// </summary>
    private static readonly string[][] DocumentKinds =
    [
        ["agreement", "treaty", "pact", "accord", "fta"], ["memorandum", "mou"], ["declaration", "statement", "communique", "communiqué"],
        ["plan", "programme", "program", "roadmap"], ["protocol"], ["convention"], ["charter"], ["arrangement"],
    ];

    /// <summary>
    /// "the multi-billion-dollar agreement", "signed a trade agreement", "our new free trade pact": a lower-case name with nothing
    /// after its head says what kind of document it is, not which.
    /// </summary>
    private static bool OnlyDescribes(SentenceView view, NameSpan span)
    {
        if (span.Name is not null || view.IsCapitalizedWord(span.First)) return false;
        var head = span.Last;
        // "free trade agreement (FTA)": the acronym after the head is the same description shortened.
        if (view.Tokens[head].Text == ")" && head - 2 >= span.First && view.Tokens[head - 2].Text == "(") head -= 3;
        return head >= span.First && view.Is(head, span.Head);
    }

    /// <summary>Words that may join two items of one list of documents: "a customs agreement and the Treaty on Ports", "…, the Andes Accord".</summary>
    private static readonly HashSet<string> ListJoints = [",", "and", "the", "a", "an", "as", "well"];

    /// <summary>
    /// "signed a customs agreement and the Treaty on Ports", "the trade agreement, the Treaty on Ports and …": a description listed
    /// right beside a titled document is another item of the list, not that document described again.
    /// </summary>
    private static bool ListedBesideTitle(SentenceView view, List<NameSpan> spans, int i)
    {
        static bool OnlyJoints(SentenceView view, int from, int to) => from <= to && Enumerable.Range(from, to - from + 1).All(k => ListJoints.Contains(view.Lower(k)));
        return (i > 0 && view.IsCapitalizedWord(spans[i - 1].First) && OnlyJoints(view, spans[i - 1].Last + 1, spans[i].First - 1))
               || (i + 1 < spans.Count && view.IsCapitalizedWord(spans[i + 1].First) && OnlyJoints(view, spans[i].Last + 1, spans[i + 1].First - 1));
    }

    /// <summary>
    /// "Both sides signed the Comprehensive Economic Partnership Agreement … this win-win agreement will …": in an article that names
    /// a document of the pair by its title, a mere description of a document of that kind between the same parties is most likely
    /// that document again, not a second one; told apart from it nowhere, it gives nothing.
    /// </summary>
    private static bool DescribesTitled(AgreementRecord record, List<AgreementRecord> records)
    {
        if (record.DescribedHead is not { } head || DocumentKinds.FirstOrDefault(kind => kind.Contains(head)) is not { } kind) return false;
        return records.Any(other => other != record && other.DescribedHead is null && char.IsUpper(other.Name[0]) && other.SameParties(record)
                                    && kind.Any(word => other.Core.Contains($" {word} ", StringComparison.Ordinal)));
    }

    /// <summary>How many sentences open a story: its lead, which tells the day's news.</summary>
    private const int LeadSentences = 5;

    /// <summary>How many days before publication the lead's own day may lie ("yesterday", "on Monday") and still be the news of the story.</summary>
    private const int NewsDays = 45;

    /// <summary>
    /// The day of the article's own news, when the outlet states its publication day: a recent day the lead names other than that
    /// day ("arrived yesterday", "on Monday"), else the publication day itself. Null when the page does not state its day.
    /// </summary>
    private static string? NewsDay(ArticleContext context)
    {
        if (context.Published is not { Precision: DatePrecision.Day } published || context.Article.PublishedInferred) return null;
        foreach (var sentence in context.Sentences.Take(LeadSentences))
            foreach (var date in context.DatesIn(sentence))
            {
                if (date.From.Precision != DatePrecision.Day || (date.IsPeriod && !SameMonth(date)) || date.From == published) continue;
                var before = published.FirstDay.DayNumber - date.To.FirstDay.DayNumber;
                if (before is > 0 and <= NewsDays) return (date.IsPeriod ? date.From.Truncate(DatePrecision.Month) : date.From).ToString();
            }
        return published.ToString();
    }

    private static bool SameMonth(DateMention d) => d.From.Year == d.To.Year && d.From.Month == d.To.Month;

    private static readonly HashSet<string> ListOpeners = ["include", "included", "includes", "including", "are", "were", "namely", "is", "was"];

    /// <summary>
    /// Whether a sentence goes on with the documents of the signing told in sentence <paramref name="told"/>: the next sentence (or the
    /// next item of a list) after one that closes on a colon, an item opened by a dash or bullet, or "The documents include / are …".
    /// </summary>
    private static bool ContinuesList(ArticleContext context, SentenceView view, Sentences.Sentence sentence, int told)
    {
        if (sentence.Index - told != 1 || view.Count == 0 || !view.Dates.All(d => d.From.Year != d.To.Year)) return false;
        if (view.Tokens[0].Text is "-" or "–" or "—" or "•" or "*" or "·" or "(") return true;
        var before = context.Sentences[told];
        // "… with the following documents signed:" then one document a line, each closed by a comma or semicolon.
        if (context.Text.AsSpan(before.Start, before.End - before.Start).TrimEnd() is [.., ':' or ';' or ',']) return true;
        for (var k = 1; k < view.Count && k <= 8; k++)
            if (ListOpeners.Contains(view.Lower(k))) return true;
        return false;
    }

    private static readonly HashSet<string> SideNouns = ["leaders", "sides", "countries", "governments", "nations", "ministers", "presidents", "parties", "states", "delegations"];

    /// <summary>Verbs of signatories: "They also signed …"; "They witnessed the exchange of …" tells the signing of their sides too.</summary>
    private static readonly HashSet<string> SigningVerbs = ["signed", "inked", "concluded", "sealed", "witnessed"];

    /// <summary>"the two leaders", "both sides", "both the leaders", "the two countries' ministers": the signatories are the two sides of one pair.</summary>
    private static bool BothSides(SentenceView view)
    {
        for (var k = 0; k + 1 < view.Count; k++)
            if (view.Is(k, "two", "both") && (SideNouns.Contains(view.Lower(k + 1)) || (view.Is(k, "both") && view.Is(k + 1, "the") && SideNouns.Contains(view.Lower(k + 2)))))
                return true;
        return false;
    }

    /// <summary>How many capitalised words a name may have in "A and B signed …".</summary>
    private const int SignerWords = 4;

    /// <summary>
    /// "Netanyahu and Tsipras signed three memoranda on …": two names joined by "and" right before the signing verb are the
    /// signatories. They are the pair's two sides when the people the sentence places before the verb are all of the pair and
    /// are of both sides, or of one side while the sentences before speak of the pair only (the other name placed nowhere).
    /// </summary>
    private static bool NamedSigners(ArticleContext context, SentenceView view, Sentences.Sentence sentence, CountryPair pair)
    {
        var verb = -1;
        for (var k = 0; k < view.Count && verb < 0; k++)
            if (SigningVerbs.Contains(view.Lower(k))) verb = k;
        if (verb < 1) return false;
        var last = view.Is(verb - 1, "also", "jointly") ? verb - 2 : verb - 1;
        if (last < 0 || !view.Tokens[last].IsCapitalized) return false;
        var and = last - 1;
        while (and >= 0 && last - and <= SignerWords && view.Tokens[and].IsCapitalized) and--;
        if (!view.Is(and, "and") || and < 1 || !view.Tokens[and - 1].IsCapitalized) return false;
        var placed = context.PeopleIn(sentence).Where(p => p.Start < view.Tokens[verb].Start).Select(p => p.Country).ToList();
        if (placed.Count == 0 || placed.Any(c => c is not null && !pair.Contains(c))) return false;
        var sides = placed.OfType<string>().Distinct().Count();
        return sides == 2 || (sides == 1 && PairNamedBefore(context, sentence, pair));
    }

    /// <summary>
    /// Whose "two leaders" signed a list no side of which the sentence names: the two countries of the people the
    /// sentence names ("Erdoğan hosted Lourencho, and the two leaders inked …"); with nobody placed there, the pair
    /// when the nearest sentence before that names countries names only the pair's; else null.
    /// </summary>
    private static string[]? SignatorySides(ArticleContext context, SentenceView view, Sentences.Sentence sentence, CountryPair pair)
    {
        // "The two sides signed six agreements … They also signed …": "they" right after such a sentence are the same two sides.
        var theySigned = view.Is(0, "they") && (SigningVerbs.Contains(view.Lower(1)) || (view.Is(1, "also") && SigningVerbs.Contains(view.Lower(2))))
                         && sentence.Index > 0 && BothSides(context.View(context.Sentences[sentence.Index - 1]));
        if (view.Mentions.Any(m => m.Kind == MentionKind.Country)) return null;
        if (!(BothSides(view) || theySigned)) return NamedSigners(context, view, sentence, pair) ? pair.Codes : null;
        var placed = context.PeopleIn(sentence).Where(p => p.Country is not null).Select(p => p.Country!).Distinct().ToArray();
        if (placed.Length == 2) return placed;
        if (placed.Length > 0) return null;
        return PairNamedBefore(context, sentence, pair) ? pair.Codes : null;
    }

    /// <summary>
    /// The two countries a sentence names, by name, demonym or the people it places, when there are exactly two and one of them
    /// is a side of the article's pair; null otherwise.
    /// </summary>
    private static CountryPair? SentencePair(ArticleContext context, SentenceView view, Sentences.Sentence sentence, CountryPair pair)
    {
        var named = view.Mentions.Where(m => m.Kind == MentionKind.Country && m.Code is not null).Select(m => m.Code!)
            .Concat(context.PeopleIn(sentence).Where(p => p.Country is not null).Select(p => p.Country!)).Distinct().ToList();
        return named.Count == 2 && named.Any(pair.Contains) && !view.Mentions.Any(m => m.Kind == MentionKind.Bloc) ? new CountryPair(named[0], named[1]) : null;
    }

    /// <summary>Whether a sentence names no country or bloc, places nobody in one, and has no pronoun for people ("they" may be another pair's).</summary>
    private static bool NobodyNamed(ArticleContext context, SentenceView view, Sentences.Sentence sentence) =>
        !view.Mentions.Any(m => m.Kind is MentionKind.Country or MentionKind.Bloc) && !context.PeopleIn(sentence).Any(p => p.Country is not null)
        && !Enumerable.Range(0, view.Count).Any(k => view.Is(k, "they", "he", "she", "we", "them", "their"));

    /// <summary>How many sentences back the countries that "they", "the parties" or "the two leaders" stand for are looked for.</summary>
    private const int SidesReach = 6;

    /// <summary>Whether the nearest sentence before that names countries names only the pair's: the sides a sentence that names none speaks of.</summary>
    private static bool PairNamedBefore(ArticleContext context, Sentences.Sentence sentence, CountryPair pair)
    {
        for (var i = sentence.Index - 1; i >= 0 && sentence.Index - i <= SidesReach; i--)
        {
            var countries = context.MentionsIn(context.Sentences[i]).Where(m => m.Kind == MentionKind.Country && m.Code is not null).Select(m => m.Code!).ToList();
            if (countries.Count > 0) return countries.All(pair.Contains);
        }
        return false;
    }

    /// <summary>How far back the verb that governs a name (or a list of names) is looked for.</summary>
    private const int GovernorReach = 16;

    private static readonly HashSet<string> PastCues = ["signed", "inked", "concluded", "witnessed", "ratified", "exchanged", "sealed", "initialled", "initialed"];
    private static readonly HashSet<string> TalkCues =
    [
        "discussed", "discuss", "discussing", "discussion", "discussions", "finalise", "finalize", "finalising", "finalizing", "elaboration", "drafting",
        "preparation", "preparing", "concluding", "negotiating", "elaborating",
    ];

    /// <summary>Participles that, after "to be" or "will be", tell a document still being worked on: "has to be discussed", "is to be negotiated".</summary>
    private static readonly HashSet<string> TalkedParticiples =
        ["discussed", "negotiated", "finalised", "finalized", "drafted", "prepared", "elaborated", "considered", "studied", "examined", "reviewed"];

    /// <summary>Words that make a document's "conclusion" one still sought: "the early conclusion of", "a speedy conclusion of".</summary>
    private static readonly HashSet<string> HastenWords = ["early", "earliest", "speedy", "swift", "quick", "timely", "expeditious", "prompt", "successful"];
    private static readonly HashSet<string> ExistingCues = ["implementation", "implementing", "implement", "implemented", "under", "within", "progress", "anniversary"];
    private static readonly HashSet<string> ToBeDone =
    [
        "sign", "conclude", "finalise", "finalize", "develop", "draft", "prepare", "elaborate", "ink", "present", "negotiate", "pursue", "explore",
        "launch", "seek", "study", "consider", "examine", "resume", "start", "begin", "expedite", "accelerate", "speed", "work", "reach", "secure",
        "achieve",
    ];

    /// <summary>Whether the sentence tells a document as signed or in effect, only talked about, or to be signed as planned.</summary>
    private enum Signing { Done, Talked, Planned }

    private static readonly HashSet<string> SigningActs = ["sign", "conclude", "ink"];

    /// <summary>
    /// Words that make "to sign" a plan of the sides rather than a wish: "are expected to sign", "agreed to conclude", "are set to
    /// sign", "intend to sign". "ready to sign", "hope to sign", "want to conclude" stay wishes.
    /// </summary>
    private static readonly HashSet<string> PlanCues =
        ["expected", "set", "due", "scheduled", "agreed", "agree", "agrees", "decided", "decide", "plan", "plans", "planning", "intend", "intends", "going"];

    /// <summary>
    /// "discussed the Teesta water sharing agreement", "ready to sign a protocol", "will jointly present an
    /// Action Plan", "discussed the signing of A, B and C": the nearest governing word before the name (across
    /// a list) says the document is talked about (<see cref="Signing.Talked"/>). "will sign", "are expected to
    /// sign", "agreed on signing", "… expected to be signed" say its signing is planned (<see cref="Signing.Planned"/>).
    /// A signing or entry into force right after the name ("the FTA signed in 2010") makes it a real document whatever came before.
    /// </summary>
    private static Signing ToCome(SentenceView view, NameSpan span)
    {
        if (ToBeSignedAfter(view, span.Last) is { } after) return after;
        for (var k = span.Last + 1; k < view.Count && k - span.Last <= 6; k++)
            if (PastCues.Contains(view.Lower(k)) || view.Is(k, "force", "effect")) return Signing.Done;
        for (var k = span.First - 1; k >= 0 && span.First - k <= GovernorReach && view.Tokens[k].Text != ";"; k--)
        {
            var word = view.Lower(k);
            if (word == "signing")
            {
                // "agreed on signing", "agreed to signing": the sides settled that they will sign.
                if (view.Is(k - 1, "on", "to") && view.Is(k - 2, "agreed", "agree", "agrees")) return Signing.Planned;
                // "discussed the signing of", "initiated discussions on the signing of", "ready for the signing of": a signing still
                // to come, only talked about.
                var talk = view.Is(k - 2, "on", "about", "regarding") ? k - 3 : k - 2;
                return view.Is(k - 1, "the") && TalkCues.Contains(view.Lower(talk)) || view.Is(k - 1, "for", "towards", "toward") ? Signing.Talked : Signing.Done;
            }
            // "discussed the implementation of the agreement", "work under the treaty": a document in effect.
            if (PastCues.Contains(word) || ExistingCues.Contains(word)) return Signing.Done;
            if (TalkCues.Contains(word)) return Signing.Talked;
            // "welcomed the early conclusion of the trade agreement": a conclusion hoped for, not one that took place.
            if (word == "conclusion" && HastenWords.Contains(view.Lower(k - 1))) return Signing.Talked;
            // "will sign", "will also sign"; "will jointly present an action plan" is no signing.
            if (word is "will" or "shall")
                return view.Is(k + 1, "also", "soon", "then") ? SigningAct(view, k + 2) : SigningAct(view, k + 1);
            if (word == "to" && ToBeDone.Contains(view.Lower(k + 1)))
            {
                // "agreed in principle to sign": the reservation does not change who settled the signing; "reached an agreement to sign" settles it too.
                var cue = view.Is(k - 1, "principle") && view.Is(k - 2, "in") ? k - 3 : k - 1;
                return SigningActs.Contains(view.Lower(k + 1)) && (PlanCues.Contains(view.Lower(cue)) || view.Is(cue, "agreement")) ? Signing.Planned : Signing.Talked;
            }
        }
        return Signing.Done;
    }

    private static Signing SigningAct(SentenceView view, int k) => SigningActs.Contains(view.Lower(k)) ? Signing.Planned : Signing.Talked;

    /// <summary>How far after a name "… expected to be signed" may stand, past what the name covers ("…, covering A and B,").</summary>
    private const int ToBeSignedReach = 16;

    /// <summary>
    /// "a memorandum on A, covering B, expected to be signed", "an accord that will be signed in May", "would be signed soon": a
    /// signing planned; "would be signed" without "soon", or "has to be signed", only talked about. Null when no later signing is told.
    /// </summary>
    private static Signing? ToBeSignedAfter(SentenceView view, int last)
    {
        // "a memorandum on A in B, covering C, expected to be signed": the clause between may be the name's own tail, so what the plan names is unclear.
        var clause = false;
        for (var k = last + 1; k + 1 < view.Count && k - last <= ToBeSignedReach && view.Tokens[k].Text is not ("." or ";"); k++)
        {
            clause |= view.Tokens[k].Text == ",";
            // "the implementation agreement has to be discussed and finalised", "a treaty still to be negotiated": worked on, not signed.
            if (view.Is(k, "be") && TalkedParticiples.Contains(view.Lower(k + 1))) return Signing.Talked;
            if (!PastCues.Contains(view.Lower(k + 1))) continue;
            // "the treaty on A, signed in 2010, and a pact that will be signed …": the signing told first is this document's.
            if (!view.Is(k, "be")) return null;
            if (clause) return Signing.Talked;
            if (view.Is(k - 1, "will", "shall") || (view.Is(k - 1, "to") && (PlanCues.Contains(view.Lower(k - 2)) || view.Is(k - 2, "is", "are")))) return Signing.Planned;
            if (view.Is(k - 1, "would") && view.Is(k + 2, "soon", "shortly")) return Signing.Planned;
            if (view.Is(k - 1, "to", "would")) return Signing.Talked;
        }
        return null;
    }

    private enum Back { None, Definite, Demonstrative }

    /// <summary>
    /// How a lower-case name without a tail of its own points back: "this cooperation agreement", "that new trade
    /// agreement" (a demonstrative: always a document told before) or "the border agreement" (an article: the document
    /// told before when one has all its words).
    /// </summary>
    private static Back PointsBack(SentenceView view, NameSpan span)
    {
        if (view.Tokens[span.First].IsCapitalized || span.Name is not null) return Back.None;
        var k = span.First - 1;
        if (k >= 0 && view.Tokens[k] is { IsWord: true, IsCapitalized: false } && !view.Is(k, "this", "that", "these", "those", "the", "said")
            && !NameWords.IsClosedWord(view.Lower(k))) k--;
        if (view.Is(k, "this", "that", "these", "those") || (view.Is(k, "said") && view.Is(k - 1, "the"))) return Back.Demonstrative;
        return view.Is(k, "the") ? Back.Definite : Back.None;
    }

    /// <summary>"intends to join the Multilateral Agreement", "supports B's accession to the agreement on …": a treaty of many states that a side joins.</summary>
    private static bool Joined(SentenceView view, NameSpan span)
    {
        for (var k = span.First - 1; k >= 0 && span.First - k <= 4; k--)
            if (view.Is(k, "join", "joins", "joined", "joining", "accession", "accede", "accedes", "acceded", "acceding", "adherence", "adhere")) return true;
        return false;
    }

    /// <summary>
    /// "an exploration agreement with a provincial mining company": a contract with a firm, not between the states; "the Association
    /// Agreement with the EU", "its free trade agreement with Japan": a side's document with a third party.
    /// </summary>
    private static bool WithNonState(SentenceView view, NameSpan span, CountryPair pair)
    {
        var k = span.Last + 1;
        if (!view.Is(k, "with")) return false;
        var next = view.Is(k + 1, "the") ? k + 2 : k + 1;
        // "signed in the area of health with the aim of …": why it was signed, not with whom.
        if (view.Is(next, "aim", "purpose", "objective", "goal")) return false;
        return !view.IsCountryWord(next) || view.MentionCovering(next) is { Code: { } code } && !pair.Contains(code);
    }

    /// <summary>Words right before a bare "agreement" that make it one document: an article, a possessive, a count or a signing verb.</summary>
    private static readonly HashSet<string> DocumentDeterminers =
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any", "each", "every", "another", "one",
        "sign", "signs", "signed", "signing", "ink", "inks", "inked", "conclude", "concluded",
    ];

    /// <summary>
    /// "were seeking agreement on all issues", "allows the planning and agreement of the actions", "reaching agreement on prices": a
    /// lower-case "agreement" with no article, count or signing verb before it, and no modifier but a verb in -ing ("existing" or
    /// "binding" take an article: "the existing agreement"), is the act of agreeing, not a document; a headline's "sign agreement on trade" keeps its signing verb. After "and" it is an act only when
    /// joined to another act in -ing ("planning and agreement"), since "a treaty and agreement on …" shares the treaty's article.
    /// </summary>
    private static bool ActOfAgreeing(SentenceView view, NameSpan span)
    {
        if (span.Head != "agreement" || span.Name is not null) return false;
        var k = span.First;
        for (; k <= span.Last && !view.Is(k, "agreement"); k++)
            if (view.Tokens[k].IsCapitalized || !view.Lower(k).EndsWith("ing", StringComparison.Ordinal)) return false;
        if (k > span.Last || view.Tokens[k].IsCapitalized) return false;
        var before = span.First - 1;
        if (DocumentDeterminers.Contains(view.Lower(before)) || view.CardinalAt(before) is not null) return false;
        // "frequent talks, seeking agreement on …": the verb in -ing says the act whatever mark stands before it; a bare head after a
        // colon or comma may be an item of a list of documents ("signed: agreement on A; protocol on B").
        if (k > span.First) return true;
        if (before < 0 || view.Tokens[before] is not { IsWord: true, IsCapitalized: false, IsDigits: false }) return false;
        // "reached agreement on", "seeking agreement": a verb takes the bare head as its object; an adjective left out of the name
        // ("a recent agreement on …") does not.
        if (view.Is(before, "and", "or")) return view.Lower(before - 1).EndsWith("ing", StringComparison.Ordinal);
        return view.Lower(before).EndsWith("ing", StringComparison.Ordinal) || view.Lower(before).EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// "The AlUla Declaration was issued after the Gulf Cooperation Council summit", "remaining members of the MSG are urged to sign
    /// the MSG Free Trade Agreement": a titled document that names neither side, told in a sentence that names a group of states
    /// other than the pair (a bloc, or "members of X"), is the group's when the group opens its name or it is a declaration, which
    /// such a group issues at its summits. Which members are its parties the sentence does not say, so it gives nothing; a "Joint"
    /// declaration is the pair's own.
    /// </summary>
    private static bool OfGroup(SentenceView view, NameSpan span, CountryPair pair)
    {
        if (!view.Tokens[span.First].IsCapitalized || view.MentionsWithin(span.Start, span.End).Any(m => m.Code is { } code && pair.Contains(code))) return false;
        var declaration = AgreementNameFinder.StatementHeads.Contains(span.Head);
        for (var k = span.First; k <= span.Last; k++)
            if (view.Is(k, "joint")) declaration = false;
        if (declaration && view.Mentions.Any(m => m is { Kind: MentionKind.Bloc, Code: { } code } && !pair.Contains(code) && (m.Start < span.Start || m.End > span.End)))
            return true;
        // "members of the MSG", "members of ECOWAS": the group named by the word the document's name opens with.
        for (var k = 0; k + 2 < view.Count; k++)
        {
            if (!view.Is(k, "members") || !view.Is(k + 1, "of")) continue;
            var group = view.Is(k + 2, "the") ? k + 3 : k + 2;
            if (group < view.Count && view.Tokens[group].IsCapitalized && (group < span.First || group > span.Last)
                && (declaration || view.Tokens[group].Text == view.Tokens[span.First].Text)) return true;
        }
        return false;
    }

    /// <summary>Subjects of the treaties and conventions open to all states: a pair may invoke them, but never has one of its own on them.</summary>
    private static readonly string[] UniversalSubjects =
    [
        "non-proliferation", "nonproliferation", "test-ban", "nuclear-test-ban", "law of the sea", "chemical weapons", "biological weapons",
        "climate change", "biological diversity", "outer space", "arms trade", "rights of the child", "cluster munitions", "anti-personnel mines",
        "ozone layer",
    ];

    private static readonly HashSet<string> UniversalHeads = ["treaty", "convention"];

    /// <summary>
    /// "safeguard the Treaty on the Non-Proliferation of Nuclear Weapons", "recalled the Chemical Weapons Convention": a titled treaty
    /// or convention on a subject of the treaties all states may join is that treaty, named in passing, not a document of the pair.
    /// </summary>
    private static bool OfAllStates(string text, SentenceView view, NameSpan span) =>
        UniversalHeads.Contains(span.Head) && view.Tokens[span.First].IsCapitalized && PhraseMatcher.Of(UniversalSubjects).Find(text, span.Start, span.End) >= 0;

    /// <summary>"the Africa-Latin America Programme": named for world regions and neither side, so a regional scheme or an institute's department.</summary>
    private static bool NamedForRegion(SentenceView view, NameSpan span, CountryPair pair)
    {
        var mentions = view.MentionsWithin(span.Start, span.End).ToList();
        return mentions.Any(m => m.Kind == MentionKind.Region)
               && !mentions.Any(m => m.Kind is MentionKind.Country or MentionKind.Bloc && m.Code is { } code && pair.Contains(code));
    }

    /// <summary>Words before a document's head that give it more sides than two: "Trilateral Cooperative Arrangement", "a regional trade pact".</summary>
    private static readonly HashSet<string> ManySidedWords = ["trilateral", "tripartite", "quadrilateral", "multilateral", "plurilateral", "regional"];

    /// <summary>
    /// "boost cooperation through the Trilateral Maritime Arrangement", "use the Regional Economic Partnership Agreement": a document
    /// its own name gives three sides or more is no document of the pair's two, and which other sides are its parties the name
    /// does not say. Words after the head ("agreement on regional security") are its subject, not its parties.
    /// </summary>
    private static bool ManySided(SentenceView view, NameSpan span)
    {
        for (var k = span.First; k <= span.Last && !view.Is(k, span.Head); k++)
            if (ManySidedWords.Contains(view.Lower(k))) return true;
        return false;
    }

    /// <summary>
    /// "the Paris Agreement", "the Vienna Convention on …": a title that is a place of neither side and its head is a treaty of
    /// many states, or of other parties, which the pair at most applies; the pair's own documents are named for their own
    /// places. Only the place and the head: "Maritime Boundary Treaty" is not named for a region called Maritime.
    /// </summary>
    private static bool NamedForThirdPlace(SentenceView view, NameSpan span, CountryPair pair)
    {
        if (!view.Tokens[span.First].IsCapitalized
            || view.MentionCovering(span.First) is not { Kind: MentionKind.Place, Countries: { Count: > 0 } countries } place
            || countries.Any(pair.Contains)) return false;
        var head = view.IndexAt(place.End);
        return head <= span.Last && view.Is(head, span.Head);
    }

    /// <summary>Words that make what follows the aim of what stands before: "with the aim of", "focuses on", "is designed to".</summary>
    private static readonly HashSet<string> AimWords =
        ["aim", "aims", "aimed", "aiming", "purpose", "goal", "goals", "objective", "focuses", "focus", "focused", "focusing", "seeks", "designed", "intended"];

    /// <summary>How many words before a name the word of an aim may stand ("with the aim of establishing a health programme").</summary>
    private const int AimReach = 6;

    /// <summary>
    /// "a protocol was signed with the aim of establishing a health programme", "The agreement focuses on carrying out an action
    /// plan": a document named as what another one, named before in the clause, is for. It is that document's aim, not a second
    /// document the sides have; a list's "and" or a comma between ends the aim.
    /// </summary>
    private static bool AimOfAnother(SentenceView view, List<NameSpan> spans, int i)
    {
        var first = spans[i].First;
        for (var k = first - 1; k >= 0 && first - k <= AimReach; k--)
        {
            if (view.Tokens[k].Text is "," or ";" || view.Is(k, "and")) return false;
            if (!AimWords.Contains(view.Lower(k))) continue;
            for (var j = 0; j < i; j++)
                if (spans[j].Last < k && k - spans[j].Last <= GovernorReach && !Enumerable.Range(spans[j].Last + 1, k - spans[j].Last - 1).Any(t => view.Tokens[t].Text == ";"))
                    return true;
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> PlanHeads = ["plan", "programme", "program", "roadmap"];

    /// <summary>Words of a plan's name that say only that it is one: "action plan", "programme of action", "concrete action plan".</summary>
    private static readonly HashSet<string> BarePlanWords =
        ["action", "plan", "programme", "program", "roadmap", "of", "cooperation", "co-operation", "concrete", "joint", "new", "work", "the"];

    private static readonly HashSet<string> AdoptingWords = ["signed", "signing", "sign", "inked", "adopted", "adopting", "approved", "approving", "concluded"];

    /// <summary>How many words around a bare plan the verb that signs or adopts it may stand.</summary>
    private const int AdoptionReach = 3;

    /// <summary>
    /// "the comprehensive partnership and its plan of action", "a concrete action plan was derived", "set the roadmap of cooperation":
    /// a plan in lower case named by nothing but its kind is a document only when the words around it sign or adopt it; else it is
    /// the way the sides work, or one of another forum. A titled plan is read by <see cref="TitledPlanNotAdopted"/>.
    /// </summary>
    private static bool PlanNotAdopted(SentenceView view, NameSpan span)
    {
        if (!PlanHeads.Contains(span.Head)) return false;
        if (view.Tokens[span.First].IsCapitalized) return TitledPlanNotAdopted(view, span);
        // "the 2021-2023 cooperation roadmap", "a five-year plan": the years it covers or lasts name it.
        var before = span.First - 1;
        if (before >= 0 && (view.InsideDate(before) || char.IsDigit(view.Tokens[before].Text[0]) || view.Lower(before).EndsWith("-year", StringComparison.Ordinal))) return false;
        for (var k = span.First; k <= span.Last; k++)
            if (!BarePlanWords.Contains(view.Lower(k)) && !view.IsCountryWord(k) && !view.Is(k, "and")) return false;
        for (var k = Math.Max(0, span.First - AdoptionReach); k <= Math.Min(view.Count - 1, span.Last + AdoptionReach); k++)
            if (AdoptingWords.Contains(view.Lower(k))) return false;
        return true;
    }

    /// <summary>Words of a plan's name that make it the two sides' own whoever else the name holds: "India's joint action plan".</summary>
    private static readonly HashSet<string> TwoSidedPlanWords = ["joint", "bilateral", "mutual"];

    /// <summary>
    /// "scholarships under Ruritania's technical cooperation programme", "the minister's work programme includes visits", "trainees
    /// of the Ruritania Technical Programme": unlike an agreement, which takes two, a plan or programme may be one owner's, and
    /// a name that opens with an owner ("…'s") or names one side of the pair and not the other is that owner's scheme or
    /// schedule, not a document of the two; "joint" or "bilateral" in the name makes it theirs again.
    /// </summary>
    private static bool OneSidesPlan(SentenceView view, NameSpan span, CountryPair pair)
    {
        if (!PlanHeads.Contains(span.Head)) return false;
        for (var k = span.First; k <= span.Last; k++)
            if (TwoSidedPlanWords.Contains(view.Lower(k))) return false;
        if (view.Lower(span.First).EndsWith("'s", StringComparison.Ordinal) || view.Lower(span.First).EndsWith("’s", StringComparison.Ordinal)) return true;
        var sides = view.MentionsWithin(span.Start, span.End).Select(m => m.Code).Where(c => c is not null && pair.Contains(c)).Distinct().Count();
        return sides == 1;
    }

    /// <summary>Words of a titled plan's name that make it one two sides keep together: "Joint Action Plan", "Programme of Cooperation".</summary>
    private static readonly HashSet<string> SharedPlanWords = ["action", "cooperation", "co-operation", "joint", "work", "partnership", "bilateral"];

    /// <summary>Words anywhere in a sentence that tell a titled plan signed, adopted or launched: "should launch … the Valley Programme".</summary>
    private static readonly HashSet<string> LaunchingWords =
        [.. AdoptingWords, "adoption", "approval", "launch", "launched", "launching", "issued", "announced", "unveiled"];

    /// <summary>
    /// "cooperation within the framework of the Comprehensive Development Plan", "goals of the National Prosperity Plan", "workers
    /// take part in the Seasonal Labour Program": a titled plan that names neither side nor a joint action, and that no word of the
    /// sentence signs, adopts or launches, is one side's national plan or another body's scheme the pair only refers to. A plan
    /// the sentence says something is ("the main step is the Delta Farming Programme") is the story's own subject, not one in passing.
    /// </summary>
    private static bool TitledPlanNotAdopted(SentenceView view, NameSpan span)
    {
        var before = view.Is(span.First - 1, "the") ? span.First - 2 : span.First - 1;
        if (view.Is(before, "is", "was")) return false;
        for (var k = span.First; k <= span.Last; k++)
            if (SharedPlanWords.Contains(view.Lower(k)) || view.IsCountryWord(k) || view.InsideDate(k) || char.IsDigit(view.Tokens[k].Text[0])) return false;
        for (var k = 0; k < view.Count; k++)
            if (LaunchingWords.Contains(view.Lower(k))) return false;
        return true;
    }

    /// <summary>
    /// "the Cross-Border Transport Agreement (CBTA), a treaty on transport.": a lower-case name in apposition right after another
    /// name says what that document is; it is no second document. Items of a list ("including the Agreement on A, a protocol on
    /// B, and …") are not: the name before opens no list and nothing but the clause's end follows the description.
    /// </summary>
    private static bool DescribesPrevious(SentenceView view, List<NameSpan> spans, int i)
    {
        var first = spans[i].First;
        if (i == 0 || view.Tokens[first].IsCapitalized || !view.Is(first - 1, "a", "an") || first < 2 || view.Tokens[first - 2].Text != ","
            || spans[i - 1].Last != first - 3) return false;
        var before = view.Is(spans[i - 1].First - 1, "the", "a", "an") ? spans[i - 1].First - 2 : spans[i - 1].First - 1;
        if (before >= 0 && (view.Is(before, "including", "and") || view.Tokens[before].Text is "," or ":")) return false;
        var after = spans[i].Last + 1;
        return after >= view.Count || view.Tokens[after].Text is "." or ";" or "!"
               || (view.Tokens[after].Text == "," && !view.Is(after + 1, "and", "a", "an", "the", "another"));
    }

    /// <summary>
    /// "our bilateral Free Trade Agreement, the A-B Closer Economic Partnership Agreement, entered into force", "the new free trade
    /// agreement – the A-B Comprehensive Economic Partnership.": a title in apposition right after a name is that document's own
    /// name, so the name before it is no second document. The title is a document name of its own, or capitalised words naming
    /// both sides; it must end the clause or close the apposition, for "A, the B and the C" lists three documents.
    /// </summary>
    private static bool NamedNext(SentenceView view, List<NameSpan> spans, int i, CountryPair pair)
    {
        var k = spans[i].Last + 1;
        if (k >= view.Count || view.Tokens[k].Text is not ("," or "–" or "—") || !view.Is(k + 1, "the") || !view.IsCapitalizedWord(k + 2)) return false;
        var title = k + 2;
        int end;
        if (i + 1 < spans.Count && spans[i + 1].First == title) end = spans[i + 1].Last + 1;
        else
        {
            for (end = title; end < view.Count && (view.IsCapitalizedWord(end) || view.Tokens[end].Text is "-" or "–"); end++) { }
            // "Chile-Peru" may be one word holding both sides' mentions.
            var sides = view.MentionsWithin(view.Tokens[title].Start, view.Tokens[end - 1].End).Select(m => m.Code).Where(c => c is not null && pair.Contains(c)).Distinct().Count();
            if (sides < 2) return false;
        }
        return end >= view.Count || view.Tokens[end].Text is "." or ";" or ")"
               || (view.Tokens[end].Text == "," && !view.Is(end + 1, "and", "the", "a", "an", "another"));
    }

    private static readonly HashSet<string> SignedAfterWords = ["signed", "inked", "concluded", "sealed"];

    /// <summary>Words of a time that may stand between a signing verb and its signatories: "inked last month between A and B".</summary>
    private static readonly HashSet<string> TimeWords = ["last", "this", "month", "week", "year", "earlier", "recently"];

    /// <summary>
    /// The signatories named right after a name by a signing verb and "by" or "between": "signed by Vietnam and the Eurasian
    /// Economic Union", "inked last month between Rome and Paris" (a city stands for its state). Returns the countries and the
    /// bloc named; null when the words there are not two such signatories.
    /// </summary>
    private static (List<string> Countries, string? Bloc)? SignedAfterBy(SentenceView view, NameSpan span)
    {
        var k = span.Last + 1;
        // "a security agreement to be inked between A and B", "the treaty was signed by A and B".
        if (view.Is(k, "to", "will") && view.Is(k + 1, "be")) k += 2;
        else if (view.Is(k, "was", "were")) k++;
        if (!SignedAfterWords.Contains(view.Lower(k))) return null;
        k++;
        while (k < view.Count && (view.InsideDate(k) || TimeWords.Contains(view.Lower(k)))) k++;
        if (!view.Is(k, "by", "between")) return null;
        var countries = new List<string>();
        string? bloc = null;
        for (var side = 0; side < 2; side++)
        {
            k++;
            if (view.Is(k, "the")) k++;
            switch (view.MentionCovering(k))
            {
                case { Kind: MentionKind.Bloc, Code: { } code } m when bloc is null:
                    bloc = code;
                    k = view.IndexAt(m.End);
                    break;
                case { Kind: MentionKind.Country, Code: { } code } m:
                    countries.Add(code);
                    k = view.IndexAt(m.End);
                    break;
                case { Kind: MentionKind.Place, Countries: [var country] } m:
                    countries.Add(country);
                    k = view.IndexAt(m.End);
                    break;
                default:
                    return null;
            }
            if (side == 0 && !view.Is(k, "and")) return null;
        }
        return (countries, bloc);
    }

    private static AgreementRecord Merge(List<AgreementRecord> records, AgreementRecord record)
    {
        foreach (var existing in records)
        {
            if (!existing.SameAs(record)) continue;
            existing.Absorb(record, Reach);
            return existing;
        }
        if (records.Count < MaxRecords) records.Add(record);
        return record;
    }
}
