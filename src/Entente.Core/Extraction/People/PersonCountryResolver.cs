using Entente.Core.Extraction.Sentences;
using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Gives a country to people the text names without one, from the strongest cue to the weakest: a leader whose
/// country is public knowledge (over whatever the sentence suggests), the one
/// they accompany, a counterpart phrase, the place an envoy serves in (its other side) or a place in the title, a
/// country stated in the person's own title phrase ("of the Jordanian Ministry of Trade"), a "Demonym side/delegation" phrase, a country's ministry or embassy just before the office, a visit
/// (the visitor comes from the other side, the officials met on it from the visited one), the same
/// person named elsewhere, a colleague joined by "and" with another portfolio, the same office stated
/// with a demonym elsewhere (unless a colleague of that office in the sentence already holds it for that side), and last the article's
/// home side, with two officials of one rank in a sentence taken to be from different sides.
/// </summary>
internal static class PersonCountryResolver
{
    public static List<PersonMention> Resolve(ArticleContext context, IReadOnlyList<PersonMention> found)
    {
        var pair = context.Pair;
        var named = context.Mentions.Where(m => m.Kind == MentionKind.Country && m.Code is not null).Select(m => m.Code!).ToHashSet(StringComparer.Ordinal);
        var people = found.Select(p => (KnownLeaders.CountryOf(p.Name) ?? OneWordHead(p, pair, named)) is { } known ? p with { Country = known } : p).ToList();
        var visits = new VisitCues(context, found);
        FromStatedFullName(context, people);
        Respectively(context, people);
        foreach (var (k, country) in Companions.Of(context, people))
            if (people[k].Country is null) people[k] = people[k] with { Country = country };
        for (var k = 0; k < people.Count; k++)
        {
            var p = people[k];
            if (p.Country is not null) continue;
            var country = Counterparts.CountryBefore(context, p.Start)
                ?? Honorifics.CountryBefore(context.Text, p.NameStart, pair)
                ?? (p.AccreditedTo is { } to ? pair?.Other(to) : null)
                ?? p.PlaceCountry
                ?? TheCountrys(context, p)
                ?? TitlePhraseCues.CountryOf(context, p, people)
                ?? SideCues.CountryOf(context, p, people)
                ?? InstitutionCues.CountryOf(context, p)
                ?? EnvoyCues.CountryOf(context, people, p);
            if (country is null && pair is not null && visits.Destination(p) is { } destination)
                country = pair.Other(destination);
            country ??= HostCues.CountryOf(context, people, p);
            if (country is not null) people[k] = p with { Country = country };
        }
        FromReception(context, people);
        FromSameName(people);
        FromCompany(context, people);
        FromCoordination(context, people);
        FromMarkedPartner(context, people);
        FromSameOffice(context, people);
        FromListed(context, people);
        FromHome(context, people, found);
        // The home side given to a list's first member carries on to the rest, which it leaves unplaced.
        FromListed(context, people);
        FromSameName(people);
        for (var k = 0; k < people.Count; k++) people[k] = FullLeaderName(people[k]);
        return people;
    }

    /// <summary>
    /// "Chilean Foreign Minister Ana Maria Rojas … Foreign Minister Ana Rojas": a shorter form of a name whose own title states
    /// its country, in the same office, is that person, before any weaker cue around the later mention.
    /// </summary>
    private static void FromStatedFullName(ArticleContext context, List<PersonMention> people)
    {
        // The stated full names by office, each short form looked up once: linear in the article's people.
        var stated = new ShortForms();
        foreach (var q in people)
            if (q.Country is { } c && q.CanonicalOffice is not null && StatesCountry(context, q, c))
                stated.Add(q.CanonicalOffice, q.Name, c);
        for (var k = 0; k < people.Count; k++)
        {
            var p = people[k];
            if (p.Country is not null || p.CanonicalOffice is null) continue;
            if (stated.ValuesOfLongerForms(p.CanonicalOffice, p.Name) is [{ } country]) people[k] = p with { Country = country };
        }
    }

