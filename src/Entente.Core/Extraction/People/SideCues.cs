using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>
/// "The Czech side was headed by X", "X led the Philippine delegation", "The delegation of Uganda was led by X": a
/// country or demonym with "side" or "delegation" next to a person names their country.
/// </summary>
internal static class SideCues
{
    private static readonly string[] Nouns = ["side", "delegation", "team", "entourage"];

    private static readonly string[] LeadingVerbs = [" led the ", " headed the ", " heads the ", " leads the ", " chaired the ", " chairs the ", " co-chaired the "];

    public static string? CountryOf(ArticleContext context, PersonMention person, IReadOnlyList<PersonMention> people)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        GazetteerMention? before = null, after = null;
        foreach (var m in Window.Mentions(context, Math.Max(sentence.Start, person.Start - 60), Math.Min(sentence.End, person.End + 40)))
        {
            if (m.Kind != MentionKind.Country || !IsSideCue(text, m)) continue;
            // "The delegation of Uganda was led by X": a cue whose noun comes first names the side of whom it is led by.
            if (m.End <= person.Start && ClauseBetween(text, m.End, person.Start)
                && (IsSideNoun(text, m.End) || ListStart(text.AsSpan(m.End, person.Start - m.End), m.End, ListVerbs) >= 0)) before = m;
            else if (m.Start >= person.End && after is null && LedBetween(text, person.End, m.Start)) after = m;
        }
        return (after ?? before ?? ListedIn(context, sentence, person, people))?.Code ?? SpokenFor(context, person, people) ?? RepresentedBy(context, person);
    }

    // What says, after a person, for which country they act: "A on behalf of Zambia", "A, representing Colombia", "A, from Ecuador".
    private static readonly string[] ForCues = ["on behalf of ", "representing ", "from "];

    // A signing verb between the person and "for"/"on behalf of": "A signed on behalf of Rwanda", "A signed the accord for Ghana".
    private static readonly string[] SigningVerbs = ["signed ", "signs ", "initialled ", "initialed "];

    /// <summary>
    /// "A on behalf of Zambia", "A and B, representing Colombia, will …", "A, B and C, from Ecuador.", "A and B signed the agreement
    /// for Ghana": a country for which the person (or the list the person opens) acts, stated right after them. Each member of a list
    /// ("A, B and C") takes the first such cue after it, unless a member between them is followed by a cue of its own.
    /// </summary>
    private static string? SpokenFor(ArticleContext context, PersonMention person, IReadOnlyList<PersonMention> people)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        var k = -1;
        for (var i = 0; i < people.Count; i++)
            if (people[i].Start == person.Start && people[i].NameStart == person.NameStart) { k = i; break; }
        var current = person;
        for (var members = 0; members < 8; members++)
        {
            if (ActsFor(context, current.End, sentence.End) is { } country) return country;
            if (k < 0 || k + members + 1 >= people.Count) return null;
            var next = people[k + members + 1];
            if (next.Start < current.End || next.Start >= sentence.End || !IsListGap(text.AsSpan(current.End, next.Start - current.End))) return null;
            current = next;
        }
        return null;
    }

    /// <summary>", ", " and ", ", and ", "; ": what joins two members of one list.</summary>
    private static bool IsListGap(ReadOnlySpan<char> gap) => gap is ", " or " and " or ", and " or "; " or "; and ";

    /// <summary>The country of a "for" cue right after end (<see cref="ForCues"/>, or a signing verb with "for"/"on behalf of"), or null.</summary>
    private static string? ActsFor(ArticleContext context, int end, int limit)
    {
        var text = context.Text;
        var at = end;
        if (at < limit && text[at] == ',') at++;
        if (at >= limit || text[at] != ' ') return null;
        at++;
        var rest = text.AsSpan(at, Math.Min(limit - at, 80));
        foreach (var cue in ForCues)
            if (rest.StartsWith(cue, StringComparison.Ordinal))
                return CountryClosing(context, at + cue.Length, limit);
        foreach (var verb in SigningVerbs)
        {
            if (!rest.StartsWith(verb, StringComparison.Ordinal)) continue;
            // Up to five words after the verb, in one clause: "signed the agreement for Ghana", "signed it on behalf of Kenya".
            var clause = rest[verb.Length..];
            var stop = clause.IndexOfAny(',', ';', '.');
            if (stop >= 0) clause = clause[..stop];
            foreach (var joiner in (string[])["on behalf of ", "for "])
            {
                var j = clause.StartsWith(joiner, StringComparison.Ordinal) ? 0 : clause.IndexOf(" " + joiner, StringComparison.Ordinal) is var x and >= 0 ? x + 1 : -1;
                if (j < 0 || clause[..j].Count(' ') > 5) continue;
                return CountryClosing(context, at + verb.Length + j + joiner.Length, limit);
            }
        }
        return null;
    }

    /// <summary>A country (not a demonym) named at offset at, after an optional "the", that closes its phrase; its code, or null.</summary>
    private static string? CountryClosing(ArticleContext context, int at, int limit)
    {
        var text = context.Text;
        if (text.AsSpan(at).StartsWith("the ", StringComparison.Ordinal)) at += 4;
        if (Window.Mentions(context, at, Math.Min(limit, at + 80)).FirstOrDefault() is not { Kind: MentionKind.Country, IsDemonym: false, Code: { } code } m
            || m.Start != at) return null;
        // "from Ecuador." and "on behalf of Zambia and …" close the phrase; "from Ecuador's …" or "from Ecuador to …" do not.
        var after = text.AsSpan(m.End);
        return after.IsEmpty || after[0] is '.' or ',' or ';' or ')' || after.StartsWith(" and ", StringComparison.Ordinal)
               || after.StartsWith(" while ", StringComparison.Ordinal) || (after[0] == ' ' && m.End >= limit) ? code : null;
    }

    // "Zambia was represented by its Tourism Minister A", "while Uruguay was led by Ambassador B".
    private static readonly string[] RepresentedCues =
        [" was represented by ", " is represented by ", " were represented by ", " was led by ", " is led by ", " was headed by "];

    /// <summary>"Zambia was represented by [its|the] Tourism Minister A": a country as the subject of "represented/led by" before the person.</summary>
    private static string? RepresentedBy(ArticleContext context, PersonMention person)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        var at = person.Start;
        foreach (var determiner in (string[])["its ", "the ", "his ", "her "])
            if (at - determiner.Length >= sentence.Start && text.AsSpan(at - determiner.Length, determiner.Length).SequenceEqual(determiner)) { at -= determiner.Length; break; }
        foreach (var cue in RepresentedCues)
        {
            if (at - cue.Length < sentence.Start || !text.AsSpan(at - cue.Length, cue.Length).SequenceEqual(cue)) continue;
            var subjectEnd = at - cue.Length;
            if (Window.Mentions(context, Math.Max(sentence.Start, subjectEnd - 60), subjectEnd).LastOrDefault() is not
                { Kind: MentionKind.Country, IsDemonym: false, Code: { } code } m || m.End != subjectEnd) return null;
            // The country is the clause's subject: it opens the sentence or follows "while", "and" or a comma ("the forum – Pakistan
            // is led by" names a forum's part, not the country's side).
            var subjectStart = m.Start;
            if (text.AsSpan(Math.Max(sentence.Start, subjectStart - 4), Math.Min(4, subjectStart - sentence.Start)).EndsWith("the ", StringComparison.OrdinalIgnoreCase)) subjectStart -= 4;
            var lead = text.AsSpan(sentence.Start, subjectStart - sentence.Start).TrimEnd();
            return lead.IsEmpty || lead.EndsWith(" while", StringComparison.Ordinal) || lead.EndsWith(" whereas", StringComparison.Ordinal)
                   || lead.EndsWith(" and", StringComparison.Ordinal) || lead.EndsWith(",", StringComparison.Ordinal) ? code : null;
        }
        return null;
    }

    // Verbs that open the list of a delegation's members: "the Jordanian delegation … included A, B and C".
    internal static readonly string[] MemberVerbs =
        [" include ", " includes ", " included ", " including ", " comprising ", " comprised ", " comprises ", " consisting of ", " consisted of ",
         " consists of ", " composed of ", " made up of "];

    private static readonly string[] ListVerbs = [.. MemberVerbs, " led by ", " headed by "];

    /// <summary>
    /// "The delegation included Foreign Minister A, Finance Minister B and …": the delegation (a noun "delegation" before a
    /// member verb) lists the person and only members before them.
    /// </summary>
    public static bool MembersListed(ArticleContext context, PersonMention person, IReadOnlyList<PersonMention> people)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        var before = text.AsSpan(sentence.Start, person.Start - sentence.Start);
        var listStart = ListStart(before, sentence.Start, MemberVerbs);
        if (listStart < 0 || !before[..(listStart - sentence.Start)].Contains("delegation", StringComparison.OrdinalIgnoreCase)) return false;
        return OnlyMembersBetween(text, listStart, person, people);
    }

    /// <summary>The offset after the last of the verbs in span (which starts at offset), or -1.</summary>
    private static int ListStart(ReadOnlySpan<char> span, int offset, string[] verbs)
    {
        var listStart = -1;
        foreach (var verb in verbs)
            if (span.LastIndexOf(verb, StringComparison.Ordinal) is var at and >= 0) listStart = Math.Max(listStart, offset + at + verb.Length);
        return listStart;
    }

    /// <summary>Only members of a list ("A, B and C") stand between listStart and the person.</summary>
    private static bool OnlyMembersBetween(string text, int listStart, PersonMention person, IReadOnlyList<PersonMention> people)
    {
        var from = listStart;
        foreach (var member in people)
        {
            if (member.Start < listStart || member.Start >= person.Start) continue;
            if (!IsSeparator(text.AsSpan(from, member.Start - from))) return false;
            from = Math.Max(from, member.End);
        }
        return IsSeparator(text.AsSpan(from, person.Start - from));
    }

    /// <summary>
    /// "The Jordanian delegation taking part includes A, B and C": a member named after a "Demonym delegation … includes"
    /// cue in its sentence, with no other country named between the cue and the member, is of the delegation's country.
    /// </summary>
    private static GazetteerMention? ListedIn(ArticleContext context, Sentence sentence, PersonMention person, IReadOnlyList<PersonMention> people)
    {
        var text = context.Text;
        GazetteerMention? cue = null;
        foreach (var m in Window.Mentions(context, sentence.Start, person.Start))
        {
            if (m.Kind != MentionKind.Country) continue;
            // Any other country named after the cue ends its list: the member may be another side's. The cue's own country
            // named again ("the delegation of Ethiopia was led by A, Minister of Foreign Affairs of Ethiopia, …") keeps it.
            if ((IsSideCue(text, m) || DelegationTo(text, m.Start) || IsGroupNoun(text, m.End)) && m.Code is not null) cue = m;
            else if (cue is not null && m.Code != cue.Code) cue = null;
        }
        if (cue is null) return null;
        var listStart = ListStart(text.AsSpan(cue.End, person.Start - cue.End), cue.End, ListVerbs);
        // Only members stand between the verb and this one ("A, B and C"): "led by A, met Minister B" names someone else.
        if (listStart < 0 || !OnlyMembersBetween(text, listStart, person, people)) return null;
        // "The delegation to Samoa includes A, B and C": a delegation sent to a country of the pair is the other side's.
        if (DelegationTo(text, cue.Start))
            return context.Pair is { } pair && cue.Code is { } visited && pair.Contains(visited) && pair.Other(visited) is { } other
                ? cue with { Code = other, Countries = [other] } : null;
        return cue;
    }

    /// <summary>
    /// What may stand between two members of a list: commas, semicolons, dashes, "and", "as well as", "the", "(who was)
    /// accompanied by", and forms of address ("Hon.", "H.E. Dr.").
    /// </summary>
    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        foreach (var part in gap.ToString().Split([' ', ',', ';', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
            if (part is not ("and" or "as" or "well" or "the" or "also" or "who" or "was" or "accompanied" or "by") && Honorifics.Skip(part, 0) != part.Length)
                return false;
        return true;
    }

    // What a demonym may head before a list of its members: "Maldivian ministers, including A and B", "Kenyan officials included A".
    private static readonly string[] GroupNouns = ["ministers", "officials"];

    /// <summary>
    /// "ministers", "officials" as the word right after a demonym or country: a group of that country whose members a list may
    /// name. Only a list opened by a member verb after it counts (<see cref="ListedIn"/>): "Maldivian ministers met Minister A"
    /// names no member.
    /// </summary>
    private static bool IsGroupNoun(string text, int end) =>
        end < text.Length && text[end] == ' ' && PhraseMatcher.Of(GroupNouns).Find(text, end + 1, end + 1 + "ministers".Length) == end + 1;

    private static bool IsSideCue(string text, GazetteerMention country) => IsSideNoun(text, country.End) || SideNounBefore(text, country.Start);

    /// <summary>"delegation to [the] " right before the country: the country is the one visited.</summary>
    private static bool DelegationTo(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 20), Math.Min(20, start));
        if (before.EndsWith("the ", StringComparison.Ordinal)) before = before[..^4];
        return before.EndsWith("delegation to ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"delegation of [the] " right before the country: "The delegation of the Republic of Uganda was led by …".</summary>
    private static bool SideNounBefore(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 20), Math.Min(20, start));
        if (before.EndsWith("the ", StringComparison.Ordinal)) before = before[..^4];
        if (!before.EndsWith(" of ", StringComparison.Ordinal)) return false;
        before = before[..^4];
        foreach (var noun in Nouns)
            if (before.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && (before.Length == noun.Length || !char.IsLetter(before[^(noun.Length + 1)])))
                return true;
        return false;
    }

    /// <summary>
    /// " side", "'s delegation", " Prime Minister's entourage" right after the country: its side, delegation or team, or the
    /// one its leader heads ("Serbia's delegation included …", "the Mozambican PM's entourage includes …").
    /// </summary>
    private static bool IsSideNoun(string text, int end)
    {
        var at = PossessiveEnd(text, end);
        if (at < 0) at = LeaderPossessiveEnd(text, end);
        if (at < 0) at = end;
        foreach (var noun in Nouns)
            if (text.AsSpan(at).StartsWith(" " + noun, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The end of "'s" or "’s" at offset at, or -1.</summary>
    private static int PossessiveEnd(string text, int at) =>
        at + 1 < text.Length && text[at] is '\'' or '’' && text[at + 1] == 's' && !FollowedByLetter(text, at + 2) ? at + 2 : -1;

    /// <summary>" Prime Minister's", " PM's": one to three capitalised words after at, then a possessive; its end, or -1.</summary>
    private static int LeaderPossessiveEnd(string text, int at)
    {
        for (var words = 0; words < 3 && at + 1 < text.Length && text[at] == ' ' && char.IsUpper(text[at + 1]); words++)
        {
            at++;
            while (at < text.Length && char.IsLetter(text[at])) at++;
            if (PossessiveEnd(text, at) is var end and >= 0) return end;
        }
        return -1;
    }

    private static bool FollowedByLetter(string text, int at) => at < text.Length && char.IsLetter(text[at]);

    /// <summary>The cue and the person sit in one clause: no comma or semicolon between them.</summary>
    private static bool ClauseBetween(string text, int from, int to) =>
        to - from < 60 && text.AsSpan(from, to - from).IndexOfAny(',', ';') < 0;

    /// <summary>"X led the", "X, who headed the", "X chaired the": a leading verb between the person and the cue.</summary>
    private static bool LedBetween(string text, int from, int to)
    {
        if (to - from > 25) return false;
        var between = text[from..to];
        return LeadingVerbs.Any(verb => between.Contains(verb, StringComparison.Ordinal));
    }
}
