using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Reads the names of treaties, agreements, memoranda and programmes in a sentence by scanning out from
/// a singular head noun: back over a capitalised name or lower-case modifiers ("tourism cooperation
/// programme"), forward over what it is about ("on the mutual recognition of driving licences",
/// "between the two education ministries", "amending the road transport agreement") up to a date, a
/// place, a clause or the next document. "The agreement" alone is a reference to one named before.
/// </summary>
internal static class AgreementNameFinder
{
    private static readonly HashSet<string> Heads =
    [
        "agreement", "treaty", "memorandum", "mou", "programme", "program", "protocol", "roadmap", "arrangement",
        "accord", "convention", "plan", "charter", "fta", "pact", "declaration", "statement", "communique", "communiqué",
    ];

    /// <summary>
    /// Heads that name a document of the two sides only when the sentence says it was signed, adopted or issued
    /// ("signed a joint statement on …", "a Declaration on … was adopted"); a statement or communiqué must be joint.
    /// </summary>
    internal static readonly HashSet<string> StatementHeads = ["declaration", "statement", "communique", "communiqué"];

    private static readonly HashSet<string> AdoptionVerbs = ["signed", "adopted", "issued", "inked", "sign", "adopt", "issue", "signing", "adoption"];

    /// <summary>Heads that name a bilateral document only with a word of cooperation: a "development plan" is one country's.</summary>
    private static readonly HashSet<string> WeakHeads = ["plan", "programme", "program", "charter", "convention", "arrangement"];

    private static readonly HashSet<string> CooperationWords =
        ["cooperation", "co-operation", "action", "joint", "work", "partnership", "framework", "between", "bilateral"];

    /// <summary>Words after a head that make it a modifier of something else ("agreement signing ceremony").</summary>
    private static readonly HashSet<string> NotAfterHead =
    [
        "ceremony", "signing", "negotiations", "negotiation", "talks", "partner", "partners", "countries", "members",
        "member", "provisions", "text", "director", "manager", "office", "period", "organization", "organisation",
        "officer", "officers", "department", "division", "secretariat", "centre", "center", "hall", "complex",
    ];

    /// <summary>Words that make an agreement reached an understanding not yet written down: "a preliminary agreement", "a tentative agreement".</summary>
    private static readonly HashSet<string> TentativeWords = ["preliminary", "tentative", "provisional", "initial", "principled", "informal", "verbal", "basic"];

    /// <summary>Offices a "protocol" names the service of: "Chief of Protocol", "Head of State Protocol".</summary>
    private static readonly HashSet<string> ProtocolOffices = ["chief", "head", "director", "deputy", "department", "office", "service"];

    /// <summary>Words that make a document one between towns or provinces, which is a locality partnership rather than a state agreement.</summary>
    private static readonly string[] LocalityPrefixes = ["twinning", "twin-", "sister-", "friendship-city", "friendship-province", "friendly-city"];

    /// <summary>
    /// Words before a head that say only that a document is between states or what kind it is ("international
    /// agreement", "Framework Agreement", "comprehensive protocol"), or name a peace deal, whose parties are sides of a
    /// conflict the sentence does not name: without a subject after the head they name no document.
    /// </summary>
    private static readonly HashSet<string> GenericModifiers =
        ["bilateral", "mutual", "intergovernmental", "inter-governmental", "governmental", "relevant", "international", "framework", "comprehensive", "peace",
         "ceasefire", "cease-fire", "truce", "armistice"];

    /// <summary>"2021-2023", "20-year", "five-year": the years a document covers or runs.</summary>
    private static bool Years(SentenceView view, int k) =>
        k >= 0 && (view.InsideDate(k) || view.Lower(k).EndsWith("-year", StringComparison.Ordinal) || (view.Tokens[k].Text.Length > 0 && char.IsDigit(view.Tokens[k].Text[0])));

    private static readonly HashSet<string> CooperationNouns = ["cooperation", "co-operation", "collaboration"];

    /// <summary>Nouns a count makes into a tally rather than a subject: "an agreement on seven issues".</summary>
    private static readonly HashSet<string> TallyNouns = ["issues", "points", "areas", "matters", "fields", "sectors", "topics", "items", "questions", "documents"];

