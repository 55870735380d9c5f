using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Finds people as news writes them: an office title then a name ("Belarusian Deputy Prime Minister
/// Igor Lyashenko", "the Mayor of Rabat, Asmaa Rhlalou"), a name then its title ("Vikram Sethi,
/// Minister of External Affairs of the Republic of India"), a counterpart ("his Lao counterpart
/// Bounleuang Phommachanh"); then infers countries the text leaves implicit and resolves short
/// references ("Lam", "Deputy Minister Tri") to the person named in full.
/// </summary>
public static class PersonFinder
{
    public static IReadOnlyList<PersonMention> Find(ArticleContext context)
    {
        var text = context.Text;
        var mentions = context.Mentions;
        var map = new MentionMap(text, mentions);
        var people = new List<PersonMention>();
        var consumedUntil = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var office = mentions[i];
            if (office.Kind != MentionKind.Office || office.Start < consumedUntil) continue;
            // "The Hon A MP Prime Minister of Australia": letters after a name, right before the title, are no office of their own.
            if (IsPostNominal(text.AsSpan(office.Start, office.End - office.Start)) && i + 1 < mentions.Count
                && mentions[i + 1] is { Kind: MentionKind.Office } next && next.Start == office.End + 1) continue;
            var title = OfficeTitleReader.Read(text, mentions, i, context.Pair);
            // "A, Minister of X, B": a title between two names in commas is the first one's.
            var before = NameBefore(context, map, title) is { } preceding && preceding.NameStart >= consumedUntil ? preceding : null;
            var found = before is not null && CommaFollows(text, title.End) ? [before] : NamesAfter(context, map, title);
            if (found.Count == 0 && before is not null) found.Add(before);
            if (found.Count == 0) continue;
            // "Malawi's Permanent Secretary for Foreign Affairs, Ambassador A": the diplomatic rank is A's form of address; the post is the title before it.
            if (found is [var addressed] && RankAsAddress(context, mentions, i, title, addressed, consumedUntil) is { } held) found = [held];
            people.AddRange(found);
            consumedUntil = Math.Max(title.End, found.Max(p => p.End));
            i = Math.Max(i, title.LastMention);
        }
        var named = new bool[text.Length + 1];
        foreach (var p in people)
            for (var k = p.Start; k < p.End; k++) named[k] = true;
        foreach (var title in PluralTitles.Find(text))
        {
            if (named[title.Start]) continue;
            var listed = NamesAfter(context, map, title);
            // "Polish and Romanian Prime Ministers A and B": the demonyms give the holders' countries in order.
            if (listed is [{ Country: null } a, { Country: null } b] && (DemonymsBefore(context, title.Start) ?? CountriesRespectively(context, b.End)) is var (c1, c2))
                listed = [a with { Country = c1 }, b with { Country = c2 }];
            people.AddRange(listed.Count > 0 ? listed : RespectiveNames(context, map, title));
        }
        foreach (var title in LowerCaseTitles.Find(context))
        {
            if (named[title.Start] || named[title.OfficeStart]) continue;
            people.AddRange(NamesAfter(context, map, title));
        }
        // A text cut off in the middle of a word ("… in which President Ilh") ends on a fragment, not a name.
        var lowerCaseWords = new Lazy<HashSet<string>>(() => LowerCaseWords(text));
        var fullNameWords = FullNameWords(people);
        // One scan of the text per distinct word, however often that word is read as a name: linear in the article.
        var writtenAfterGivenName = new Dictionary<string, bool>(StringComparer.Ordinal);
        people.RemoveAll(p => CutOffAt(text, p.End) || IsPortfolioTail(p.Name) || IsPluralAcronym(p.Name)
                              || IsCommonWordOrFragment(text, lowerCaseWords, fullNameWords, writtenAfterGivenName, p.Name));
        people.Sort((a, b) => a.Start.CompareTo(b.Start));
        people.AddRange(Counterparts.Find(context, map, people));
        people.Sort((a, b) => a.Start.CompareTo(b.Start));
        var withShort = ShortReferences.Resolve(context, map, people);
        return PersonCountryResolver.Resolve(context, withShort);
    }

    // Diplomatic ranks that news also writes before a name as a form of address.
    private static readonly HashSet<string> AddressRanks = new(StringComparer.Ordinal) { "Ambassador", "Amb." };

    /// <summary>
    /// "Zimbabwe's Permanent Secretary in the Ministry of Foreign Affairs, Ambassador A", "The Vice Minister of Foreign
    /// Relations of Mexico, Ambassador A": a rank set off by a comma after a post that names no one, and directly before the
    /// name, is a form of address; A holds the earlier post, of the country it states. Null when the title is not such a rank.
    /// </summary>
    private static PersonMention? RankAsAddress(ArticleContext context, IReadOnlyList<GazetteerMention> mentions, int index, OfficeTitle title, PersonMention addressed, int consumedUntil)
    {
        var text = context.Text;
        var office = mentions[index];
        if (title.Start != office.Start || title.OfficeEnd != office.End || !AddressRanks.Contains(text[office.Start..office.End])) return null;
        if (office.Start < 2 || text[office.Start - 2] != ',' || text[office.Start - 1] != ' ') return null;
        var nameAt = Honorifics.Skip(text, office.End);
        while (nameAt < text.Length && text[nameAt] == ' ') nameAt++;
        if (nameAt != addressed.NameStart) return null;
        var sentence = context.SentenceAt(office.Start);
        var k = index - 1;
        while (k >= 0 && mentions[k].Kind != MentionKind.Office) k--;
        if (k < 0 || mentions[k].Start < Math.Max(sentence.Start, consumedUntil) || office.Start - mentions[k].Start > 160) return null;
        var post = OfficeTitleReader.Read(text, mentions, k, context.Pair);
        if (post.End > office.Start - 2 || post.Plural || post.Former) return null;
        // The post runs up to the comma: a clause, a list or another person in between breaks it.
        var gap = text.AsSpan(post.End, office.Start - 2 - post.End);
        if (gap.IndexOfAny(";.,()") >= 0 || gap.Contains(" who ", StringComparison.Ordinal) || gap.Contains(" with ", StringComparison.Ordinal)) return null;
        var country = post.Country ?? GapCountry(context, post.End, office.Start - 2);
        return Person(context, post, post.Start, addressed.End, addressed.NameStart, addressed.NameStart + addressed.Name.Length, country);
    }

    /// <summary>"… of the Republic of Ghana": the one country named (not by its demonym) after "of" in [from, to); null otherwise.</summary>
    private static string? GapCountry(ArticleContext context, int from, int to)
    {
        var codes = Window.Mentions(context, from, to)
            .Where(m => m is { Kind: MentionKind.Country, IsDemonym: false, Code: not null } && m.Start >= 3 && context.Text.AsSpan(m.Start - 3, 3) is "of " or "he ")
            .Select(m => m.Code!).Distinct().ToList();
        return codes.Count == 1 ? codes[0] : null;
    }

    /// <summary>"Minister of Health and Social Services": a title's last words read as a name are no person.</summary>
    private static bool IsPortfolioTail(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(TitleWords.Contains);

    // Never a person's whole name: forms of address, suffixes and abbreviations left alone by a sentence break ("Ambassador
    // Md." before the break, "Joseph R. Biden, Jr."), and compass points of a title ("Secretary (South)").
    private static readonly HashSet<string> NotWholeNames = new(StringComparer.Ordinal)
    {
        "HE", "H.E.", "Jr", "Jr.", "Sr", "Sr.", "Md", "Md.", "Mohd", "Mohd.", "Hon", "Hon.", "Excellency", "Highness", "Majesty",
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
    };

    /// <summary>
    /// Whether a sentence ends on a form of address or abbreviation cut off from the name it belongs to ("… Secretary
    /// Ambassador Md."): the sentence was split at that full stop, and who and when run on past the cut.
    /// </summary>
    public static bool EndsOnCutAddress(Sentence sentence)
    {
        var text = sentence.Text.AsSpan().TrimEnd();
        var last = text[(text.LastIndexOf(' ') + 1)..];
        return last.EndsWith(".") && NotWholeNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last);
    }

    /// <summary>
    /// A one-word "name" that is a form of address or fragment (<see cref="NotWholeNames"/>), or an English word the article
    /// itself writes in lower case elsewhere: the title ran on into a body's or portfolio's words ("Minister of Energy
    /// Infrastructures and …", "Minister for Pacific Peoples", "the Abu Dhabi Executive Council"). An English word (each
    /// part of a hyphened one) that no fuller name in the article contains is one too, written capitalised only because it
    /// belongs to a place's, post's or body's name ("the President of Russia at the International Airport", "Minister
    /// Attached to the Prime Minister", "the Cooperation Sector, A", "President-elect Dr A"); a surname that is also a word
    /// ("Ambassador Mills" after "Ambassador Richard Mills" or "Richard M. Mills, the ambassador") is a word of a fuller name,
    /// and a listed leader's surname ("President Macron") is a name.
    /// </summary>
    private const int MinCommonWordName = 5;

    private static bool IsCommonWordOrFragment(string text, Lazy<HashSet<string>> lowerCaseWords, HashSet<string> fullNameWords,
        Dictionary<string, bool> writtenAfterGivenName, string name)
    {
        if (name.Contains(' ')) return false;
        if (NotWholeNames.Contains(name)) return true;
        // Short surnames are English words too ("Park", "Moon", "Lee", "Khan") and an article may say "industrial park".
        if (name.Length < MinCommonWordName) return false;
        var lower = name.ToLowerInvariant();
        if (Lexicon.Shared.IsDictionaryWord(lower.Replace("-", "")) && lowerCaseWords.Value.Contains(lower)) return true;
        return lower.Split('-').All(part => Lexicon.Shared.IsDictionaryWord(part)) && !fullNameWords.Contains(name) && !KnownLeaders.IsListedSurname(name)
               && !(writtenAfterGivenName.TryGetValue(name, out var written) ? written : writtenAfterGivenName[name] = WrittenAfterGivenName(text, name));
    }

    /// <summary>
    /// Whether the text writes the word right after a capitalised word that is no English word ("Richard Mills") or after an
    /// initial ("M. Mills"): somewhere it is a surname, whether or not a title there made that fuller name a person.
    /// </summary>
    private static bool WrittenAfterGivenName(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            if (at < 2 || text[at - 1] != ' ' || (at + word.Length < text.Length && char.IsLetter(text[at + word.Length]))) continue;
            var start = at - 1;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
            var before = text.AsSpan(start, at - 1 - start);
            if (before.Length == 0 || !char.IsUpper(before[0])) continue;
            if (before is [_, '.']) return true;
            if (before.Length > 1 && !before.Contains('.') && !Lexicon.Shared.IsDictionaryWord(before.ToString().ToLowerInvariant())) return true;
        }
        return false;
    }

    /// <summary>Every word of the names of two words or more found in the article.</summary>
    private static HashSet<string> FullNameWords(List<PersonMention> people) =>
        people.Where(p => p.Name.Contains(' ')).SelectMany(p => p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The words the text writes in lower case, each a run of letters or of letters joined by hyphens ("co-operation"),
    /// read in one pass so that checking every name costs the article's length once, not once per name.
    /// </summary>
    private static HashSet<string> LowerCaseWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var at = 0; at < text.Length;)
        {
            if (!char.IsLetter(text[at])) { at++; continue; }
            var (start, partStart) = (at, at);
            var (allLower, partLower) = (true, true);
            while (at < text.Length)
            {
                if (char.IsLetter(text[at]))
                {
                    partLower &= char.IsLower(text[at]);
                    at++;
                }
                else if (text[at] == '-' && at + 1 < text.Length && char.IsLetter(text[at + 1]))
                {
                    if (partLower) lookup.Add(text.AsSpan(partStart, at - partStart));
                    (allLower, partLower) = (allLower && partLower, true);
                    partStart = ++at;
                }
                else break;
            }
            if (partLower) lookup.Add(text.AsSpan(partStart, at - partStart));
            if (allLower && partLower) lookup.Add(text.AsSpan(start, at - start));
        }
        return words;
    }

    /// <summary>"Ministers, CEOs and representatives": a plural acronym ("CEOs", "MPs") read after a plural title is no one's name.</summary>
    private static bool IsPluralAcronym(string name) =>
        name.Length >= 3 && name[^1] == 's' && !name.Contains(' ') && name[..^1].All(char.IsUpper);

    /// <summary>Nothing but white space follows end, and the text stops without a closing mark: its last word may be cut.</summary>
    private static bool CutOffAt(string text, int end) => text.AsSpan(end).IsWhiteSpace() && end > 0 && char.IsLetter(text[end - 1]);

    /// <summary>"Title Name", "Title, Dr. Name", and for a plural title "Ministers A of X and B of Y".</summary>
    private static List<PersonMention> NamesAfter(ArticleContext context, MentionMap map, OfficeTitle title)
    {
        var text = context.Text;
        var found = new List<PersonMention>();
        var from = title.End;
        while (true)
        {
            var at = from;
            // "Minister of Justice, Religion and Registry, A": the title read up to a comma list goes on to its "and".
            if (found.Count == 0 && text.AsSpan(title.OfficeStart, title.End - title.OfficeStart).Contains(',')
                && text.AsSpan(at).StartsWith(" and ", StringComparison.Ordinal) && PortfolioListEnd(text, at) is var tailEnd and > 0)
                at = tailEnd;
            while (at < text.Length && text[at] == ' ') at++;
            // "Sudanese Prime Minister (PM) A", "Governor-General of Papua New Guinea (PNG), Sir A": the title's abbreviation in
            // brackets stands between it and the name.
            if (found.Count == 0) at = PastBracketedAbbreviation(text, at);
            var afterComma = at < text.Length && text[at] == ',' && found.Count == 0;
            if (afterComma) at++;
            at = Honorifics.Skip(text, at);
            var (nameStart, nameEnd) = NameReader.After(text, at, map);
            // "Minister of Foreign Affairs, Migration and Nationals Abroad, A": words joined by "and" after the comma
            // go on with the portfolio, and the name follows the next comma.
            if (afterComma && nameEnd > nameStart && text.AsSpan(nameEnd).StartsWith(" and ", StringComparison.Ordinal)
                && PortfolioListEnd(text, nameEnd) is var listEnd and > 0
                && NameReader.After(text, Honorifics.Skip(text, listEnd), map) is var (listedStart, listedEnd) && listedEnd > listedStart)
                (nameStart, nameEnd) = (listedStart, listedEnd);
            if (nameEnd <= nameStart) break;
            var afterCountry = CountryOfAfter(context, nameEnd, out var afterEnd);
            var officeEnd = title.OfficeEnd;
            // "Vice Minister of Defense Policies of Peru, Jorge Chaparro": one capitalised word between a portfolio and
            // "of <country>," ends the portfolio, and the holder is the name after the comma.
            if (!afterComma && afterCountry is not null && PortfolioGoesOn(text, title, nameStart, nameEnd, afterEnd)
                && NameReader.After(text, Honorifics.Skip(text, afterEnd + 1), map) is var (heldStart, heldEnd) && heldEnd > heldStart)
            {
                officeEnd = nameEnd;
                (nameStart, nameEnd, afterEnd) = (heldStart, heldEnd, heldEnd);
            }
            // "minister of Industry, Mine and Trade with …": a word after the comma joined by "and" to another capitalised
            // word goes on with the portfolio; no holder is named.
            else if (afterComma && !title.Plural && JoinedToCapitalized(text, nameStart, nameEnd)) break;
            var country = title.Country ?? afterCountry;
            var end = afterCountry is not null ? afterEnd : nameEnd;
            found.Add(Person(context, title, found.Count == 0 ? title.Start : nameStart, end, nameStart, nameEnd, country, officeEnd));
            if (!title.Plural) break;
            var rest = text.AsSpan(end);
            var joiner = rest.StartsWith(" and ", StringComparison.Ordinal) ? 5 : rest.StartsWith(", ", StringComparison.Ordinal) ? 2 : 0;
            if (joiner == 0) break;
            from = end + joiner;
        }
        return found;
    }

    /// <summary>"(PM) ", "(PNG)": past a bracketed abbreviation of two to six capitals at 'at' and the spaces after it; else at.</summary>
    private static int PastBracketedAbbreviation(string text, int at)
    {
        if (at >= text.Length || text[at] != '(') return at;
        var close = at + 1;
        while (close < text.Length && close - at <= 7 && char.IsUpper(text[close])) close++;
        if (close >= text.Length || text[close] != ')' || close - at - 1 < 2) return at;
        close++;
        while (close < text.Length && text[close] == ' ') close++;
        return close;
    }

    /// <summary>
    /// Holders named after a plural title with their countries: "Presidents of Uzbekistan and Kyrgyzstan, A and B" and "the
    /// foreign ministers of Mali and Niger, respectively A and B" (countries, then holders in the same order); "the presidents of
    /// Chile, A, and of Peru, B" (each country before its holder); "the presidents of both countries, A and B" (the pair's two
    /// countries, told apart by the list of known leaders: one known holder gives the other the other country).
    /// </summary>
    private static List<PersonMention> RespectiveNames(ArticleContext context, MentionMap map, OfficeTitle title)
    {
        var text = context.Text;
        var at = AfterPortfolio(text, title.End);
        // "the ministers of Foreign Affairs, A and B, for Ghana and Nigeria respectively": the holders, then their countries.
        if (at > title.End && at < text.Length && text[at] == ',') return NamesThenCountries(context, map, title, at + 1);
        if (!text.AsSpan(at).StartsWith(" of ", StringComparison.Ordinal) && !text.AsSpan(at).StartsWith(" from ", StringComparison.Ordinal)) return [];
        at = text.IndexOf(' ', at + 1) + 1;
        if (text.AsSpan(at).StartsWith("both countries", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("the two countries", StringComparison.Ordinal))
            return BothCountriesNames(context, map, title, text.IndexOf("countries", at, StringComparison.Ordinal) + "countries".Length);
        var first = CountryAt(context, at);
        if (first is null) return [];
        if (text.AsSpan(first.End).StartsWith(", ", StringComparison.Ordinal)) return InterleavedNames(context, map, title, first);
        if (!text.AsSpan(first.End).StartsWith(" and ", StringComparison.Ordinal)) return [];
        var second = CountryAt(context, first.End + 5);
        if (second is null) return [];
        var (aStart, aEnd, bStart, bEnd) = NamePair(text, map, Respectively(text, second.End));
        if (bEnd <= bStart) return [];
        return Holders(context, title, (aStart, aEnd, first.Code), (bStart, bEnd, second.Code));
    }

    /// <summary>"A and B, for Ghana and Nigeria respectively" read from at: the two holders, then their countries in order.</summary>
    private static List<PersonMention> NamesThenCountries(ArticleContext context, MentionMap map, OfficeTitle title, int at)
    {
        var (aStart, aEnd, bStart, bEnd) = NamePair(context.Text, map, at);
        if (bEnd <= bStart || CountriesRespectively(context, bEnd) is not var (c1, c2)) return [];
        return Holders(context, title, (aStart, aEnd, c1), (bStart, bEnd, c2));
    }

    /// <summary>"the presidents of Venezuela, A, and Colombia, B" and "… of Costa Rica, A; and from Panama, B".</summary>
    private static List<PersonMention> InterleavedNames(ArticleContext context, MentionMap map, OfficeTitle title, GazetteerMention first)
    {
        var text = context.Text;
        var (aStart, aEnd) = NameReader.After(text, Honorifics.Skip(text, first.End + 1), map);
        if (aEnd <= aStart) return [];
        var at = aEnd;
        foreach (var joiner in (string[])[", and ", "; and ", " and "])
        {
            if (!text.AsSpan(at).StartsWith(joiner, StringComparison.Ordinal)) continue;
            at += joiner.Length;
            foreach (var preposition in (string[])["of ", "from "])
                if (text.AsSpan(at).StartsWith(preposition, StringComparison.Ordinal)) at += preposition.Length;
            var second = CountryAt(context, at);
            if (second is null || second.Code == first.Code || !text.AsSpan(second.End).StartsWith(", ", StringComparison.Ordinal)) return [];
            var (bStart, bEnd) = NameReader.After(text, Honorifics.Skip(text, second.End + 1), map);
            if (bEnd <= bStart) return [];
            return Holders(context, title, (aStart, aEnd, first.Code), (bStart, bEnd, second.Code));
        }
        return [];
    }

    /// <summary>"the presidents of both countries, A and B": the two holders take the pair's countries when the known leaders tell which is which.</summary>
    private static List<PersonMention> BothCountriesNames(ArticleContext context, MentionMap map, OfficeTitle title, int from)
    {
        if (context.Pair is not { } pair) return [];
        var text = context.Text;
        var (aStart, aEnd, bStart, bEnd) = NamePair(text, map, Respectively(text, from));
        if (bEnd <= bStart) return [];
        var a = KnownLeaders.CountryOf(text[aStart..aEnd]) is { } known && pair.Contains(known) ? known : null;
        var b = KnownLeaders.CountryOf(text[bStart..bEnd]) is { } other && pair.Contains(other) ? other : null;
        a ??= b is null ? null : pair.Other(b);
        b ??= a is null ? null : pair.Other(a);
        if (a is null || b is null || a == b) return [];
        return Holders(context, title, (aStart, aEnd, a), (bStart, bEnd, b));
    }

    /// <summary>
    /// ", respectively of Ghana and Nigeria", " of Ghana and Nigeria respectively", ", for Ghana and Nigeria respectively" right after
    /// two holders: their countries in order. "respectively" must be written; null otherwise.
    /// </summary>
    private static (string, string)? CountriesRespectively(ArticleContext context, int at)
    {
        var text = context.Text;
        var before = Respectively(text, at);
        var stated = before > at + 1;
        foreach (var preposition in (string[])[" of ", " for "])
        {
            if (!text.AsSpan(before).StartsWith(preposition, StringComparison.Ordinal)) continue;
            var first = CountryAt(context, before + preposition.Length);
            if (first is null || !text.AsSpan(first.End).StartsWith(" and ", StringComparison.Ordinal)) return null;
            var second = CountryAt(context, first.End + 5);
            if (second is null || first.Code is not { } c1 || second.Code is not { } c2 || c1 == c2) return null;
            stated |= Respectively(text, second.End) > second.End + 1;
            return stated ? (c1, c2) : null;
        }
        return null;
    }

    /// <summary>Two holders of a plural title, the first one's mention starting with the title.</summary>
    private static List<PersonMention> Holders(ArticleContext context, OfficeTitle title, (int Start, int End, string? Country) a, (int Start, int End, string? Country) b) =>
    [
        Person(context, title, title.Start, a.End, a.Start, a.End, a.Country),
        Person(context, title, b.Start, b.End, b.Start, b.End, b.Country),
    ];

    /// <summary>"A and B" read from at (forms of address skipped); an empty second range when there are not two names.</summary>
    private static (int AStart, int AEnd, int BStart, int BEnd) NamePair(string text, MentionMap map, int at)
    {
        var (aStart, aEnd) = NameReader.After(text, Honorifics.Skip(text, at), map);
        if (aEnd <= aStart || !text.AsSpan(aEnd).StartsWith(" and ", StringComparison.Ordinal)) return (aStart, aEnd, aEnd, aEnd);
        var (bStart, bEnd) = NameReader.After(text, Honorifics.Skip(text, aEnd + 5), map);
        return (aStart, aEnd, bStart, bEnd);
    }

    /// <summary>Past a comma and "respectively" right after at ("…, respectively A and B", "… respectively, A and B").</summary>
    private static int Respectively(string text, int at)
    {
        if (at < text.Length && text[at] == ',') at++;
        if (text.AsSpan(at).StartsWith(" respectively", StringComparison.Ordinal))
        {
            at += " respectively".Length;
            if (at < text.Length && text[at] == ',') at++;
        }
        return at;
    }

    /// <summary>"Ministers of Foreign Affairs of …", "… of Foreign Affairs, A and B": past the portfolio a plural title names before its countries or holders (at when none).</summary>
    private static int AfterPortfolio(string text, int at)
    {
        if (!text.AsSpan(at).StartsWith(" of ", StringComparison.Ordinal)) return at;
        var i = at + 4;
        var any = false;
        while (true)
        {
            var wordEnd = i;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            var word = text.AsSpan(i, wordEnd - i);
            if (word.IsEmpty || !TitleWords.Contains(word) && !(any && word.SequenceEqual("and"))) break;
            any = true;
            i = wordEnd;
            if (i >= text.Length || text[i] != ' ') break;
            i++;
        }
        var end = i > at + 4 && text[i - 1] == ' ' ? i - 1 : i;
        return any && (text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(", ", StringComparison.Ordinal)) ? end : at;
    }

    /// <summary>"Polish and Romanian " right before start: the two countries, in order; null otherwise.</summary>
    private static (string, string)? DemonymsBefore(ArticleContext context, int start)
    {
        var near = Window.Mentions(context, Math.Max(0, start - 60), start).ToList();
        if (near.Count < 2 || near[^1] is not { Kind: MentionKind.Country, IsDemonym: true, Code: { } second } last || last.End != start - 1) return null;
        if (near[^2] is not { Kind: MentionKind.Country, IsDemonym: true, Code: { } first } before || context.Text[before.End..last.Start] != " and ") return null;
        return first == second ? null : (first, second);
    }

    /// <summary>A country named (not by its demonym) at offset at, after an optional "the ".</summary>
    private static GazetteerMention? CountryAt(ArticleContext context, int at)
    {
        if (context.Text.AsSpan(at).StartsWith("the ", StringComparison.Ordinal)) at += 4;
        return Window.Mentions(context, at, at + 60).FirstOrDefault(m => m.Start == at) is { Kind: MentionKind.Country, IsDemonym: false, Code: not null } m ? m : null;
    }

    private static bool CommaFollows(string text, int end) => end < text.Length && text[end] == ',';

    /// <summary>
    /// After "X and Y Z," (capitalised words only, within a few words), the offset after the comma; else -1. "and Health
    /// Minister," is the next person's title, not more of the portfolio. The list stays on its line: a text cut off inside
    /// an office ("… Industry and Ener") and followed by a paragraph opening "SEOUL, Sept 5" has no comma of that portfolio.
    /// </summary>
    private static int PortfolioListEnd(string text, int from)
    {
        var comma = text.IndexOf(',', from, Math.Min(40, text.Length - from));
        if (comma < 0 || text.AsSpan(from, comma - from).ContainsAny('\n', '\r')) return -1;
        var words = text[from..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words[0] == "and" && words.Skip(1).All(w => char.IsUpper(w[0]) && !OfficeHeads.Contains(w)) ? comma + 1 : -1;
    }

    // The head words of titles: one of them after "and" starts another office.
    private static readonly HashSet<string> OfficeHeads = new(StringComparer.Ordinal)
    {
        "Minister", "Ministers", "Secretary", "President", "Ambassador", "Governor", "Chairman", "Chairperson", "Director", "Adviser", "Advisor",
    };

    /// <summary>"Name, [the] Title" and "Name as its Title".</summary>
    private static PersonMention? NameBefore(ArticleContext context, MentionMap map, OfficeTitle title)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(title.Start);
        var p = Honorifics.StyleBeforeTitle(text, title.Start, sentence.Start);
        var possessive = false;
        foreach (var determiner in (string[])["the ", "an ", "a ", "its ", "their ", "his ", "her "])
        {
            if (p - determiner.Length >= sentence.Start && string.CompareOrdinal(text, p - determiner.Length, determiner, 0, determiner.Length) == 0)
            {
                possessive = determiner is "its " or "their ";
                p -= determiner.Length;
                break;
            }
        }
        int nameEnd;
        if (p - 2 >= sentence.Start && text[p - 2] == ',' && text[p - 1] == ' ') nameEnd = p - 2;
        else if (p - 4 >= sentence.Start && text.AsSpan(p - 4, 4).SequenceEqual(" as ")) nameEnd = p - 4;
        else if (p == title.Start && PostNominalBefore(text, p, sentence.Start)) nameEnd = p - 1;
        // "Hon. A – Minister of Agriculture; Hon. B – Minister of Health": a dash sets the title off as a comma does.
        else if (p - 3 >= sentence.Start && text[p - 3] == ' ' && text[p - 2] is '–' or '—' && text[p - 1] == ' ') nameEnd = p - 3;
        else return null;
        // The title must close the phrase: "X, Minister of Y, said" but not "X, Minister of Y Z".
        var after = title.End < text.Length ? text[title.End] : '.';
        // "X, the President's residence": a possessive title is not X's.
        if (after is '\'' or '’' || char.IsLetterOrDigit(after) || (after == ' ' && title.End + 1 < text.Length && char.IsUpper(text[title.End + 1]))) return null;
        nameEnd = BeforePostNominals(text, nameEnd, sentence.Start);
        var (nameStart, end) = NameReader.Before(text, nameEnd, sentence.Start, map);
        if (end <= nameStart || FollowsArticle(text, nameStart, sentence.Start)) return null;
        // A dash sets a title off only inside a list of addressed names ("; Hon. A – Minister …"), not after a byline ("Daily News – President …").
        if (nameEnd == p - 3 && !InAddressedList(text, nameStart, sentence.Start)) return null;
        var country = title.Country;
        if (country is null && possessive)
            country = Window.Mentions(context, Math.Max(sentence.Start, nameStart - 200), nameStart).LastOrDefault(m => m.Kind == MentionKind.Country)?.Code;
        return Person(context, title, nameStart, title.OfficeEnd, nameStart, end, country);
    }

    // Letters written after a name: membership of parliament, senior counsel, degrees and orders ("Hon. A MP, Minister …").
    private static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal)
    {
        "MP", "SC", "QC", "KC", "PhD", "ndc", "psc", "OBE", "CBE", "MBE", "GCMG", "KCMG", "CMG", "MNA", "MLA", "MHA", "MPP", "JP", "LLB",
    };

    /// <summary>"A MP", "A, SC", "A (MP)" ending at end: where the name ends once post-nominal letters are left out.</summary>
    private static int BeforePostNominals(string text, int end, int floor)
    {
        for (var n = 0; n < 3; n++)
        {
            var e = end;
            if (e > floor && text[e - 1] == ')') e--;
            var wordStart = e;
            // "M.P.", "S.C.": the letters may be written with full stops.
            while (wordStart > floor && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
            if (wordStart == e || !IsPostNominal(text.AsSpan(wordStart, e - wordStart))) return end;
            var before = wordStart;
            if (e < end && (before <= floor || text[--before] != '(')) return end;
            if (before - 2 >= floor && text[before - 2] == ',' && text[before - 1] == ' ') before -= 2;
            else if (before - 1 >= floor && text[before - 1] == ' ') before--;
            else return end;
            end = before;
        }
        return end;
    }

    /// <summary>"MP", "M.P.", "S.C": post-nominal letters, with or without their full stops.</summary>
    private static bool IsPostNominal(ReadOnlySpan<char> word)
    {
        Span<char> letters = stackalloc char[word.Length];
        var n = 0;
        foreach (var c in word)
            if (c != '.') letters[n++] = c;
        // Stops go between single letters only: "M.P." is "MP", "Ph.D." is not read.
        if (n < word.Length && n > 1 && word.TrimEnd('.').Length != 2 * n - 1) return false;
        return n > 0 && PostNominals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(letters[..n]);
    }

    /// <summary>"A MP Prime Minister of …": post-nominal letters right before the title set it off from the name as a comma does.</summary>
    private static bool PostNominalBefore(string text, int titleStart, int floor)
    {
        if (titleStart - 2 < floor || text[titleStart - 1] != ' ') return false;
        var wordStart = titleStart - 1;
        while (wordStart > floor && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        return wordStart < titleStart - 1 && wordStart > floor && text[wordStart - 1] == ' ' && IsPostNominal(text.AsSpan(wordStart, titleStart - 1 - wordStart));
    }

    /// <summary>A form of address ("Hon.", "Dr") or a list's semicolon right before the name.</summary>
    private static bool InAddressedList(string text, int nameStart, int floor)
    {
        var i = nameStart;
        while (i > floor && text[i - 1] == ' ') i--;
        if (i > floor && text[i - 1] == ';') return true;
        var wordStart = i;
        while (wordStart > floor && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        return wordStart < i && Honorifics.Skip(text, wordStart, i) == i;
    }

    /// <summary>"a release from the Rashtrapati Bhavan, the President …": a name after "the" is a building or body, not a person.</summary>
    private static bool FollowsArticle(string text, int nameStart, int floor)
    {
        var i = nameStart;
        while (i > floor && text[i - 1] == ' ') i--;
        return i - 3 >= floor && text.AsSpan(i - 3, 3).Equals("the", StringComparison.OrdinalIgnoreCase) && (i - 3 == floor || !char.IsLetter(text[i - 4]));
    }

    /// <summary>"Santiago Cafiero of Argentina": a country right after the name.</summary>
    private static string? CountryOfAfter(ArticleContext context, int nameEnd, out int end)
    {
        end = nameEnd;
        var text = context.Text;
        if (!text.AsSpan(nameEnd).StartsWith(" of ", StringComparison.Ordinal)) return null;
        var target = nameEnd + 4;
        if (text.AsSpan(target).StartsWith("the ", StringComparison.Ordinal)) target += 4;
        var mention = Window.Mentions(context, target, target + 80).FirstOrDefault(m => m.Start == target);
        if (mention is not { Kind: MentionKind.Country, IsDemonym: false }) return null;
        // "A and B of Ghana and Nigeria respectively": a list of countries is the holders', not the last one's.
        if (text.AsSpan(mention.End).StartsWith(" and ", StringComparison.Ordinal) && CountryAt(context, mention.End + 5) is not null) return null;
        end = mention.End;
        return mention.Code;
    }

    /// <summary>The title ends in "of &lt;Portfolio&gt;", the word read as a name is one capitalised word, and "of &lt;country&gt;," follows it.</summary>
    private static bool PortfolioGoesOn(string text, OfficeTitle title, int nameStart, int nameEnd, int afterCountryEnd) =>
        text.AsSpan(title.OfficeStart, title.OfficeEnd - title.OfficeStart).Contains(" of ", StringComparison.Ordinal)
        && title.OfficeEnd + 1 == nameStart && !text.AsSpan(nameStart, nameEnd - nameStart).Contains(' ')
        && text.AsSpan(afterCountryEnd).StartsWith(", ", StringComparison.Ordinal);

    /// <summary>A one-word name followed by "and" and a capitalised word that is not a name's start after a comma: "Mine and Trade".</summary>
    private static bool JoinedToCapitalized(string text, int nameStart, int nameEnd) =>
        !text.AsSpan(nameStart, nameEnd - nameStart).Contains(' ') && text.AsSpan(nameEnd).StartsWith(" and ", StringComparison.Ordinal)
        && nameEnd + 5 < text.Length && char.IsUpper(text[nameEnd + 5]);

    private static PersonMention Person(ArticleContext context, OfficeTitle title, int start, int end, int nameStart, int nameEnd, string? country, int officeEnd = -1) =>
        new(start, Math.Max(end, nameEnd), context.Text[nameStart..nameEnd], context.Text[title.OfficeStart..(officeEnd < 0 ? title.OfficeEnd : officeEnd)], country)
        {
            NameStart = nameStart,
            CanonicalOffice = title.Canonical,
            Former = title.Former,
            PlaceCountry = title.PlaceCountry,
            AccreditedTo = title.AccreditedTo,
            Listed = title.Plural,
        };
}