    /// <summary>
    /// "The Kazakh and Hungarian delegations are headed by Foreign Minister A and Economy Minister B, respectively":
    /// two countries joined by "and", then two people joined by "and", in a sentence that says "respectively", pair
    /// up in order.
    /// </summary>
    private static void Respectively(ArticleContext context, List<PersonMention> people)
    {
        var text = context.Text;
        foreach (var sentence in context.Sentences)
        {
            if (!sentence.Text.Contains("respectively", StringComparison.OrdinalIgnoreCase)) continue;
            var countries = context.MentionsIn(sentence).Where(m => m.Kind == MentionKind.Country && m.Code is not null).ToList();
            var inSentence = Enumerable.Range(0, people.Count).Where(k => people[k].Start >= sentence.Start && people[k].End <= sentence.End).ToList();
            for (var c = 0; c + 1 < countries.Count; c++)
            {
                var (a, b) = (countries[c], countries[c + 1]);
                if (a.Code == b.Code || text[a.End..b.Start] != " and ") continue;
                for (var i = 0; i + 1 < inSentence.Count; i++)
                {
                    var (first, second) = (people[inSentence[i]], people[inSentence[i + 1]]);
                    if (first.Start < b.End || !IsAnd(text[first.End..second.Start])) continue;
                    people[inSentence[i]] = first with { Country = a.Code };
                    people[inSentence[i + 1]] = second with { Country = b.Code };
                    return;
                }
            }
        }
    }