    private static readonly HashSet<string> CountWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "many", "some"];

    /// <summary>Longest run of words a name's tail may take; a title still running there was not read to its end.</summary>
    private const int MaxTail = 40;

    /// <summary>Verbs whose infinitive after a head says what the document sets up or rules, not why it was signed ("to expand ties").</summary>
    private static readonly HashSet<string> PurposeVerbs =
    [
        "establish", "create", "set", "avoid", "prevent", "encourage", "promote", "protect", "facilitate", "combat", "eliminate",
        "exempt", "waive", "recognise", "recognize", "abolish", "simplify", "regulate", "ban", "lift", "end",
        // "an accord to form a coordination council", "a declaration to elevate relations to a strategic partnership", "an agreement to
        // finance the supply of oil": what the document itself sets up, raises or pays for.
        "form", "elevate", "finance",
    ];

    /// <summary>
    /// Aims that name a document only when nothing else does and it was told as signed: "signed a memorandum to strengthen family
    /// farming", "inked an agreement to deepen cooperation"; but "ended with an agreement to boost ties" is a meeting of minds, and
    /// "a Framework Agreement to expand cooperation" is named already.
    /// </summary>
    private static readonly HashSet<string> AimVerbs =
    [
        "deepen", "boost", "enhance", "strengthen", "develop", "expand", "build", "improve", "increase", "foster", "bolster", "intensify",
        "broaden", "diversify", "upgrade", "tackle", "support", "advance", "expedite", "undertake",
    ];

    private static readonly HashSet<string> SigningWordsBefore = ["signed", "inked", "concluded", "sealed", "initialled", "initialed"];

    /// <summary>Whether an aim may name the document of words first..head: a bare lower-case head right after a signing verb.</summary>
    /// <summary>A plain count of two or more at k, in figures or words ("12", "three"); "5-year" and a year are no count.</summary>
    private static bool CountsDocuments(SentenceView view, int k) =>
        k >= 0 && !view.InsideDate(k) && AgreementLists.CountAt(view, k, out var count) && count is > 1 and < 100;

    private static bool AimMayName(SentenceView view, int first, int head)
    {
        if (view.Tokens[head].IsCapitalized || view.Is(head, "plan", "plans", "statement", "communique", "communiqué", "declaration")) return false;
        for (var k = first; k < head; k++)
            if (!GenericModifiers.Contains(view.Lower(k)) && !CooperationNouns.Contains(view.Lower(k))) return false;
        var before = first - 1;
        if (view.Is(before, "a", "an", "the")) before--;
        if (SigningWordsBefore.Contains(view.Lower(before)) || (view.Is(before, "have", "has") && SigningWordsBefore.Contains(view.Lower(before - 1)))) return true;
        // "signed four documents, including …, and a memorandum to enhance …": an item of a list a signing verb opened.
        if (!view.Is(before, "including", "and") && (before < 0 || view.Tokens[before].Text != ",")) return false;
        for (var k = before - 1; k >= 0 && before - k <= ListSigningReach; k--)
        {
            if (view.Is(k, "will", "would", "should", "may", "could")) return false;
            if (SigningWordsBefore.Contains(view.Lower(k))) return !view.Is(k - 1, "be", "to", "will");
        }
        return false;
    }

    private const int ListSigningReach = 30;

    private static readonly HashSet<string> TailStarts = ["on", "between", "amending", "in", "for", "of", "concerning", "regarding"];

    /// <summary>Lower-case words before a head that are not part of its name.</summary>
    private static readonly HashSet<string> ModifierStops =
    [
        "new", "similar", "such", "landmark", "historic", "key", "important", "several", "other", "same", "existing",
        "current", "previous", "signing", "implementing", "including", "concerning", "regarding", "following",
        "upgrading", "negotiating", "reviewing", "discussing", "finalising", "finalizing", "concluding", "amending", "drafting", "preparing", "elaborating",
        "one", "any", "each", "every", "another", "further", "possible", "potential", "proposed", "planned", "long-term",
        "five-year", "draft", "said", "sign", "broad", "full", "general", "complete", "wide", "widespread",
        "corresponding", "relevant", "respective", "appropriate", "aforementioned", "above-mentioned", "necessary",
        "first", "second", "third", "fourth", "fifth", "latter", "former", "last", "latest",
        "breaking", "ground-breaking", "groundbreaking", "major", "significant", "crucial", "vital", "milestone",
        // Words that praise or place a document in time but say nothing of which one it is.
        "recent", "recently", "broad-ranging", "wide-ranging", "far-reaching", "first-of-its-kind", "unprecedented", "ambitious",
    ];

    public static List<NameSpan> Find(SentenceView view)
    {
        var found = new List<NameSpan>();
        var floor = 0;
        for (var i = 0; i < view.Count; i++)
        {
            if (TryRead(view, i, floor) is not { } span) continue;
            found.Add(span);
            if (span.Name is not null && span.First <= 2 && Ordinals.Contains(view.Lower(1)) && view.Is(0, "the"))
                found.AddRange(LaterOrdinals(view, span.Last + 1, KindOf(view, i), span.Head));
            i = found[^1].Last;
            floor = i + 1;
        }
        if (found.Count == 0) found.AddRange(CountedUnderPlural(view));
        return found;
    }

    /// <summary>A document's kind as a later ordinal repeats it: "MoU", "memorandum of understanding", "agreement".</summary>
    private static string KindOf(SentenceView view, int head) =>
        view.Tokens[head].Text + (view.Is(head + 1, "of") && view.Is(head + 2, "understanding") ? " of understanding" : "");

    /// <summary>
    /// "Of the three MoUs signed, the first is related to A", "One of these MoUs aims to enhance A while the second one is meant
    /// for B": documents counted under a plural head that opens the sentence, each named by its kind and what it is about.
    /// </summary>
    private static List<NameSpan> CountedUnderPlural(SentenceView view)
    {
        var k = view.Is(0, "of") ? 1 : view.Is(0, "one") && view.Is(1, "of") ? 2 : -1;
        if (k < 0 || !view.Is(k, "the", "these", "those")) return [];
        k++;
        if (k < view.Count && (view.Tokens[k].IsDigits || Text.Numbers.NumberWords.Small.ContainsKey(view.Lower(k)))) k++;
        if (AgreementLists.SingularOf(view.Lower(k)) is not { } kind) return [];
        var head = kind.Split(' ')[0];
        var after = k + 1;
        if (view.Is(after, "of") && view.Is(after + 1, "understanding")) after += 2;
        if (view.Tokens.Count > after + 2 && view.Tokens[after].Text == "(" && view.Is(after + 2, ")")) after += 3;
        var found = new List<NameSpan>();
        // "One of these MoUs aims to enhance A": the first of them, named in the opening words themselves.
        var from = view.Is(0, "one") ? AboutFrom(view, after) : -1;
        var end = from < 0 ? -1 : OrdinalSubjectEnd(view, from);
        if (from >= 0 && end >= from)
        {
            found.Add(new NameSpan(0, end, view.Tokens[0].Start, view.Tokens[end].End, head, false) { Name = kind + " on " + view.Sentence.Text[(view.Tokens[from].Start - view.Sentence.Start)..(view.Tokens[end].End - view.Sentence.Start)] });
            after = end + 1;
        }
        found.AddRange(LaterOrdinals(view, after, kind, head));
        return found;
    }

    private static NameSpan? TryRead(SentenceView view, int head, int floor)
    {
        var word = view.Lower(head);
        if (!Heads.Contains(word) || view.Tokens[head].IsSymbol) return null;
        if (NotAfterHead.Contains(view.Lower(head + 1))) return null;
        if (word is "statement" or "communique" or "communiqué" && !view.Is(head - 1, "joint")) return null;
        // "a joint statement to the media", "joint statements to the press": words spoken to reporters, not a document.
        if (word is "statement" or "statements" && view.Is(head + 1, "to") && view.Is(head + 2, "the") && view.Is(head + 3, "media", "press", "journalists", "reporters")) return null;
        // "upon agreement between the governments", "by agreement": by consent, not a document.
        if (word == "agreement" && view.Is(head - 1, "upon", "by", "without", "under", "in", "reach", "reached", "reaching", "reaches")) return null;
        // "a mutual agreement on the steps", "broad agreement that …": in lower case, a meeting of minds, not a document.
        if (word == "agreement" && !view.Tokens[head].IsCapitalized && view.Is(head - 1, "mutual", "common", "broad", "general", "full", "tacit", "verbal")) return null;
        // "the first agreement of its kind": the tail ranks the document among others and names none.
        if (view.Is(head + 1, "of") && view.Is(head + 2, "its", "this", "that", "the") && view.Is(head + 3, "kind", "type", "sort")) return null;
        // "They reached an agreement on holding talks", "came to an agreement": a meeting of minds, not a document.
        if (word == "agreement" && view.Is(head - 1, "an", "a", "broad", "general", "mutual", "full") && (view.Is(head - 2, "reach", "reached", "reaching", "reaches")
                || (view.Is(head - 2, "to") && view.Is(head - 3, "came", "come", "comes", "coming")))) return null;
        // "reached a preliminary agreement to sign …", "reached a tentative agreement": an understanding still short of a document.
        if (word == "agreement" && TentativeWords.Contains(view.Lower(head - 1)) && view.Is(head - 2, "an", "a", "the")
            && view.Is(head - 3, "reach", "reached", "reaching", "reaches")) return null;
        // "The diplomatic protocol establishes …": the rules of ceremony, not a document.
        if (word == "protocol" && view.Is(head - 1, "diplomatic", "state", "royal", "official", "presidential", "military")) return null;
        var capitalized = view.Tokens[head].IsCapitalized;
        var first = Math.Max(floor, capitalized ? NameScan.BackOverCapitalized(view, head, innerPrepositions: true) : BackOverModifiers(view, head));
        // "arrived in the United States on Global Exchange Program": a country before an inner preposition is where, not the name.
        if (capitalized) first = AfterLeadingCountry(view, first, head);
        // "Another MoU was signed …" opening a sentence: the word counts the document, it does not name it.
        if (first < head && view.Is(first, "another")) first++;
        // "plans to sign 12 cooperation agreement": a count before a singular head counts documents the text does not name.
        if (CountsDocuments(view, first - 1) || CountsDocuments(view, first)) return null;
        var last = head;
        if (word == "memorandum" && view.Is(head + 1, "of") && view.Is(head + 2, "understanding")) last = head + 2;
        // "signing agreements, Memorandum of Understandings and protocols": a plural names documents in general.
        if (word == "memorandum" && view.Is(head + 1, "of") && view.Is(head + 2, "understandings")) return null;
        last = NameScan.ReadAcronym(view, last);
        // "an agreement between the two ministers X and Y on …": the subject is read past the signatories.
        var afterSignatories = SubjectAfterSignatories(view, last + 1);
        var tailEnd = afterSignatories > 0 ? ReadTail(view, afterSignatories - 1, capitalized, false) : ReadTail(view, last, capitalized, AimMayName(view, first, head));
        if (afterSignatories > 0 && tailEnd < afterSignatories) return null;
        if (tailEnd < 0) return null;
        var hasTail = tailEnd > last;
        if (hasTail && TailNamesNoSubject(view, last, tailEnd)) return null;
        var headEnd = last;
        last = YearSpanEnd(view, NameScan.ReadAcronym(view, tailEnd));
        // "Additionally, a memorandum of understa": a name running into the end of an unfinished sentence was cut.
        if (last == view.Count - 1 && !EndsFinished(view.Sentence.Text)) return null;

        if (Enumerable.Range(first, last - first + 1).Any(k => IsLocalityWord(view.Lower(k)))) return null;
        if (word == "protocol" && Enumerable.Range(first, head - first).Any(k => ProtocolOffices.Contains(view.Lower(k)))) return null;
        if (word == "protocol" && head > 0 && view.Is(head - 1, "of") && head > 1 && ProtocolOffices.Contains(view.Lower(head - 2))) return null;
        // "the South African National Development Plan": a national document of one side, not one between the two.
        if (capitalized && Enumerable.Range(first, head - first).Any(k => view.Is(k, "national"))
            && view.MentionsWithin(view.Tokens[first].Start, view.Tokens[last].End).Count(m => m.Kind == MentionKind.Country) < 2)
            return null;
        // "signed bilateral agreement to expand ties": words saying only that it is between states do not name it.
        // "a cooperation agreement", "the co-operation protocol": in lower case, cooperation is what every such document is for,
        // unless the years it covers or lasts stand around it ("the 2021-2023 cooperation roadmap", "the 20-year cooperation
        // plan", "a cooperation roadmap for 2025-2030").
        var specific = capitalized || Years(view, first - 1) || last > NameScan.ReadAcronym(view, tailEnd);
        var hasModifier = Enumerable.Range(first, head - first).Any(k => !GenericModifiers.Contains(view.Lower(k))
                                                                         && (specific || !CooperationNouns.Contains(view.Lower(k))));
        if (PassiveSigning(view, last) is { } passive)
            return new NameSpan(first, passive.Last, view.Tokens[first].Start, view.Tokens[passive.Last].End, word, false)
            {
                Name = passive.SubjectFirst < 0
                    ? view.Sentence.Text[(view.Tokens[first].Start - view.Sentence.Start)..(view.Tokens[last].End - view.Sentence.Start)] + " "
                      + view.Sentence.Text[(view.Tokens[passive.BetweenFirst].Start - view.Sentence.Start)..(view.Tokens[passive.Last].End - view.Sentence.Start)]
                    : view.Sentence.Text[(view.Tokens[first].Start - view.Sentence.Start)..(view.Tokens[last].End - view.Sentence.Start)] + " "
                      + view.Sentence.Text[(view.Tokens[passive.SubjectFirst].Start - view.Sentence.Start)..(view.Tokens[passive.Last].End - view.Sentence.Start)],
            };
        if (!hasTail && OrdinalSubject(view, head, last) is { } subject)
            return new NameSpan(first, subject.Last, view.Tokens[first].Start, view.Tokens[subject.Last].End, word, false)
            {
                Name = view.Tokens[head].Text + (last > head ? " of understanding" : "") + " on "
                       + view.Sentence.Text[(view.Tokens[subject.First].Start - view.Sentence.Start)..(view.Tokens[subject.Last].End - view.Sentence.Start)],
            };
        var isReference = !hasModifier && !hasTail;
        if (StatementHeads.Contains(word) && (isReference || !Adopted(view, first, last) || (!hasTail && !capitalized && !SignedBefore(view, first)))) return null;
        if (!isReference && !capitalized && WeakHeads.Contains(word)
            && !Enumerable.Range(first, last - first + 1).Any(k => CooperationWords.Contains(view.Lower(k))))
            return null;
        // "Kenya and Ethiopia Bilateral Agreement": the two countries and words saying only that it is between them name no document.
        if (capitalized && !hasTail && first < head && Enumerable.Range(first, head - first).All(k => view.IsCountryWord(k) || view.Is(k, "and", "-", "–")
                                                                                                   || GenericModifiers.Contains(view.Lower(k))))
            isReference = true;
        return new NameSpan(first, last, view.Tokens[first].Start, view.Tokens[last].End, word, isReference)
        {
            Name = afterSignatories > 0 && afterSignatories <= last
                ? view.Sentence.Text[(view.Tokens[first].Start - view.Sentence.Start)..(view.Tokens[headEnd].End - view.Sentence.Start)] + " "
                  + view.Sentence.Text[(view.Tokens[afterSignatories].Start - view.Sentence.Start)..(view.Tokens[last].End - view.Sentence.Start)]
                : null,
        };
    }

    /// <summary>
    /// "an agreement for Ghana", "the accord on the Republic of Togo", "an agreement on seven issues": a tail naming only a
    /// country or a tally of topics says neither what the document is about nor which one it is.
    /// </summary>
    private static bool TailNamesNoSubject(SentenceView view, int last, int tailEnd)
    {
        var from = last + 2;
        // "between Chile and Peru" names the parties, which the name may carry.
        if (from > tailEnd || view.Is(last + 1, "between")) return false;
        if (Enumerable.Range(from, tailEnd - from + 1).All(k => view.IsCountryWord(k) || view.Is(k, "the", "republic", "of", "and", "kingdom", "state")))
            return true;
        var count = view.Is(from, "the") ? from + 1 : from;
        return tailEnd == count + 1 && (CountWords.Contains(view.Lower(count)) || view.Tokens[count].IsDigits) && TallyNouns.Contains(view.Lower(tailEnd));
    }

    /// <summary>"signed a joint statement", "issued the Joint Declaration", "a Declaration on … was adopted": the document was agreed on.</summary>
    private static bool Adopted(SentenceView view, int first, int last)
    {
        for (var k = first - 1; k >= 0 && first - k <= 4; k--)
            if (AdoptionVerbs.Contains(view.Lower(k))) return true;
        var after = last + 1;
        // "a Declaration on … between the two states was adopted": the sides named after the title.
        if (view.Is(after, "between") && view.Is(after + 1, "the") && view.Is(after + 2, "two", "both")) after += 4;
        var verb = after;
        if (view.Is(after, "was", "were", "has", "have")) after++;
        if (view.Is(after, "been")) after++;
        if (view.Is(after, "also", "jointly")) after++;
        return view.Is(after, "adopted", "signed", "issued", "inked") && after > verb;
    }

    private static readonly HashSet<string> SignedWords = ["signed", "concluded", "reached", "inked"];

    /// <summary>
    /// "A memorandum of understanding was signed between the Ministry of Trade of A and the Ministry of Economy of B
    /// on expanding trade": a passive signing between two named signatories. Returns where "between" is, where what
    /// the document is about starts (-1 when nothing follows the signatories) and the last word read; null when the
    /// name is not followed by such a clause or its signatories are only "the two countries".
    /// </summary>
    private static readonly HashSet<string> OccasionNouns = ["sidelines", "margins", "margin", "occasion", "eve", "day", "same", "basis", "behalf", "part"];

    /// <summary>
    /// The last word of a lower-case subject starting at <paramref name="from"/> after "was signed on", or -1. After "on" one word
    /// is too little ("on time"); after "in the area of" one word is a field.
    /// </summary>
    private static int SubjectAfterPassive(SentenceView view, int from, bool oneWord = false)
    {
        var word = view.Is(from, "the") ? from + 1 : from;
        if (word >= view.Count || !view.Tokens[word].IsWord || view.Tokens[word].IsCapitalized || view.Tokens[word].IsDigits || view.InsideDate(word)
            || OccasionNouns.Contains(view.Lower(word)) || NameWords.IsClosedWord(view.Lower(word))) return -1;
        var end = SubjectEnd(view, from);
        // "… between the two countries": the pair, which the name need not carry.
        for (var k = word + 1; k <= end; k++)
            if (view.Is(k, "between") && (view.Is(k + 1, "both") || (view.Is(k + 1, "the") && view.Is(k + 2, "two"))))
            {
                end = k - 1;
                break;
            }
        return end > word || (oneWord && end == word) ? end : -1;
    }

    private static (int BetweenFirst, int SubjectFirst, int Last)? PassiveSigning(SentenceView view, int last)
    {
        var k = last + 1;
        if (!view.Is(k, "was", "were", "has", "have")) return null;
        k++;
        if (view.Is(k, "been")) k++;
        if (view.Is(k, "also")) k++;
        if (!SignedWords.Contains(view.Lower(k))) return null;
        // "a memorandum was signed on the exchange of seeds": the subject after the verb names the document; a day, the occasion
        // ("on the sidelines") or who signed ("on behalf of") do not.
        if (view.Is(k + 1, "on") && SubjectAfterPassive(view, k + 2) is var subjectEnd and >= 0) return (k + 1, k + 1, subjectEnd);
        // "a protocol was signed in the area of health", "… in the field of oil": the field names the document.
        if (view.Is(k + 1, "in") && FieldAfter(view, k + 2) is var field and >= 0 && SubjectAfterPassive(view, field, oneWord: true) is var fieldEnd and >= 0)
            return (k + 1, k + 1, fieldEnd);
        if (!view.Is(k + 1, "between")) return null;
        var between = k + 1;
        if (view.Is(between + 1, "the") && view.Is(between + 2, "two", "both") || view.Is(between + 1, "both")) return null;
        var and = -1;
        for (var j = between + 2; j < view.Count && j - between <= 24; j++)
        {
            if (view.InsideDate(j) || view.Tokens[j].Text is "." or ";") break;
            if (and < 0)
            {
                if (view.Is(j, "and")) and = j;
                continue;
            }
            if (view.Is(j, "on", "to", "regarding", "concerning") && j > and + 1)
            {
                var end = SubjectEnd(view, j + 1);
                return end > j ? (between, j, end) : null;
            }
        }
        if (and < 0) return null;
        // No subject: the signatories end the clause ("… between A's Investment Agency and B's Trade Agency.").
        var lastWord = and + 1;
        for (var j = and + 1; j < view.Count && j - and <= 12; j++)
        {
            if (!view.Tokens[j].IsWord || view.InsideDate(j) || view.Is(j, "in", "at", "during", "on", "which", "that", "who")) break;
            lastWord = j;
        }
        return lastWord > and + 1 && (lastWord + 1 >= view.Count || !view.Tokens[lastWord + 1].IsWord) ? (between, -1, lastWord) : null;
    }

    private static readonly HashSet<string> FieldNouns = ["area", "field", "sector", "domain", "sphere"];

    /// <summary>The first word after "the area of", "the field of" starting at <paramref name="k"/>, or -1.</summary>
    private static int FieldAfter(SentenceView view, int k)
    {
        if (view.Is(k, "the")) k++;
        return FieldNouns.Contains(view.Lower(k)) && view.Is(k + 1, "of") ? k + 2 : -1;
    }

    /// <summary>The last word of "on expanding trade and economic relations" up to a date, a place or the clause's end.</summary>
    private static int SubjectEnd(SentenceView view, int from)
    {
        var end = from - 1;
        for (var j = from; j < view.Count && j - from <= 16; j++)
        {
            var t = view.Tokens[j];
            if (!t.IsWord || view.InsideDate(j) || view.Is(j, "which", "that", "during", "at", "under", "within")) break;
            if (view.Is(j, "in") && view.IsCapitalizedWord(j + 1)) break;
            // "an accord to form a council was signed …": the verb of the sentence ends its subject.
            if (view.Is(j, "was", "were", "is", "are", "will", "has", "have")) break;
            // "… with the aim of establishing …": why it was signed, not what it is about.
            if (view.Is(j, "with") && view.Is(j + 1, "the", "a") && view.Is(j + 2, "aim", "purpose", "objective", "goal")) break;
            // "… and an agreement to protect investments": the next document of a list.
            if (view.Is(j, "and") && (Heads.Contains(view.Lower(j + 1)) || (view.Is(j + 1, "a", "an", "the") && Heads.Contains(view.Lower(j + 2))))) break;
            // "… to strengthen cooperation and agreed to set up a council": a clause of its own.
            if (view.Is(j, "and") && (view.Is(j + 1, "agreed", "said", "also", "discussed", "will") || (view.Is(j + 1, "the") && view.Is(j + 2, "two", "leaders", "ministers")))) break;
            end = j;
        }
        while (end >= from && NameWords.IsClosedWord(view.Lower(end))) end--;
        return end;
    }

    private static readonly HashSet<string> Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final"];

    /// <summary>
    /// "The first MoU was on the establishment of a border post", "The fourth agreement touches on fisheries", "The third
    /// memorandum is concerned with …": one of the documents counted before, named by what it is about; "Another MoU …"
    /// opening a sentence counts it the same way. Returns the words of the subject, or null.
    /// </summary>
    private static (int First, int Last)? OrdinalSubject(SentenceView view, int head, int last)
    {
        var k = head - 1;
        var counted = (Ordinals.Contains(view.Lower(k)) && view.Is(k - 1, "the") && k - 1 == 0) || (view.Is(k, "another") && k == 0);
        if (!counted || AboutFrom(view, last + 1) is not (var from and >= 0)) return null;
        var end = OrdinalSubjectEnd(view, from);
        return end >= from ? (from, end) : null;
    }

    /// <summary>
    /// Where what a counted document is about starts after the words at <paramref name="k"/> that tie it to its subject: "is on",
    /// "was about", "touches on", "is related to", "relates to", "is concerned with", "deals with", "incorporates", "is meant for",
    /// "aims to enhance"; -1 when none stands there.
    /// </summary>
    private static int AboutFrom(SentenceView view, int k)
    {
        var be = view.Is(k, "is", "was");
        if (be) k++;
        if (be && view.Is(k, "on", "about", "concerning", "for")) return k + 1;
        if (view.Is(k, "related", "relating", "relates", "pertains", "pertaining") && view.Is(k + 1, "to")) return k + 2;
        if (view.Is(k, "concerned", "deals", "dealt") && view.Is(k + 1, "with")) return k + 2;
        if (view.Is(k, "touches", "touched", "focuses", "focused", "centres", "centers") && view.Is(k + 1, "on")) return k + 2;
        if (be && view.Is(k, "meant", "intended", "designed", "aimed") && view.Is(k + 1, "for", "at")) return k + 2;
        if (be) return -1;
        if (view.Is(k, "concerns", "covers", "incorporates", "addresses", "involves")) return k + 1;
        return view.Is(k, "aims", "seeks") && view.Is(k + 1, "to") && (AimVerbs.Contains(view.Lower(k + 2)) || PurposeVerbs.Contains(view.Lower(k + 2))) ? k + 3 : -1;
    }

    /// <summary>
    /// The last word of a counted document's subject from <paramref name="from"/>: up to a clause mark, a date, the next ordinal
    /// ("and the third …"), a clause of its own ("while …", "as it aims …") or "between the two sides", which names no subject.
    /// </summary>
    private static int OrdinalSubjectEnd(SentenceView view, int from)
    {
        var end = from - 1;
        for (var w = from; w < view.Count && w - from <= 16; w++)
        {
            if (view.Tokens[w].Text is "," or "." or ";" or ":" || view.InsideDate(w) || view.Is(w, "which", "that", "meant", "aimed", "signed", "while", "whereas")
                || (view.Is(w, "and") && view.Is(w + 1, "the") && Ordinals.Contains(view.Lower(w + 2)))
                || (view.Is(w, "as") && view.Is(w + 1, "it", "they", "this", "these"))
                || (view.Is(w, "between") && (view.Is(w + 1, "both") || (view.Is(w + 1, "the") && view.Is(w + 2, "two"))))) break;
            end = w;
        }
        while (end >= from && (NameWords.IsClosedWord(view.Lower(end)) || !view.Tokens[end].IsWord)) end--;
        return end;
    }

    /// <summary>
    /// "The first agreement is on A, the second on B, the third for C": after a document named by its ordinal, each later
    /// ordinal that a comma or "and" opens names one more document of the same kind by its subject.
    /// </summary>
    private static List<NameSpan> LaterOrdinals(SentenceView view, int after, string kind, string head)
    {
        var later = new List<NameSpan>();
        for (var k = after; k + 2 < view.Count; k++)
        {
            if (!view.Is(k, "the") || !Ordinals.Contains(view.Lower(k + 1)) || !(view.Tokens[k - 1].Text == "," || view.Is(k - 1, "and", "while", "whereas"))) continue;
            var j = k + 2;
            if (view.Is(j, "one")) j++;
            // "the second on B" leaves out the verb; "the second one is meant for B" keeps it.
            var from = view.Is(j, "on", "for", "about", "concerning") ? j + 1 : AboutFrom(view, j);
            if (from < 0) continue;
            var end = OrdinalSubjectEnd(view, from);
            if (end < from) continue;
            later.Add(new NameSpan(k, end, view.Tokens[k].Start, view.Tokens[end].End, head, false)
            {
                Name = kind + " on " + view.Sentence.Text[(view.Tokens[from].Start - view.Sentence.Start)..(view.Tokens[end].End - view.Sentence.Start)],
            });
            k = end;
        }
        return later;
    }

    /// <summary>"signed a joint statement": a statement with no subject named is a document only when signed, not just issued.</summary>
    private static bool SignedBefore(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 4; k--)
            if (view.Is(k, "signed", "inked", "adopted", "signing")) return true;
        return false;
    }

    /// <summary>"plan of action from 2022 to 2027", "programme for 2021-2024", "Cooperation Program 2023-2027": the years a document covers are part of its name.</summary>
    private static int YearSpanEnd(SentenceView view, int last)
    {
        var k = last + 1;
        var from = view.Is(k, "from");
        if (from || view.Is(k, "for")) k++;
        if (IsYearRange(view.Lower(k))) return k;
        return from && IsYear(view.Lower(k)) && view.Is(k + 1, "to", "until") && IsYear(view.Lower(k + 2)) ? k + 2 : last;
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit) && word[0] is '1' or '2';

    private static bool IsYearRange(string word) =>
        word.Length == 9 && word[4] is '-' or '–' or '‐' && IsYear(word[..4]) && IsYear(word[5..]);

    private static bool EndsFinished(string sentence)
    {
        var end = sentence.TrimEnd();
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ':' or ';';
    }

    private static int AfterLeadingCountry(SentenceView view, int first, int head)
    {
        var k = first;
        while (k < head && view.IsCountryWord(k)) k++;
        return k > first && k < head && view.Is(k, "on", "in", "for") ? k + 1 : first;
    }

    private static bool IsLocalityWord(string word) =>
        word == "sister" || LocalityPrefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal));

    private static int BackOverModifiers(SentenceView view, int head)
    {
        var first = head;
        for (var j = head - 1; j >= 0 && head - j <= 4; j--)
        {
            var t = view.Tokens[j];
            var isModifier = !t.IsSymbol && !t.IsCapitalized && !t.IsDigits && !view.InsideDate(j)
                             && !NameWords.IsClosedWord(t.Lower) && !ModifierStops.Contains(t.Lower)
                             && !t.Lower.EndsWith("ed", StringComparison.Ordinal);
            // A country prefix belongs to the name: "Vietnam-Korea free trade agreement".
            if (isModifier || (t.IsCapitalized && view.IsCountryWord(j))) first = j;
            else break;
        }
        return first;
    }

    /// <summary>The last word of what the document is about, or `last` when no such phrase follows.</summary>
    private static int ReadTail(SentenceView view, int last, bool capitalized, bool aimMayName)
    {
        var start = last + 1;
        // "a framework agreement relating to scholarships": the subject follows "relating to".
        if (view.Is(start, "relating", "related") && view.Is(start + 1, "to"))
        {
            var subjectEnd = SubjectEnd(view, start + 2);
            return subjectEnd > start + 1 ? subjectEnd : last;
        }
        // "an agreement to establish a joint commission", "a protocol to avoid double taxation": what the document does names it.
        if (view.Is(start, "to") && (PurposeVerbs.Contains(view.Lower(start + 1)) || (aimMayName && AimVerbs.Contains(view.Lower(start + 1)))))
        {
            var purposeEnd = SubjectEnd(view, start + 1);
            return purposeEnd > start + 1 ? purposeEnd : last;
        }
        if (!TailStarts.Contains(view.Lower(start)) || Stops(view, start, capitalized)) return last;
        // "signed the MoU on behalf of Zimbabwe": who signed, not what the document is about.
        if (view.Is(start, "on") && view.Is(start + 1, "behalf")) return last;
        // "the protocol of the session": the minutes of a meeting, not a document between the states.
        if (view.Is(start, "of") && view.Is(start + 1, "the", "its", "this") && view.Is(start + 2, "session", "meeting", "talks")) return -1;
        // "an agreement for a total of $253 billion", "contracts for $2 billion": the deal's value, not its subject.
        if (view.Is(start, "for") && (IsFigure(view, start + 1) || (view.Is(start + 1, "a", "the") && view.Is(start + 2, "total", "sum", "value", "amount"))))
            return last;
        var end = last;
        // "between the ports of Sines and the Angolan Dande Society", "on trade between the government of A and the
        // government of B": the first "and" after the name's "between" joins its two parties, and commas before capitalised
        // words list the bodies of one side ("between A's Investment Authority, Export Council and B's Trade Agency").
        if (BetweenSignatories(view, start)) return last;
        var betweenOpen = view.Is(start, "between");
        var betweenSeen = betweenOpen;
        var betweenAt = betweenOpen ? start : -1;
        // Whether the last "and" read closed the "between": a side's own name may hold one ("the Communications and Multimedia Commission").
        var closedAtAnd = false;
        var acronymRead = false;
        var stopped = false;
        var k = start + 1;
        for (; k < view.Count && k - start <= MaxTail; k++)
        {
            if (view.Is(k, "between") && !betweenSeen)
            {
                betweenOpen = betweenSeen = true;
                betweenAt = k;
            }
            if (betweenOpen && view.Is(k, "and") && (view.Is(k + 1, "the", "a", "an", "its", "their") || view.IsCapitalizedWord(k + 1)))
            {
                betweenOpen = false;
                // Two sides each with an acronym ("between A (AA) and B (BB) and …"): the first acronym settled where the first side ends.
                closedAtAnd = !acronymRead;
                end = k;
                continue;
            }
            // "between the State Trade Service (STS) and …": the first side's acronym, then its second side. After "between the
            // Information and Communication Authority (ICA) and Qatar's …" the acronym shows the "and" read before it was inside
            // the first side's name: the "between" is open again, for the side after this "and", unless a document follows it.
            if ((betweenOpen || closedAtAnd) && view.Tokens[k].Text == "(" && NameScan.ReadAcronym(view, k - 1) is var acronymEnd && acronymEnd > k
                && view.Is(acronymEnd + 1, "and") && (betweenOpen || !OpensDocument(view, acronymEnd + 2)))
            {
                betweenOpen = true;
                closedAtAnd = false;
                acronymRead = true;
                end = k = acronymEnd;
                continue;
            }
            if (!view.Tokens[k].IsWord || !view.Tokens[k].IsCapitalized) closedAtAnd = false;
            // "between A Province, Vietnam and B Province, Thailand": the country of the first party, in apposition.
            if (betweenOpen && view.Tokens[k].Text == "," && view.IsCountryWord(k + 1) && view.Is(k + 2, "and"))
            {
                end = ++k;
                continue;
            }
            if (betweenOpen && view.Tokens[k].Text == "," && view.IsCapitalizedWord(k + 1) && view.MentionCovering(k + 1) is not { Kind: MentionKind.Office or MentionKind.Country })
            {
                end = k;
                continue;
            }
            if (Stops(view, k, capitalized, insideParties: betweenOpen))
            {
                stopped = true;
                break;
            }
            end = k;
        }
        // A name still running at the cap was not read to its end: a cut title names no document.
        if (!stopped && k < view.Count) return -1;
        // Drop function words left dangling at the end: "on", "of the".
        while (end > last && (NameWords.IsClosedWord(view.Lower(end)) || view.Tokens[end].IsSymbol)) end--;
        // "the agreement between Iran's minister of …": a tail cut at a possessive names signatories, not the document.
        if (end > last && (view.Lower(end).EndsWith("'s", StringComparison.Ordinal) || view.Lower(end).EndsWith("’s", StringComparison.Ordinal))) return last;
        // "an accord between the State University of A (SUA)", "another agreement between the Trade Ministry and this …": a
        // "between" whose second side the tail never reaches names one body of two, so the title was cut and names no document.
        if (betweenOpen && end > betweenAt && OneBody(view, betweenAt + 1, end)) return -1;
        return end;
    }

    /// <summary>Whether a document is named from k on: "a protocol …", "the Agreement on …", "an MoU".</summary>
    private static bool OpensDocument(SentenceView view, int k)
    {
        if (view.Is(k, "a", "an", "the", "another")) k++;
        return Heads.Contains(view.Lower(k));
    }

    /// <summary>
    /// Whether the words of one side after "between" are a single body ("the Finance Ministry", "the National University of A"):
    /// its head, the word before "of" or "(" or the end, is singular. "the two ministries", "the Ministries of Health",
    /// "national news agencies" are both sides in one phrase.
    /// </summary>
    private static bool OneBody(SentenceView view, int from, int to)
    {
        var head = to;
        for (var k = from; k <= to; k++)
        {
            if (view.Is(k, "two", "both", "respective", "and")) return false;
            if (head == to && k > from && (view.Is(k, "of") || view.Tokens[k].Text == "(")) head = k - 1;
        }
        var word = view.Lower(head);
        return view.Tokens[head].IsWord && !(word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));
    }

    /// <summary>
    /// "an agreement between the mayor of A and the head of B", "between X and B's energy minister Y" with no subject after
    /// the two sides: a "between" right after the head whose sides are people who signed, and nothing said of what the
    /// document is about; such a tail gives no name. When a subject follows their "and" ("… ministers X and Y on trade") the
    /// name is read as before; "on exchanges between the heads of …" (a "between" inside the subject) is not this.
    /// </summary>
    private static bool BetweenSignatories(SentenceView view, int start) => ScanSignatories(view, start) is (true, < 0);

    /// <summary>
    /// "an agreement between the two foreign ministers X and Y on the establishment of a commission", "signed a memorandum with
    /// his counterpart X on scholarships": where what the document is about starts after a "between" or "with" whose words
    /// are people who signed, or -1. The name is the head and that subject; the signatories are no part of it.
    /// </summary>
    private static int SubjectAfterSignatories(SentenceView view, int start)
    {
        if (ScanSignatories(view, start) is not (true, var subject and >= 0)) return -1;
        if (view.Is(start, "between")) return view.Is(subject, "to") ? -1 : subject;
        // "with his counterpart X to set up a council": only what the document itself sets up names it; "on Monday" is when it was signed.
        if (view.Is(subject, "to")) return PurposeVerbs.Contains(view.Lower(subject + 1)) ? subject : -1;
        return view.InsideDate(subject + 1) ? -1 : subject;
    }

    /// <summary>Whether the words after "between" or "with" name signatories, and where a subject after them starts (-1 when none does).</summary>
    private static (bool Signatories, int Subject) ScanSignatories(SentenceView view, int start)
    {
        if (!view.Is(start, "between", "with")) return (false, -1);
        var andSeen = false;
        var signatories = false;
        for (var j = start + 1; j < view.Count && j - start <= MaxTail; j++)
        {
            var t = view.Tokens[j];
            // A list's comma goes on ("executive director of A, X and Y"); other marks and a verb end the two sides.
            if (t.IsSymbol && t.Text is not ("'" or "’" or ",")) return (signatories, -1);
            if (view.Is(j, "was", "were", "is", "are", "has", "have", "had", "will", "signed")) return (signatories, -1);
            if ((andSeen || signatories) && view.Is(j, "on", "for", "to", "concerning", "regarding")) return (signatories, signatories ? j : -1);
            if (view.Is(j, "and")) andSeen = true;
            else if (SignatoryNouns.Contains(t.Lower)) signatories = true;
        }
        return (signatories, -1);
    }

    /// <summary>Nouns for the people who sign a document; inside "between … and …" they make the tail name signatories.</summary>
    private static readonly HashSet<string> SignatoryNouns =
    [
        "minister", "ministers", "mayor", "mayors", "head", "heads", "chairman", "chairmen", "chairperson", "governor", "governors",
        "ambassador", "ambassadors", "secretary", "director", "directors", "counterpart", "counterparts",
    ];

    /// <summary>Quotation marks around a title inside a name: "on advancement of the ‘Development Road’ construction".</summary>
    private static bool IsQuoteMark(string text) => text is "‘" or "“" or "”" or "\"";

    private static bool IsFigure(SentenceView view, int k) =>
        k < view.Count && (view.Tokens[k].IsSymbol || char.IsDigit(view.Tokens[k].Text[0]) || view.Is(k, "usd", "us", "eur", "rmb"));

    /// <summary>Lower-case content words and commas from k up to "and" and one more such word: the rest of a list of fields.</summary>
    private static bool FieldListFollows(SentenceView view, int k)
    {
        for (var j = k; j < view.Count && j - k <= 8; j++)
        {
            // "on economic policy, development and the exchange of expertise": the last field may take an article.
            if (view.Is(j, "and")) return j > k && (IsFieldWord(view, j + 1) || (view.Is(j + 1, "the") && IsFieldWord(view, j + 2)));
            if (view.Tokens[j].Text != "," && !IsFieldWord(view, j)) return false;
        }
        return false;
    }

    private static bool IsFieldWord(SentenceView view, int k) =>
        k < view.Count && !view.Tokens[k].IsSymbol && !view.Tokens[k].IsCapitalized && !view.Tokens[k].IsDigits
        && !NameWords.IsClosedWord(view.Lower(k)) && !view.Lower(k).EndsWith("ed", StringComparison.Ordinal);

    /// <summary>Lower-case words that go on a capitalised title: prepositions, articles and "and" that join its words.</summary>
    private static readonly HashSet<string> TitleJoiners =
    [
        "of", "on", "in", "for", "and", "to", "between", "from", "regarding", "concerning", "relating", "related", "amending",
        "with", "the", "a", "an", "against", "about", "under", "within", "at", "among",
    ];

    /// <summary>Verbs that say what a document does; after its name they begin the clause's predicate, never its subject.</summary>
    private static readonly HashSet<string> ClauseVerbs =
    [
        "covers", "covered", "includes", "included", "provides", "provided", "aims", "aimed", "seeks", "sought", "allows", "allowed",
        "enables", "enabled", "calls", "called", "envisages", "envisaged", "stipulates", "stipulated", "paves", "paved", "foresees",
        "focuses", "focused", "focusses", "focussed", "outlines", "outlined", "lays", "laid", "gives", "gave", "reflects", "reflected",
    ];

    /// <summary>Adverbs of time that close a name: "the accord signed on fisheries yesterday", "an agreement on trade two years ago".</summary>
    private static readonly HashSet<string> TimeAdverbs = ["ago", "yesterday", "today", "earlier", "later", "recently", "previously", "tomorrow"];

    /// <summary>Prepositions of purpose or means that begin a clause after a document's name rather than its subject.</summary>
    private static readonly HashSet<string> EndingPrepositions = ["towards", "toward", "through", "via", "throughout", "across", "amid", "despite"];

    /// <summary>Capitalised words (with "of", "in", "the") and commas up to "and" and one more capitalised word: the rest of a title's list.</summary>
    private static bool TitleListFollows(SentenceView view, int k)
    {
        for (var j = k; j < view.Count && j - k <= 10; j++)
        {
            if (view.Is(j, "and")) return j > k && view.IsCapitalizedWord(j + 1) && !view.IsCountryWord(j + 1);
            if (view.Tokens[j].Text == "," || view.Is(j, "of", "in", "the")) continue;
            if (!view.IsCapitalizedWord(j) || view.IsCountryWord(j) || view.MentionCovering(j) is { Kind: MentionKind.Office }) return false;
        }
        return false;
    }

    /// <summary>True when word k ends a document's name rather than continuing it.</summary>
    private static bool Stops(SentenceView view, int k, bool capitalizedName, bool insideParties = false)
    {
        var t = view.Tokens[k];
        var next = k + 1;
        // "an agreement between the Minister of International Relations X and …": the signatories, not the subject.
        if (view.MentionCovering(k) is { Kind: MentionKind.Office }) return true;
        // A count stays in the name ("the assembly of 300 tractors"); a date ends it.
        if (view.InsideDate(k)) return true;
        // "on cooperation in culture, arts, social integration and national heritage": a list of fields goes on.
        if (t.Text == "," && FieldListFollows(view, next)) return false;
        // "on the Prevention, Investigation and Control of Trafficking": a title's list of capitalised fields goes on.
        if (t.Text == "," && (capitalizedName || view.IsCapitalizedWord(k - 1)) && TitleListFollows(view, next)) return false;
        // "The Plan of Action covers …", "Plan of Action towards …": in a title, a lower-case word right after a capitalised
        // one (not a country's) ends the name unless it joins the title's words.
        // Not among the signatories of "between A … and B", whose bodies may be described in lower case ("A Railways joint venture").
        if (capitalizedName && !insideParties && t.IsWord && !t.IsCapitalized && !char.IsDigit(t.Text[0]) && view.IsCapitalizedWord(k - 1) && !view.IsCountryWord(k - 1)
            && !TitleJoiners.Contains(t.Lower))
            return true;
        if (EndingPrepositions.Contains(t.Lower) || TimeAdverbs.Contains(t.Lower)) return true;
        // "signed an agreement on fisheries two years ago": the span before "ago" says when, not what.
        if (view.Is(next, "ago") || (view.Is(next + 1, "ago") && (view.CardinalAt(k) is not null || view.Is(k, "many", "few", "several", "some")))) return true;
        // "an agreement on nickel called for closer ties", "the plan of action covers trade": the clause's verb ends the name.
        if (!t.IsCapitalized && ClauseVerbs.Contains(t.Lower)) return true;
        if (t.IsSymbol)
            return t.Text is not ("'" or "’") && !(t.IsDash && view.IsCapitalizedWord(k - 1) && view.IsCapitalizedWord(next))
                   && !(IsQuoteMark(t.Text) && (view.IsCapitalizedWord(next) || view.IsCapitalizedWord(k - 1)));
        switch (t.Lower)
        {
            case "at":
                return true;
            case "in" when view.Is(next, "order") && view.Is(next + 1, "to"):
                // "areas of agreement in order to …" gives a purpose, not a subject.
                return true;
            case "in" when (view.Is(next, "a") && view.Is(next + 1, "bid", "move", "ceremony", "step"))
                           || (view.Is(next, "the") && view.Is(next + 1, "capital", "city", "presence", "run-up", "wake", "near", "coming", "foreseeable")):
                // "a free trade agreement in a bid to …", "sealed the deal in the capital Dhaka", "concluding a memorandum in the near
                // future": a purpose, place, occasion or time.
                return true;
            case "in" when view.CardinalAt(next) is > 1 && (AgreementLists.AreaNouns.Contains(view.Lower(next + 1)) || AgreementLists.AreaNouns.Contains(view.Lower(next + 2))):
                // "a memorandum of understanding in seven areas including A, B, …": a count of documents, read as a list of them.
                return true;
            case "being":
                // "the mid-term programme being carried out until 2021": a clause on how the document fares, not its name.
                return true;
            case "in":
                // "in economic fields" and "on Cooperation in Sports" continue; "in Warsaw", "in September", "in force" end it.
                return (view.IsCapitalizedWord(next) && (!capitalizedName || view.MentionCovering(next) is not null))
                       || view.StartsDate(next) || view.Is(next, "force", "which", "this", "that");
            case "on" when view.Is(next, "the") && view.Is(next + 1, "sidelines", "margins", "margin", "occasion", "eve"):
                // "on the sidelines of the summit" says when it was signed, not what it is about.
                return true;
            case "for" or "on":
                // "signed a cooperation agreement on Monday": a weekday says when, also where the story's day is unknown and it is read as no date.
                return view.StartsDate(next) || (view.Is(next, "the") && view.StartsDate(next + 1)) || view.Tokens.Count <= next
                       || CalendarWords.TryWeekday(view.Lower(next), out _);
            case "and":
                if (view.Is(next, "the") && view.IsCountryWord(next + 1)) return false;
                // "on fisheries policy, research and the exchange of data": the last field of a list may take an article.
                if (view.Is(next, "the") && IsFieldWord(view, next + 1) && Enumerable.Range(Math.Max(0, k - 4), 4).Any(j => view.Tokens[j].Text == ",")) return false;
                // "… and another on investment": the next document, named by its subject alone.
                return view.Is(next, "a", "an", "the", "its", "their", "this", "of", "in", "to", "was", "were", "is", "signed", "entered", "took", "came", "has", "had", "will", "another")
                       || view.Lower(next).EndsWith("ed", StringComparison.Ordinal);
            case "between":
                // "between the two countries", "between both nations": the pair, which the name need not carry.
                if (view.Is(next, "both")) return view.Is(next + 1, "countries", "sides", "nations", "governments", "states") && !view.Is(next + 2, "'", "’");
                return view.Is(next, "the") && view.Is(next + 1, "two") && view.Is(next + 2, "countries", "sides", "nations", "governments", "states")
                       && !view.Is(next + 3, "'", "’");
            case "to" when view.Is(k - 1, "amendments", "amendment", "amending", "accession", "annex", "supplement", "additions", "modifications", "changes"):
                // "protocol on amendments to the free trade agreement": what is amended belongs to the name.
                return false;
            case "to":
                // "Protocol between A and B to Accelerate the Liberalisation of Trade": a title goes on in capitals.
                if (capitalizedName && view.IsCapitalizedWord(next) && view.MentionCovering(next) is null) return false;
                return !view.Lower(k - 1).EndsWith("ed", StringComparison.Ordinal);
            case "from" or "of" or "the" or "a" or "an" or "two" or "both" or "their" or "its" or "new" or "first":
                return false;
        }
        return NameWords.IsClosedWord(t.Lower);
    }
}
