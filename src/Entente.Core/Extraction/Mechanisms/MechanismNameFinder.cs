namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Reads the names of standing bodies in a sentence by scanning out from a head noun (committee,
/// commission, council, consultations, dialogue, working group…): back over capitalised words or
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
    ];

    /// <summary>Words that mark a body as a cooperation mechanism between states.</summary>
    private static readonly HashSet<string> Qualifiers =
    [
        "joint", "intergovernmental", "inter-governmental", "bilateral", "standing", "mixed", "high-level",
        "strategic", "political", "consultation", "consultations", "subcommittee", "sub-committee", "steering",
        "working", "task", "public-private", "taskforce",
    ];

    /// <summary>Words of domestic or multilateral bodies: party organs, parliaments, UN organs.</summary>
    private static readonly HashSet<string> Disqualifiers =
    [
        "party", "national", "assembly", "parliament", "parliamentary", "senate", "congress", "central", "people's",
        "communist", "olympic", "security", "executive", "european", "united", "nations", "municipal", "provincial",
        "city", "organising", "organizing", "preparatory", "electoral", "election", "ethics", "audit", "disciplinary",
        "inspection", "law", "human", "rights", "heritage", "state",
    ];

    /// <summary>Words of a name that say nothing by themselves: "the Joint Commission" only points back to a full name.</summary>
    private static readonly HashSet<string> Generic =
    [
        "joint", "intergovernmental", "inter-governmental", "bilateral", "standing", "political", "strategic", "mixed",
        "the", "working", "group", "task", "force", "steering", "regular", "annual", "mechanism", "consultation",
        "consultations", "high-level",
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
        var headFirst = head;
        if (word is "group" && view.Is(head - 1, "working")) headFirst = head - 1;
        else if (word is "force" && view.Is(head - 1, "task")) headFirst = head - 1;
        else if (!Heads.Contains(word)) return null;
        if (view.Is(head + 1, "meeting", "meetings", "session", "sessions")) return null;
        // "Strategic Dialogue Mechanism": the last of two heads carries the name.
        if (Heads.Contains(view.Lower(head + 1))) return null;

        var capitalized = view.Tokens[head].IsCapitalized;
        var first = Math.Max(floor, capitalized ? NameScan.BackOverCapitalized(view, headFirst) : BackOverModifiers(view, headFirst));
        if (first > headFirst) return null;
        var last = head;
        var hasTail = false;
        for (var round = 0; round < 3; round++)
        {
            var next = ReadTail(view, last, capitalized);
            if (next == last) break;
            last = next;
            hasTail = true;
        }
        last = NameScan.ReadAcronym(view, last);

        if (view.MentionCovering(head) is { Kind: Gazetteers.MentionKind.Body }) return null;
        var words = Enumerable.Range(first, last - first + 1).Select(view.Lower).ToList();
        if (words.Any(Disqualifiers.Contains)) return null;
        var countries = Enumerable.Range(first, last - first + 1).Count(view.IsCountryWord);
        var qualified = countries >= 1 || hasTail || words.Any(Qualifiers.Contains);
        var content = Enumerable.Range(first, last - first + 1)
            .Where(k => view.Tokens[k].IsWord && !view.IsCountryWord(k) && k != head)
            .Select(view.Lower)
            .Where(w => !Generic.Contains(w));
        var isReference = countries == 0 && !hasTail && !content.Any();
        if (!isReference && (!qualified || (candidacy && capitalized))) return null;
        return new NameSpan(first, last, view.Tokens[first].Start, view.Tokens[last].End, word, isReference);
    }

    private static int BackOverModifiers(SentenceView view, int head)
    {
        var first = head;
        var j = head - 1;
        while (j >= 0 && head - j <= 4)
        {
            if (Modifiers.Contains(view.Lower(j)) || (view.IsCountryWord(j) && view.IsCapitalizedWord(j))) first = j;
            else break;
            j--;
        }
        return first;
    }

    /// <summary>One tail after word `last`; returns the new last word, or `last` when none follows.</summary>
    private static int ReadTail(SentenceView view, int last, bool capitalized)
    {
        var k = last + 1;
        if (view.Is(k, "on", "for", "of"))
        {
            var start = view.Is(k + 1, "the") ? k + 2 : k + 1;
            if (NameScan.IsNameWord(view, start) || view.IsCountryWord(start)) return NameScan.ForwardOverCapitalized(view, start);
            if (view.Is(k, "on") && capitalized) return ForwardOverLowercase(view, k + 1, 3, last);
            return last;
        }
        if (view.Is(k, "at"))
        {
            var j = view.Is(k + 1, "the") ? k + 2 : k + 1;
            for (var end = j; end < view.Count && end - j < 6; end++)
            {
                if (view.Is(end, "level", "levels")) return end > j ? end : last;
                if (!view.Tokens[end].IsWord || view.Tokens[end].IsCapitalized) break;
            }
            return last;
        }
        if (view.Is(k, "between"))
        {
            if (view.Is(k + 1, "the") && view.Is(k + 2, "two"))
            {
                var end = ForwardOverLowercase(view, k + 3, 2, k + 2);
                return end > k + 2 && !view.Is(end, "countries", "sides", "nations") ? end : last;
            }
            var a = view.Is(k + 1, "the") ? k + 2 : k + 1;
            if (view.IsCountryWord(a) && view.Is(a + 1, "and"))
            {
                var b = view.Is(a + 2, "the") ? a + 3 : a + 2;
                if (view.IsCountryWord(b)) return NameScan.ForwardOverCapitalized(view, b);
            }
        }
        return last;
    }

    private static int ForwardOverLowercase(SentenceView view, int start, int max, int fallback)
    {
        var last = fallback;
        for (var k = start; k < view.Count && k - start < max; k++)
        {
            var t = view.Tokens[k];
            if (!t.IsWord || t.IsCapitalized || t.IsDigits || NameWords.IsClosedWord(t.Lower) || view.InsideDate(k)) break;
            last = k;
        }
        return last;
    }

}
