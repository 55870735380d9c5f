using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Reads the names of standing bodies in a sentence by scanning out from a head noun (committee,
/// commission, council, consultations, dialogue, working group, intergovernmental summit, Ministerial Meeting…): back over capitalised words or
/// known modifiers, forward over an area ("on Economic, Trade and Investment Cooperation"), a level
/// ("at deputy foreign minister level"), the sides ("between the two foreign ministries") and an acronym.
/// </summary>
internal static class MechanismNameFinder
{
    private static readonly HashSet<string> Heads =
    [
        "committee", "commission", "council", "consultation", "consultations", "dialogue", "subcommittee",
        "sub-committee", "mechanism", "taskforce",
    ];

    /// <summary>Lower-case words that may stand before a head inside the name.</summary>
    private static readonly HashSet<string> Modifiers =
    [
        "political", "strategic", "joint", "intergovernmental", "inter-governmental", "bilateral", "steering",
        "consultation", "consultative", "defence", "defense", "security", "economic", "trade", "ministerial",
        "high-level", "coordination", "cooperation", "consular", "standing", "working", "task", "mixed", "dialogue",
        "binational", "bi-national", "interstate", "inter-state", "supreme", "permanent", "higher", "technical",
    ];

    /// <summary>Words that mark a body as a cooperation mechanism between states.</summary>
    private static readonly HashSet<string> Qualifiers =
    [
        "joint", "intergovernmental", "inter-governmental", "bilateral", "standing", "mixed", "high-level",
        "strategic", "political", "consultation", "consultations", "subcommittee", "sub-committee", "steering",
        "working", "task", "public-private", "taskforce", "binational", "bi-national", "interstate", "inter-state",
    ];

    /// <summary>Words of domestic or multilateral bodies: party organs, parliaments, UN organs.</summary>
    private static readonly HashSet<string> Disqualifiers =
    [
        "party", "national", "assembly", "parliament", "parliamentary", "senate", "congress", "central", "people's",
        "communist", "olympic", "executive", "european", "united", "nations", "municipal", "provincial",
        "city", "organising", "organizing", "preparatory", "electoral", "election", "ethics", "audit", "disciplinary",
        "inspection", "law", "human", "rights", "heritage", "state", "business", "inter-parliamentary", "interparliamentary",
    ];

    /// <summary>Words of a name that say nothing by themselves: "the Joint Commission" only points back to a full name.</summary>
    private static readonly HashSet<string> Generic =
    [
        "joint", "intergovernmental", "inter-governmental", "bilateral", "standing", "political", "strategic", "mixed",
        "the", "working", "group", "task", "force", "steering", "regular", "annual", "mechanism", "consultation",
        "consultations", "high-level", "binational", "bi-national",
    ];

    public static List<NameSpan> Find(SentenceView view)
    {
        var found = new List<NameSpan>();
        var candidacy = Enumerable.Range(0, view.Count).Any(i => NameWords.Candidacy.Contains(view.Lower(i)));
        var i = 0;
        var floor = 0;
        while (i < view.Count)
        {
            if (TryRead(view, i, floor, candidacy) is { } span)
            {
                found.Add(span);
                i = span.Last + 1;
                floor = i;
            }
            else i++;
        }
        return found;
    }

    /// <summary>The name around head word `head`, starting no earlier than word `floor`.</summary>
    private static NameSpan? TryRead(SentenceView view, int head, int floor, bool candidacy)
    {
        var word = view.Lower(head);
        // "the Joint Committee's 46th meeting": the name ends before the possessive.
        var possessive = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);
        if (possessive) word = word[..^2];
        if (JointGovernments(view, head, floor) is { } governments) return governments;
        var headFirst = head;
        if (word is "group" && view.Is(head - 1, "working")) headFirst = head - 1;
        else if (word is "force" && view.Is(head - 1, "task")) headFirst = head - 1;
        else if (word is "retreat" && IsSummitOrMeetingHead(view, head, word) && !view.Is(head - 1, "cabinet")) headFirst = head - 2;
        // "the Annual Leaders’ Meeting": the name starts at "Annual", before the possessive's apostrophe.
        else if (word is "meeting" && IsAnnualLeadersMeeting(view, head)) headFirst = head - 3;
        else if (!Heads.Contains(word) && !IsSummitOrMeetingHead(view, head, word)) return null;
        // "Strategic Dialogue Mechanism": the last of two heads carries the name.
        if (Heads.Contains(view.Lower(head + 1))) return null;

        var capitalized = view.Tokens[head].IsCapitalized;
        var first = Math.Max(floor, capitalized ? NameScan.BackOverCapitalized(view, headFirst) : BackOverModifiers(view, headFirst));
        // "the Joint Economic Commission and Joint Trade Committee": the joining word belongs to neither name.
        while (first < headFirst && (view.Is(first, "and") || view.Tokens[first].IsDash)) first++;
        if (first > headFirst) return null;
        var last = head;
        var hasTail = false;
        // "the Belarus-Pakistan commission on trade and economic cooperation": both sides written before the head make it
        // their body as much as "joint" does, so its lower-case area belongs to the name.
        var areaMayBeLowerCase = capitalized || Enumerable.Range(first, head - first).Any(k => Qualifiers.Contains(view.Lower(k)))
            || CountriesWithin(view, first, head) >= 2;
        for (var round = 0; round < 3 && !possessive; round++)
        {
            var next = ReadTail(view, last, areaMayBeLowerCase, capitalized);
            if (next == last) break;
            last = next;
            hasTail = true;
        }
        if (!possessive) last = NameScan.ReadAcronym(view, last);

        if (view.MentionCovering(head) is { Kind: Gazetteers.MentionKind.Body }) return null;
        var words = Enumerable.Range(first, last - first + 1).Select(view.Lower).ToList();
        if (words.Any(Disqualifiers.Contains)) return null;
        var countries = Enumerable.Range(first, last - first + 1).Count(view.IsCountryWord);
        var end = possessive ? view.Tokens[last].End - 2 : view.Tokens[last].End;
        // One country's name makes a domestic body ("Vietnam Competition Commission"); both make a bilateral one.
        var bothSides = CountriesWithin(view, first, last) >= 2;
        var qualified = bothSides || words.Any(w => Qualifiers.Contains(w) || w is "between" or "level" or "levels");
        var content = Enumerable.Range(first, last - first + 1)
            .Where(k => !view.Tokens[k].IsSymbol && !view.IsCountryWord(k) && k != head)
            .Select(view.Lower)
            .Where(w => !Generic.Contains(w));
        // "the intergovernmental summit" is already the one standing summit of the pair, not a pointer to a fuller name.
        var isReference = countries == 0 && !hasTail && !content.Any() && word != "summit";
        if (!isReference && (!qualified || (candidacy && capitalized))) return null;
        // "coordination and consultations between Egypt and Tunisia": talks between the sides, not a named format.
        if (!isReference && !capitalized && first == headFirst && word is "consultation" or "consultations" or "dialogue" && !words.Contains("level")) return null;
        // "praised the political dialogue between A and B", "continue the dialogue at the highest level": the quality of the
        // relations, not a format of their own, unless the sentence tells a sitting of it ("the fifth political consultation").
        if (!isReference && !capitalized && word is "consultation" or "consultations" or "dialogue" && RelationsOnly(view, first, head, last)) return null;
        if (!isReference && !capitalized && countries == 0 && word is "consultation" or "consultations" or "dialogue" && OneRoundOfTalks(view, first, head)) return null;
        // "the Romanian-Bulgarian political dialogue on common topics", "the regular political dialogue at the highest and high
        // levels": lower-case dialogue that only "political" qualifies is how the sides talk, wherever the sides are written;
        // only a count of its sittings ("the fifth round of political dialogue") makes it a format.
        if (!isReference && !capitalized && word is "dialogue" && QualityOfTalks(view, first, head)) return null;
        // "The JCBC is the primary dialogue mechanism between A and B", "serves as the main consultation mechanism": a
        // lower-case phrase after a copula describes the body named before it, and is no name of its own.
        if (!capitalized && Describes(view, first, word)) return null;
        // "provides for such a commission": one only spoken of.
        if (view.Is(first - 1, "such") || (view.Is(first - 1, "a", "an") && view.Is(first - 2, "such"))) return null;
        return new NameSpan(first, last, view.Tokens[first].Start, end, word, isReference);
    }

    /// <summary>How many distinct countries are named from word `first` to word `last` (a possessive's ending aside).</summary>
    private static int CountriesWithin(SentenceView view, int first, int last) =>
        view.MentionsWithin(view.Tokens[first].Start, view.Tokens[last].End)
            .Where(m => m.Kind == Gazetteers.MentionKind.Country && m.Code is not null)
            .Select(m => m.Code).Distinct().Count();

    /// <summary>Modifiers that say only how close the talks are; "bilateral", "strategic" or "ministerial" make a format.</summary>
    private static readonly HashSet<string> TalkQualities = ["political", "high-level"];

    /// <summary>Words that tell one sitting of talks or their rhythm: "held", "the fifth round", "the first … between", "regular".</summary>
    private static readonly HashSet<string> SittingWords =
        ["held", "hold", "holds", "holding", "convened", "convene", "round", "session", "sessions", "meeting", "chaired", "co-chaired", "took", "next", "last", "inaugural",
         "regular", "annual"];

    /// <summary>
    /// Whether lower-case talks name only how the two sides talk: the words before the head are "political" or "high-level"
    /// at most, and their tail is the two sides ("between A and B") or a superlative level ("at the highest level"), while
    /// nothing in the sentence tells a sitting of them (a count, an ordinal, "held", "round").
    /// </summary>
    private static bool RelationsOnly(SentenceView view, int first, int head, int last)
    {
        for (var k = first; k < head; k++)
            if (!TalkQualities.Contains(view.Lower(k))) return false;
        var superlative = view.Is(head + 1, "at") && view.Is(head + 2, "the") && view.Is(head + 3, "highest", "top") && view.Is(head + 4, "level");
        if (!superlative && !view.Is(head + 1, "between")) return false;
        if (!superlative && last == head) return false;
        for (var k = 0; k < view.Count; k++)
            if (SittingWords.Contains(view.Lower(k)) || view.OrdinalAt(k) is not null) return false;
        return true;
    }

    private static readonly HashSet<string> RoundWords = ["round", "rounds", "session", "sessions"];

    /// <summary>
    /// Whether the words before the head are talk qualities ("political", "high-level") and the sides' names alone, with at
    /// least one quality, and the sentence counts no sitting (no ordinal, no "round" or "session").
    /// </summary>
    private static bool QualityOfTalks(SentenceView view, int first, int head)
    {
        var quality = false;
        for (var k = first; k < head; k++)
        {
            if (TalkQualities.Contains(view.Lower(k))) quality = true;
            else if (!view.IsCountryWord(k) && !view.Tokens[k].IsDash) return false;
        }
        if (!quality) return false;
        for (var k = 0; k < view.Count; k++)
            if (RoundWords.Contains(view.Lower(k)) || view.OrdinalAt(k) is not null) return false;
        return true;
    }

    /// <summary>Nouns that open a subject of talks rather than a field a body works in: "on matters pertaining to", "on issues of".</summary>
    private static readonly HashSet<string> TalkSubjects =
        ["matters", "issues", "questions", "topics", "subjects", "various", "several", "a", "all", "many", "numerous", "current"];

    /// <summary>Words of an "at … level" that tell how wide the talks range, not the rank of those who hold them.</summary>
    private static readonly HashSet<string> ScopeWords = ["regional", "international", "global", "multilateral", "national", "local"];

    /// <summary>Words that set lower-case talks apart as a known, countable format: "the", "their", "the annual".</summary>
    private static readonly HashSet<string> Determiners = ["the", "their", "its", "these", "this", "our"];

    /// <summary>
    /// Lower-case talks that read as one round of talks or a field, not a standing format: talks listed among fields of cooperation, talks held as "a" sitting, talks "on matters pertaining to" a subject,
    /// talks "at regional and international level" (a scope, not a rank), and bare talks with no article before them and
    /// no sides after them ("after dialogue at deputy prime ministerial level").
    /// </summary>
    private static bool OneRoundOfTalks(SentenceView view, int first, int head)
    {
        if (InFieldList(view, first)) return true;
        var k = head + 1;
        // "the leaders held a bilateral dialogue on trade": one sitting, told with an indefinite article.
        if (view.Is(first - 1, "a", "an") && view.Is(first - 2, "held", "had", "hold", "holds", "conducted")) return true;
        if (view.Is(k, "on") && TalkSubjects.Contains(view.Lower(view.Is(k + 1, "the") ? k + 2 : k + 1))) return true;
        if (view.Is(k, "at"))
        {
            for (var j = k + 1; j < view.Count && j - k <= 6 && !view.Is(j, "level", "levels"); j++)
                if (ScopeWords.Contains(view.Lower(j))) return true;
        }
        return first == head && !view.Is(k, "between") && !Determiners.Contains(view.Lower(first - 1));
    }

    private static readonly HashSet<string> FieldNouns = ["field", "fields", "area", "areas", "sphere", "spheres", "sector", "sectors", "domain", "domains"];

    private const int FieldListReach = 16;

    /// <summary>
    /// "cooperation in the field of education, information technology and consular consultation": talks listed among the fields
    /// of cooperation are a field, not a body. True when a field noun with "of" or "such as" opens the list, with nothing
    /// but words and commas between.
    /// </summary>
    private static bool InFieldList(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 1 && first - k <= FieldListReach; k--)
        {
            if (view.Tokens[k].IsSymbol && view.Tokens[k].Text != ",") return false;
            if (FieldNouns.Contains(view.Lower(k - 1)) && view.Is(k, "of", "such", "including")) return true;
        }
        return false;
    }

    private static readonly HashSet<string> SittingHeads = ["session", "meeting", "sitting"];

    private static readonly HashSet<string> GovernmentWords = ["government", "governments", "cabinet", "cabinets"];

    /// <summary>Words that may stand between the sides of "of the governments of A and B" and "of the Government of A and the Government of B".</summary>
    private static readonly HashSet<string> GovernmentJoiners = ["of", "the", "and", "two", "both", "respective"];

    private const int GovernmentsReach = 12;

    /// <summary>
    /// "the joint session of the two governments", "a joint meeting of the Czech and Slovak governments", "the joint intergovernmental
    /// sitting of the cabinets of A and B", "the session between the Government of A and the Government of B": the two cabinets
    /// sitting together, a standing format of the pair. Read from "joint" (or the head, before "between") to the last side or
    /// government word; null unless the two governments are named ("two", "both", or two countries).
    /// </summary>
    private static NameSpan? JointGovernments(SentenceView view, int head, int floor)
    {
        if (!SittingHeads.Contains(view.Lower(head))) return null;
        var first = view.Is(head - 1, "joint") ? head - 1
            : view.Is(head - 1, "intergovernmental", "inter-governmental") && view.Is(head - 2, "joint") ? head - 2 : -1;
        if (first < 0 && !view.Is(head + 1, "between")) first = -2;
        if (first == -2 || !view.Is(head + 1, "of", "between")) return null;
        if (first == -1) first = head;
        if (first < floor) return null;
        var last = -1;
        var governments = false;
        var two = false;
        var countries = new HashSet<string>(StringComparer.Ordinal);
        for (var k = head + 2; k < view.Count && k - head <= GovernmentsReach; k++)
        {
            if (GovernmentWords.Contains(view.Lower(k)))
            {
                governments = true;
                last = k;
            }
            else if (view.IsCountryWord(k))
            {
                if (view.MentionCovering(k)?.Code is { } code) countries.Add(code);
                last = k;
            }
            else if (GovernmentJoiners.Contains(view.Lower(k))) two |= view.Is(k, "two", "both");
            else break;
        }
        if (!governments || last < 0 || !(two || countries.Count >= 2)) return null;
        return new NameSpan(first, last, view.Tokens[first].Start, view.Tokens[last].End, view.Lower(head), false);
    }

    private static readonly HashSet<string> Copulas = ["is", "was", "are", "were", "as", "remains", "remained", "becomes", "became"];

    /// <summary>Words that rank a body among others ("the primary mechanism"), as a description does.</summary>
    private static readonly HashSet<string> RankingWords =
        ["primary", "main", "principal", "key", "chief", "premier", "highest", "apex", "leading", "only", "sole", "central", "major", "important"];

    /// <summary>True when the phrase starting at `first` follows a copula with a ranking word, or is a bare "mechanism" after one.</summary>
    private static bool Describes(SentenceView view, int first, string head)
    {
        var k = first - 1;
        var ranked = false;
        while (k >= 0 && first - k <= 4 && (view.Is(k, "the", "a", "an") || RankingWords.Contains(view.Lower(k))))
        {
            ranked |= RankingWords.Contains(view.Lower(k));
            k--;
        }
        return k < first - 1 && Copulas.Contains(view.Lower(k)) && (ranked || head == "mechanism");
    }

    /// <summary>
    /// "the fifth intergovernmental summit", "the Foreign and Defense Ministerial Meeting", "the High Level
    /// Meeting", "the Binational Cabinet", "the Leaders’ Retreat", "the Ministerial Forum": a summit, a meeting, a cabinet, a retreat, a
    /// forum or a roundtable is a standing format only with these words; any other is a single event or one government.
    /// </summary>
    private static bool IsSummitOrMeetingHead(SentenceView view, int head, string word) => word switch
    {
        "summit" => view.Is(head - 1, "intergovernmental", "inter-governmental"),
        "meeting" => IsAnnualLeadersMeeting(view, head) || view.Tokens[head].IsCapitalized && view.IsCapitalizedWord(head - 1)
                     && (view.Is(head - 1, "ministerial", "high-level") || (view.Is(head - 1, "level") && view.Is(head - 2, "high"))),
        "cabinet" => view.Is(head - 1, "binational", "bi-national"),
        // "the 26th Australia-Papua New Guinea Ministerial Forum", "the India-Singapore Ministerial Roundtable": ministers of the
        // two sides meeting in a standing format; a business or a world forum is none ("ministerial" qualifies no name by itself,
        // so the name must still write both sides or a word of a joint body).
        "forum" or "roundtable" => view.Tokens[head].IsCapitalized && view.Is(head - 1, "ministerial") && view.Tokens[head - 1].IsCapitalized,
        // "the Leaders’ Retreat", "the Joint Cabinet Retreat": the heads of government's yearly format.
        "retreat" => view.Tokens[head].IsCapitalized && (view.Is(head - 1, "cabinet") || (view.Is(head - 1, "'", "’") && view.Is(head - 2, "leaders"))),
        _ => false,
    };

    /// <summary>"the Annual Leaders’ Meeting": the heads of government's yearly format, capitalised as a name.</summary>
    private static bool IsAnnualLeadersMeeting(SentenceView view, int head) =>
        view.Tokens[head].IsCapitalized && view.Is(head - 1, "'", "’") && view.Is(head - 2, "leaders")
        && view.Is(head - 3, "annual") && view.Tokens[head - 3].IsCapitalized;

    private static int BackOverModifiers(SentenceView view, int head)
    {
        var first = head;
        var j = head - 1;
        while (j >= 0 && head - j <= 4)
        {
            // "the Vietnam - Russia intergovernmental committee": a spaced dash joins the two sides.
            var joiningDash = view.Tokens[j].IsDash && view.IsCountryWord(j + 1) && view.IsCountryWord(j - 1) && view.IsCapitalizedWord(j - 1);
            if (Modifiers.Contains(view.Lower(j)) || (view.IsCountryWord(j) && view.IsCapitalizedWord(j))) first = j;
            else if (!joiningDash) break;
            j--;
        }
        return first;
    }

    /// <summary>One tail after word `last`; returns the new last word, or `last` when none follows.</summary>
    private static int ReadTail(SentenceView view, int last, bool areaMayBeLowerCase, bool capitalized)
    {
        var k = last + 1;
        // "the Mixed Commission to Combat Illegal Mining": a capitalised purpose continues a capitalised name; "to Lima" is a place.
        if (capitalized && view.Is(k, "to") && NameScan.IsNameWord(view, k + 1) && view.MentionCovering(k + 1) is null)
            return NameScan.ForwardOverCapitalized(view, k + 1);
        if (view.Is(k, "on", "for", "of"))
        {
            var start = view.Is(k + 1, "the") ? k + 2 : k + 1;
            if (NameScan.IsNameWord(view, start) || view.IsCountryWord(start))
            {
                var run = NameScan.ForwardOverCapitalized(view, start);
                // "on the Azerbaijani-Algerian inter-parliamentary relations", "on Vietnam-Laos cooperation": the sides only qualify
                // the field that follows them.
                var sidesOnly = Enumerable.Range(start, run - start + 1).All(j => view.IsCountryWord(j) || view.Tokens[j].IsDash);
                return sidesOnly && areaMayBeLowerCase ? ForwardOverArea(view, run + 1, run) : run;
            }
            if (view.Is(k, "on", "for") && areaMayBeLowerCase) return ForwardOverArea(view, k + 1, last);
            return last;
        }
        if (view.Is(k, "at"))
        {
            var j = view.Is(k + 1, "the") ? k + 2 : k + 1;
            for (var end = j; end < view.Count && end - j < 6; end++)
            {
                if (view.Is(end, "level", "levels")) return end > j ? end : last;
                if (view.Tokens[end].IsSymbol || view.Tokens[end].IsCapitalized) break;
            }
            return last;
        }
        if (view.Is(k, "between"))
        {
            if (BetweenMinistries(view, k) is { } ministries) return ministries;
            if (view.Is(k + 1, "the") && view.Is(k + 2, "two"))
            {
                var end = ForwardOverLowercase(view, k + 3, 2, k + 2);
                return end > k + 2 && !view.Is(end, "countries", "sides", "nations") ? end : last;
            }
            var a = view.Is(k + 1, "the") ? k + 2 : k + 1;
            if (view.IsCountryWord(a) && view.Is(a + 1, "and"))
            {
                var b = view.Is(a + 2, "the") ? a + 3 : a + 2;
                if (view.IsCountryWord(b)) return BeforeComma(view, b, NameScan.ForwardOverCapitalized(view, b));
            }
        }
        return last;
    }

    /// <summary>
    /// "between their Foreign Ministries", "between the two Ministries of Foreign Affairs", "between Foreign Ministries of A and B":
    /// the sides' ministries or governments, said as the pair's ("their", "the two") or followed by both countries. The last word
    /// of the sides, else null.
    /// </summary>
    private static int? BetweenMinistries(SentenceView view, int k)
    {
        var j = k + 1;
        var theirs = view.Is(j, "their") || (view.Is(j, "the") && view.Is(j + 1, "two", "respective"));
        j += view.Is(j, "their") ? 1 : view.Is(j, "the") ? (theirs ? 2 : 1) : 0;
        var noun = -1;
        for (var m = j; m < view.Count && m - j < 3 && noun < 0; m++)
        {
            if (view.Is(m, "ministries", "governments")) noun = m;
            else if (view.Tokens[m].IsSymbol || view.IsCountryWord(m)) break;
        }
        if (noun < 0) return null;
        var end = noun;
        var start = view.Is(noun + 2, "the") ? noun + 3 : noun + 2;
        if (view.Is(noun + 1, "of") && (NameScan.IsNameWord(view, start) || view.IsCountryWord(start)))
            end = BeforeComma(view, start, NameScan.ForwardOverCapitalized(view, start));
        return theirs || CountriesWithin(view, noun, end) >= 2 ? end : null;
    }

    /// <summary>"between Peru and Chile, Andina reports": after the second side, a comma ends the name.</summary>
    private static int BeforeComma(SentenceView view, int from, int end)
    {
        for (var k = from + 1; k <= end; k++)
            if (view.Tokens[k].Text == ",") return k - 1;
        return end;
    }

    /// <summary>"on economic, trade and investment cooperation": lower-case words, joined by commas and "and".</summary>
    private static int ForwardOverArea(SentenceView view, int start, int fallback)
    {
        var last = fallback;
        for (var k = start; k < view.Count && k - start < 10; k++)
        {
            if (IsAreaWord(view, k)) last = k;
            else if (!(view.Tokens[k].Text == "," || view.Is(k, "and")) || !IsAreaWord(view, k + 1)) break;
        }
        return last;
    }

    private static bool IsAreaWord(SentenceView view, int k)
    {
        if (k >= view.Count) return false;
        var t = view.Tokens[k];
        // "Working Group on delegation’s visit to Kyiv": a possessive opens a noun phrase of its own, not a field of work.
        var possessive = t.Lower.EndsWith("'s", StringComparison.Ordinal) || t.Lower.EndsWith("’s", StringComparison.Ordinal);
        return !t.IsSymbol && !t.IsCapitalized && !t.IsDigits && !possessive && !NameWords.IsClosedWord(t.Lower) && !view.InsideDate(k);
    }

    private static int ForwardOverLowercase(SentenceView view, int start, int max, int fallback)
    {
        var last = fallback;
        for (var k = start; k < view.Count && k - start < max; k++)
        {
            var t = view.Tokens[k];
            if (t.IsSymbol || t.IsCapitalized || t.IsDigits || NameWords.IsClosedWord(t.Lower) || view.InsideDate(k)) break;
            last = k;
        }
        return last;
    }

}