    /// <summary>
    /// "… talks with Burkina Faso's Prime Minister A, and the country's Foreign Minister, B": "the country's" before the title
    /// refers to the last country named before it in the sentence.
    /// </summary>
    private static string? TheCountrys(ArticleContext context, PersonMention person)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        var at = person.Start;
        foreach (var cue in (string[])["the country's ", "the country’s ", "The country's ", "The country’s "])
        {
            if (at - cue.Length < sentence.Start || string.CompareOrdinal(text, at - cue.Length, cue, 0, cue.Length) != 0) continue;
            return Window.Mentions(context, sentence.Start, at - cue.Length).LastOrDefault(m => m.Kind == MentionKind.Country)?.Code;
        }
        return null;
    }

    /// <summary>" and ", ", and ": what joins the two people of a "respectively" pairing.</summary>
    private static bool IsAnd(string gap) => gap is " and " or ", and ";

    /// <summary>A person named twice keeps the country one of the mentions gives.</summary>
    private static void FromSameName(List<PersonMention> people)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in people)
            if (p.Country is not null) known.TryAdd(p.Name, p.Country);
        for (var k = 0; k < people.Count; k++)
            if (people[k].Country is null && known.TryGetValue(people[k].Name, out var country)) people[k] = people[k] with { Country = country };
    }

    /// <summary>
    /// "The Belorussian President", named nowhere, makes "President A. Lukashenko" Belarusian when
    /// the article ties that office to one country only, and that country is of the article's pair.
    /// </summary>
    private static void FromSameOffice(ArticleContext context, List<PersonMention> people)
    {
        var byOffice = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // Where each such office is stated: "X received the Foreign Minister of Bolivia" names someone else in X's sentence.
        var statedAt = new List<(int Start, string Office, string Country)>();
        var mentions = context.Mentions;
        var named = new bool[context.Text.Length + 1];
        foreach (var p in people)
            for (var i = p.Start; i < p.End && i < named.Length; i++) named[i] = true;
        for (var i = 1; i < mentions.Count; i++)
        {
            var office = mentions[i];
            if (office.Kind != MentionKind.Office || named[office.Start]) continue;
            var before = mentions[i - 1];
            if (before.Kind != MentionKind.Country || before.Code is null) continue;
            var gap = context.Text[before.End..office.Start];
            if (gap is " " or "'s " or "’s ")
            {
                Add(byOffice, office.Canonical, before.Code);
                statedAt.Add((office.Start, office.Canonical, before.Code));
            }
        }
        for (var k = 0; k < people.Count; k++)
        {
            var p = people[k];
            if (p.Country is null && p.CanonicalOffice is not null && byOffice.TryGetValue(p.CanonicalOffice, out var countries) && countries.Count == 1
                && !HeldInSentence(context, people, p, countries.First()) && !StatedInSentence(context, statedAt, p, countries.First())
                // "Eswatini's Foreign Minister" in an article on Guatemala and Taiwan says nothing of the pair's own minister.
                && (context.Pair is not { } pair || pair.Contains(countries.First())))
                people[k] = p with { Country = countries.First() };
        }
    }

    /// <summary>The office stated for that country in the person's own sentence belongs to someone else there.</summary>
    private static bool StatedInSentence(ArticleContext context, List<(int Start, string Office, string Country)> statedAt, PersonMention person, string country)
    {
        var sentence = context.SentenceAt(person.Start);
        return statedAt.Any(o => o.Country == country && o.Office == person.CanonicalOffice && o.Start >= sentence.Start && o.Start < sentence.End
                                 && (o.Start < person.Start || o.Start >= person.End));
    }

    /// <summary>"Batbold met with Prime Minister Han": another person of that office and country in the sentence makes this one the other side's.</summary>
    private static bool HeldInSentence(ArticleContext context, List<PersonMention> people, PersonMention person, string country)
    {
        var sentence = context.SentenceAt(person.Start);
        return people.Any(q => q.Name != person.Name && q.Country == country && q.CanonicalOffice == person.CanonicalOffice
                               && q.Start >= sentence.Start && q.Start < sentence.End);
    }

    /// <summary>
    /// "Foreign Minister X received the Foreign Minister of Bolivia, Y": the host of a guest from one side of the pair is from the other.
    /// </summary>
    private static void FromReception(ArticleContext context, List<PersonMention> people)
    {
        if (context.Pair is not { } pair) return;
        var text = context.Text;
        for (var k = 0; k < people.Count; k++)
        {
            var p = people[k];
            if (p.Country is not null) continue;
            var verbEnd = ReceptionVerbEnd(text, p.End);
            if (verbEnd < 0) continue;
            var sentence = context.SentenceAt(p.Start);
            var guestCountry = people.Where(q => q.Start >= verbEnd && q.Start - verbEnd <= 80 && q.Start < sentence.End).Select(q => q.Country).FirstOrDefault()
                ?? Window.Mentions(context, verbEnd, Math.Min(sentence.End, verbEnd + 80)).FirstOrDefault(m => m.Kind == MentionKind.Country)?.Code;
            if (guestCountry is not null && pair.Contains(guestCountry)) people[k] = p with { Country = pair.Other(guestCountry) };
        }
    }

    /// <summary>The end of " received the " (or hosted, welcomed; "the visiting" allowed) right after a name, else -1.</summary>
    private static int ReceptionVerbEnd(string text, int end)
    {
        foreach (var verb in (string[])[" received ", " hosted ", " welcomed "])
        {
            if (!text.AsSpan(end).StartsWith(verb, StringComparison.Ordinal)) continue;
            var at = end + verb.Length;
            foreach (var skip in (string[])["the visiting ", "visiting ", "the "])
                if (text.AsSpan(at).StartsWith(skip, StringComparison.Ordinal)) { at += skip.Length; break; }
            return at;
        }
        return -1;
    }

    /// <summary>
    /// "Lula will be accompanied by Foreign Minister Vieira", "Vieira is in Mexico with the Trade Minister, Monteiro":
    /// one who goes along with an official of the pair is from that official's side.
    /// </summary>
    private static void FromCompany(ArticleContext context, List<PersonMention> people)
    {
        var text = context.Text;
        for (var k = 0; k < people.Count; k++)
        {
            var p = people[k];
            if (p.Country is not null) continue;
            var sentence = context.SentenceAt(p.Start);
            var leader = people.Take(k).LastOrDefault(q => q.End <= p.Start && q.Start >= sentence.Start && q.Country is not null);
            if (leader is not null && context.Pair?.Contains(leader.Country!) == true && GoesAlong(text, leader.End, p.Start))
                people[k] = p with { Country = leader.Country };
            // "A, the Minister for Infrastructure, who accompanied President B": the next one named, if B, is whom A goes with.
            else if (k + 1 < people.Count && people[k + 1] is { Country: { } country } followed && followed.Start < sentence.End
                     && context.Pair?.Contains(country) == true && Accompanies(text, p.End, followed.Start))
                people[k] = p with { Country = country };
        }
    }

    /// <summary>", who accompanied [the] ", " accompanying " … right before the one accompanied, within a few words (<see cref="Companions.Accompanying"/>).</summary>
    private static bool Accompanies(string text, int from, int to)
    {
        // Mentions can overlap ("A" inside a longer mention read after it): then nothing stands between them.
        if (to < from || to - from > 60) return false;
        var gap = WithoutHonorifics(text[from..to]);
        if (gap.EndsWith(" the ", StringComparison.Ordinal)) gap = gap[..^4];
        return Companions.Accompanying(gap);
    }

    /// <summary>"… accompanied by [the] " (<see cref="Companions.Joins"/>), or "… is in Mexico with [the] " with no other person between.</summary>
    private static bool GoesAlong(string text, int from, int to)
    {
        if (to - from > 80) return false;
        var gap = WithoutHonorifics(text[from..to]);
        if (gap.EndsWith(" the ", StringComparison.Ordinal)) gap = gap[..^4];
        if (Companions.Joins(gap)) return true;
        if (!gap.EndsWith(" with ", StringComparison.Ordinal)) return false;
        var words = gap.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "is in Mexico with": a verb of being somewhere, "in", one to three capitalised words, "with".
        if (words.Length is < 4 or > 6 || words[^1] != "with" || words[1] != "in" || words[0] is not ("is" or "are" or "was" or "were")) return false;
        return words[2..^1].All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    /// <summary>"… accompanied by H.E. Dr. ": the gap up to where the forms of address before the name begin.</summary>
    private static string WithoutHonorifics(string gap)
    {
        for (var i = 0; i < gap.Length; i++)
            if ((i == 0 || gap[i - 1] == ' ') && char.IsUpper(gap[i]) && Honorifics.Skip(gap, i) == gap.Length) return gap[..i];
        return gap;
    }

    /// <summary>
    /// "Tanabe and Defense Minister Morita", "Dizon and Foreign Secretary Reyes": a second official joined by
    /// "and" with another office travels with the first; one of the same office is more often the counterpart.
    /// Items of a list set off by semicolons ("delegation included A; B; and C") are of one side.
    /// </summary>
    private static void FromCoordination(ArticleContext context, List<PersonMention> people)
    {
        for (var k = 1; k < people.Count; k++)
        {
            var p = people[k];
            var q = people[k - 1];
            if (p.Country is not null || p.Office is null || q.Country is null || q.End > p.Start) continue;
            var joint = context.Text[q.End..p.Start];
            // "Ghana's Minister of Foreign Affairs, A; Minister of National Security, B": a list by semicolons keeps its side.
            // "The delegation included Foreign Minister A, Finance Minister B and …": the members of one listed delegation, too.
            var listed = joint is "; " or "; and " || (joint is ", " or ", and " or " and " && SideCues.MembersListed(context, q, people));
            if ((q.CanonicalOffice == p.CanonicalOffice && !listed) || (joint != " and " && !listed)) continue;
            if (context.Pair is not { } pair || !pair.Contains(q.Country)) continue;
            // "talks between Crown Prince A and President B", "Prime Minister A and President B stressed": two sides.
            // "Mongolian President A and Prime Minister B": the demonym leading the first title is the second's too.
            var otherSide = !listed && (AfterBetween(context, q) || SignedAfter(context.Text, p.End)
                                        || (IsHead(q.CanonicalOffice) && IsHead(p.CanonicalOffice) && !LedByCountry(context, q)));
            people[k] = p with { Country = otherSide ? pair.Other(q.Country) : q.Country };
        }
    }

    /// <summary>
    /// "met Russian President A, Chairman of the State Duma B, and Chairman of the Federation Council C", "welcomed by Prime
    /// Minister A, Deputy Prime Minister, Mr. B, Finance Minister C": the officials of a comma list of three or more that
    /// follow one placed on a side of the pair, with only titles and forms of address between them, are of that side. Two
    /// people ("A, Minister of Finance B and others") may be the two sides; a list opened by a two-side cue ("co-chaired by
    /// A, …, and B") names both. A member placed otherwise keeps its country and carries the list on with it.
    /// </summary>
    private static void FromListed(ArticleContext context, List<PersonMention> people)
    {
        if (context.Pair is not { } pair) return;
        var listOf = Lists(context, people);
        for (var first = 0; first < people.Count;)
        {
            var last = first;
            while (last + 1 < people.Count && listOf[last + 1] == first) last++;
            if (last - first >= 2 && !AfterBetween(context, people[first]))
                for (var k = first + 1; k <= last; k++)
                {
                    var p = people[k];
                    // A one-word name in a list of titled names is more often a title word misread than a short reference.
                    if (p.Country is null && p.Office is not null && p.Name.Contains(' ') && people[k - 1].Country is { } country && pair.Contains(country))
                        people[k] = p with { Country = country };
                }
            first = last + 1;
        }
    }

    /// <summary>
    /// For each person, the index of the first item of the list it belongs to (its own index when it is no list's later item):
    /// consecutive people <see cref="ListJoined"/>, "and" joining once a comma has opened the list.
    /// </summary>
    private static int[] Lists(ArticleContext context, List<PersonMention> people)
    {
        var listOf = new int[people.Count];
        for (var k = 0; k < people.Count; k++)
            listOf[k] = k > 0 && ListJoined(context, people[k - 1], people[k], listOpen: k > 1 && listOf[k - 1] == listOf[k - 2]) ? listOf[k - 1] : k;
        return listOf;
    }

    /// <summary>
    /// Two people in one sentence with only titles between them, set off by a comma or semicolon, or by "and" once a comma
    /// has opened the list ("A, B and C").
    /// </summary>
    private static bool ListJoined(ArticleContext context, PersonMention q, PersonMention p, bool listOpen)
    {
        if (q.End > p.Start || context.SentenceAt(q.Start).Index != context.SentenceAt(p.Start).Index
            || !Companions.OnlyTitlesBetween(context.Text, q.End, p.Start)) return false;
        var gap = context.Text.AsSpan(q.End, p.Start - q.End);
        return gap.IndexOfAny(',', ';') >= 0 || (listOpen && gap.Contains(" and ", StringComparison.Ordinal));
    }

    /// <summary>
    /// "Trade Secretary A and South Korean Trade Minister B", "Deputy Foreign Minister A and Permanent Secretary of Thailand's
    /// Foreign Ministry B": an official named without a country, joined by "and" to one whose own title states a country of
    /// the pair, is from the other side; a writer marks the second's country because it differs from the first's.
    /// </summary>
    private static void FromMarkedPartner(ArticleContext context, List<PersonMention> people)
    {
        if (context.Pair is not { } pair) return;
        for (var k = 0; k + 1 < people.Count; k++)
        {
            var (p, q) = (people[k], people[k + 1]);
            if (p.Country is not null || p.Office is null || p.IsShortReference || q.Office is null || q.Country is not { } country || !pair.Contains(country)) continue;
            if (q.Start <= p.End || !JoinedByAnd(context.Text[p.End..q.Start]) || !StatesCountry(context, q, country)) continue;
            // "… the Minister of Finance A, the Minister of the Interior B and Serbian Ambassador C": the last of a list is no pair.
            if (k > 0 && people[k - 1].End <= p.Start && IsListSeparator(context.Text[people[k - 1].End..p.Start])) continue;
            people[k] = p with { Country = pair.Other(country) };
        }
    }

    /// <summary>" and ", ", and ", or either with one rank word the title was read without ("and Permanent Secretary …").</summary>
    private static bool JoinedByAnd(string gap)
    {
        var rest = gap.StartsWith(" and ", StringComparison.Ordinal) ? gap[5..] : gap.StartsWith(", and ", StringComparison.Ordinal) ? gap[6..] : null;
        return rest is "" || (rest is { Length: > 2 } && char.IsUpper(rest[0]) && rest[^1] == ' ' && rest[..^1].All(char.IsLetter));
    }

    /// <summary>", ", "; ", ", the ": what stands between two items of a list.</summary>
    private static bool IsListSeparator(string gap) => gap.Trim() is "," or ";" or ", the" or "; the" or ", and" or ", as well as";

    /// <summary>The person's own mention (title, name and any "of Country" after it) names the country.</summary>
    private static bool StatesCountry(ArticleContext context, PersonMention person, string country) =>
        Window.Mentions(context, person.Start, person.End).Any(m => m.Kind == MentionKind.Country && m.Code == country && m.End <= person.End);

    /// <summary>The person's title opens with a country or its demonym ("Mongolian President A", "Nepal's President A").</summary>
    private static bool LedByCountry(ArticleContext context, PersonMention q) =>
        q.NameStart > q.Start && Window.Mentions(context, q.Start, q.NameStart).FirstOrDefault() is { Kind: MentionKind.Country } lead && lead.Start == q.Start;

    private static readonly HashSet<string> Monarchs = ["King", "Queen", "Emir", "Amir", "Sultan", "Crown Prince"];

    /// <summary>"King Salman", "President Sisi": a head of state or government named by one word that the leaders list places.</summary>
    private static string? OneWordHead(PersonMention p, CountryPair? pair, IReadOnlySet<string> named) =>
        !p.Name.Contains(' ') && IsHead(p.CanonicalOffice) ? KnownLeaders.CountryOfOneWord(p.Name, Monarchs.Contains(Family(p.CanonicalOffice)), pair, named) : null;

    /// <summary>
    /// "Turkish President Erdogan": a head of government or state (not a monarch, whom news names by the given name) written
    /// by surname alone, placed in a country whose leaders list holds one person of that surname, is given in full.
    /// </summary>
    private static PersonMention FullLeaderName(PersonMention p) =>
        p.Country is { } country && !p.Name.Contains(' ') && IsHead(p.CanonicalOffice) && !Monarchs.Contains(Family(p.CanonicalOffice))
        && KnownLeaders.FullNameOfSurname(p.Name, country) is { } full
            ? p with { Name = full }
            : p;

    private static readonly HashSet<string> HeadFamilies = ["President", "Prime Minister", "King", "Emir", "Amir", "Chancellor", "Premier", "Sultan", "Crown Prince"];

    /// <summary>A head of state or government: two of them joined by "and" lead two delegations, not one.</summary>
    private static bool IsHead(string? canonical) => HeadFamilies.Contains(Family(canonical));

    /// <summary>
    /// "between [Saudi Arabia's] Crown Prince A and …", "co-chaired by Deputy Prime Minister A and …": the first of two
    /// sides, the cue no more than a few words before.
    /// </summary>
    private static bool AfterBetween(ArticleContext context, PersonMention q)
    {
        var sentence = context.SentenceAt(q.Start);
        var from = Math.Max(sentence.Start, q.Start - 40);
        var before = context.Text[from..q.Start];
        foreach (var cue in TwoSideCues)
        {
            var at = before.LastIndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || before[at - 1] == ' ') && !before[at..].Contains(',')) return true;
        }
        return false;
    }

    /// <summary>
    /// "A and Foreign Minister B signed the agreement": the two named right before "signed" are its two signatories, one per
    /// side; "… signed it on behalf of Kenya" or "for Kenya" speaks for one side only.
    /// </summary>
    private static bool SignedAfter(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(80, text.Length - end));
        if (!rest.StartsWith(" signed the ", StringComparison.Ordinal) && !rest.StartsWith(" signed an ", StringComparison.Ordinal)
            && !rest.StartsWith(" signed a ", StringComparison.Ordinal)) return false;
        var clauseEnd = rest.IndexOfAny('.', ';', ',');
        var clause = clauseEnd < 0 ? rest : rest[..clauseEnd];
        return !clause.Contains(" on behalf of ", StringComparison.Ordinal) && !clause.Contains(" for ", StringComparison.Ordinal)
               && !clause.Contains(" with ", StringComparison.Ordinal);
    }

    private static readonly string[] TwoSideCues = ["between ", "co-chaired by ", "cochaired by ", "co-chaired by both ", "chaired jointly by "];

    /// <summary>
    /// The home side for officials still without a country; in a sentence, an official of the same
    /// rank as one already placed on a side of the pair is from the other side.
    /// </summary>
    private static void FromHome(ArticleContext context, List<PersonMention> people, IReadOnlyList<PersonMention> found)
    {
        var pair = context.Pair;
        var dateline = NewsHome.Of(context);
        var agency = NewsHome.Agency(context);
        // A headline's side ("Visit to Belarus to boost ties": the other side's) is a weaker cue than a dateline: it keeps the unstated side from being
        // guessed, but places only an official whose own sentence names that country; elsewhere its unplaced officials
        // are as often the guest's side as the host's.
        var home = dateline ?? NewsHome.FromTitle(context);
        // The side the titles leave unstated is a weaker cue than a dateline: it places no one of a plural title's list and
        // does not push the next official of the same rank to the other side. A dateline outside the pair is a third
        // country's writer, whose unstated officials may be their own.
        var unmarked = home is null ? UnmarkedSide(context, people) : null;
        // Per sentence and rank family, the sides of the pair already placed, and the lists their officials are items of.
        var sides = new Dictionary<(int Sentence, string Family), HashSet<string>>();
        var placedLists = new Dictionary<(int Sentence, string Family), HashSet<int>>();
        var sentenceOf = people.Select(p => context.SentenceAt(p.Start).Index).ToList();
        var listOf = Lists(context, people);
        for (var k = 0; k < people.Count; k++)
            if (people[k].Country is { } known && pair?.Contains(known) == true)
            {
                Side(sides, (sentenceOf[k], Family(people[k].CanonicalOffice))).Add(known);
                Side(sides, (sentenceOf[k], AnyRank)).Add(known);
                // "A, Minister of Foreign Affairs, and B, Minister of Trade of Chile": a country its own title states marks B
                // off from the list (the writer states it because it differs), so B's list is no sign of colleagues.
                if (found[k].Country is null) ListsOf(placedLists, (sentenceOf[k], Family(people[k].CanonicalOffice))).Add(listOf[k]);
            }
        for (var k = 0; k < people.Count; k++)
        {
            var p = people[k];
            if (p.Country is not null || p.Office is null) continue;
            // A sentence that already names officials of both sides says nothing of which side one more of them is on.
            if (pair is not null && Side(sides, (sentenceOf[k], AnyRank)).Count == 2) continue;
            var key = (sentenceOf[k], Family(p.CanonicalOffice));
            var placed = Side(sides, key);
            // "accompanied by Minister A, Minister B, …": the next item of a comma list is no sign of the other side.
            if (pair is not null && placed.Count == 1 && k > 0 && InCommaList(context.Text, people[k - 1], p)) continue;
            // "Foreign Minister A and State Minister B", "Prime Minister A, and Deputy Prime Minister B": one listed beside an
            // official of that side under another title is a colleague, not the other side's.
            if (pair is not null && placed.Count == 1 && ListedWithColleague(context, people, found, k, placed.First())) continue;
            // "met Immigration Minister A, Development Minister B and Foreign Minister C" with C placed (not by its own title):
            // items of one list are colleagues, so an official of that rank placed only within this one's list is no sign of the other side.
            if (pair is not null && placed.Count == 1 && ListsOf(placedLists, key) is { Count: 1 } lists && lists.Contains(listOf[k])) continue;
            // "Lao President A and National Assembly President B": a title qualified by a word the reader left out, or naming
            // the body its holder presides, is of another office than the placed one's, not its counterpart (on 73-129 this
            // path was right 39 times in 58).
            if (pair is not null && placed.Count == 1 && (QualifiedTitle(context, p) || p.Office is { } office && TitleWords.NamesPresidedBody(office))) continue;
            var country = pair is not null && placed.Count == 1 ? pair.Other(placed.First()) : null;
            // A national agency's credit speaks for its country. A bare city dateline says where the story happened, which is as
            // often the guest's stop as the writer's home: it places no one in a sentence naming the other side of the pair by
            // its name ("Prime Minister X met … to discuss issues facing <the other side>"; a demonym there qualifies a thing). A headline's side places one whose sentence
            // names that country; "Visiting Deputy Prime Minister X" is not of that side by default.
            var sentence = context.SentenceAt(p.Start);
            var placing = agency
                ?? (dateline is not null
                    ? (pair?.Other(dateline) is { } away && context.MentionsIn(sentence).Any(m => m.Kind == MentionKind.Country && m.Code == away && !m.IsDemonym) ? null : dateline)
                    : home is not null && NamesCountry(context, sentence, home, byDemonym: false) ? home : null);
            if (country is null && placing is not null && (pair is null || pair.Contains(placing)) && !IsVisiting(context.Text, p.Start)) country = placing;
            // Beside an official of either side, one left unplaced may be a companion or a counterpart; in a sentence naming the
            // stated side by its demonym ("The Paraguayan delegation would include …"), one of its own; in one that names
            // countries but not the unstated side ("an audience in Malaysia with His Majesty A"), as often someone of theirs.
            if (country is null && unmarked is not null && !p.Listed && Side(sides, (sentenceOf[k], AnyRank)).Count == 0
                && !NamesCountry(context, context.SentenceAt(p.Start), pair!.Other(unmarked)!, byDemonym: true)
                && !NamesOthersOnly(context, context.SentenceAt(p.Start), unmarked) && !IsVisiting(context.Text, p.Start))
            {
                people[k] = p with { Country = unmarked };
                continue;
            }
            if (country is null) continue;
            people[k] = p with { Country = country };
            if (pair?.Contains(country) != true) continue;
            placed.Add(country);
            Side(sides, (sentenceOf[k], AnyRank)).Add(country);
            ListsOf(placedLists, key).Add(listOf[k]);
        }
    }

    /// <summary>
    /// "Chinese Ambassador A … Minister of Trade B", "Paraguayan president-elect A … President B": a writer states the country of
    /// the other side's officials and not of their own; when the people's titles in the article state one side of the pair
    /// only, that side is the foreign one. Null otherwise.
    /// </summary>
    private static string? UnmarkedSide(ArticleContext context, List<PersonMention> people)
    {
        if (context.Pair is not { } pair) return null;
        var sides = people.Where(p => p.Country is { } c && pair.Contains(c) && !p.IsShortReference && StatesCountry(context, p, c))
            .Select(p => p.Country!).Distinct(StringComparer.Ordinal).ToList();
        return sides is [var only] ? pair.Other(only) : null;
    }

    /// <summary>
    /// The person before or after this one, joined to it as an item of a list, holds another title and is on the side by a
    /// cue other than their own title: "A, Minister of Foreign Affairs, and B, Minister of External Affairs of India" marks
    /// B's country because it differs from A's, and stays a sign of two sides.
    /// </summary>
    private static bool ListedWithColleague(ArticleContext context, List<PersonMention> people, IReadOnlyList<PersonMention> found, int k, string side)
    {
        foreach (var j in (int[])[k - 1, k + 1])
        {
            if (j < 0 || j >= people.Count || people[j].Country != side || found[j].Country is not null || people[j].Office == people[k].Office) continue;
            var (first, second) = j < k ? (people[j], people[k]) : (people[k], people[j]);
            if (ListJoined(context, first, second, listOpen: true)) return true;
        }
        return false;
    }

    /// <summary>
    /// "National Assembly President A", "ECOWAS Commission President A": two capitalised words the title reader left out stand
    /// right before the title, the name of an institution whose rank is unclear ("Federal Minister A", one word, is a grade of
    /// the title). The sentence's first word, a form of address and a country ("India's Union Minister A") are none.
    /// </summary>
    private static bool QualifiedTitle(ArticleContext context, PersonMention person)
    {
        var tokens = context.Tokens;
        var before = tokens.IndexAt(person.Start) - 1;
        if (!tokens.IsWord(before) || !tokens[before].IsCapitalized || !tokens.SameLine(before + 1)
            || !tokens.IsWord(before - 1) || !tokens[before - 1].IsCapitalized || !tokens.SameLine(before)) return false;
        var start = tokens[before - 1].Start;
        var sentence = context.SentenceAt(person.Start);
        if (start <= sentence.Start) return false;
        // "Sheikh A, Minister of …": the word before is a form of address, the rest up to the person only spaces.
        var addressEnd = Honorifics.Skip(context.Text, start, person.Start);
        if (addressEnd > start && context.Text.AsSpan(addressEnd, person.Start - addressEnd).IsWhiteSpace()) return false;
        return !Window.Mentions(context, Math.Max(sentence.Start, start - 12), person.Start).Any(m => m.Kind == MentionKind.Country);
    }

    /// <summary>Only ", " or "; " stands between the previous person and this one.</summary>
    private static bool InCommaList(string text, PersonMention previous, PersonMention person) =>
        previous.End <= person.Start && text[previous.End..person.Start] is ", " or "; ";

    /// <summary>The sentence names the country (by its demonym only when asked: "the Paraguayan delegation", "Chinese officials").</summary>
    private static bool NamesCountry(ArticleContext context, Sentence sentence, string code, bool byDemonym) =>
        context.MentionsIn(sentence).Any(m => m.Kind == MentionKind.Country && m.Code == code && (m.IsDemonym || !byDemonym));

    /// <summary>The sentence names some country (by name or demonym), and not this one.</summary>
    private static bool NamesOthersOnly(ArticleContext context, Sentence sentence, string code)
    {
        var named = context.MentionsIn(sentence).Where(m => m.Kind == MentionKind.Country && m.Code is not null).ToList();
        return named.Count > 0 && named.All(m => m.Code != code);
    }

    /// <summary>"Visiting Prime Minister X", "the visiting minister": the office is introduced as a guest's.</summary>
    private static bool IsVisiting(string text, int start)
    {
        var head = text.AsSpan(start, Math.Min(9, text.Length - start));
        var before = text.AsSpan(Math.Max(0, start - 10), Math.Min(start, 10)).TrimEnd();
        return head.StartsWith("visiting ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("visiting", StringComparison.OrdinalIgnoreCase);
    }

    // The key under which a sentence's sides are gathered over every rank.
    private const string AnyRank = "*";

    private static HashSet<int> ListsOf(Dictionary<(int, string), HashSet<int>> lists, (int, string) key)
    {
        if (!lists.TryGetValue(key, out var set)) lists[key] = set = [];
        return set;
    }

    private static HashSet<string> Side(Dictionary<(int, string), HashSet<string>> sides, (int, string) key)
    {
        if (!sides.TryGetValue(key, out var set)) sides[key] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }

    /// <summary>An office's rank family: "Minister of Investment" and "Trade Minister" are both "Minister"; "Deputy Prime Minister" is "Prime Minister".</summary>
    private static string Family(string? canonical)
    {
        if (canonical is null) return "";
        var of = canonical.IndexOf(" of ", StringComparison.Ordinal);
        var core = of > 0 ? canonical[..of] : canonical;
        foreach (var rank in (string[])["First Deputy ", "Permanent Deputy ", "Deputy ", "Vice ", "Acting ", "First "])
            if (core.StartsWith(rank, StringComparison.Ordinal)) { core = core[rank.Length..]; break; }
        return core;
    }

    private static void Add(Dictionary<string, HashSet<string>> byOffice, string office, string country)
    {
        if (!byOffice.TryGetValue(office, out var set)) byOffice[office] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(country);
    }
}
