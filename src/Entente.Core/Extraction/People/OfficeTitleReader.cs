using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>Reads the full title around a gazetteer office mention: lead, combined offices, portfolio tails, "of"/"to" places.</summary>
internal static class OfficeTitleReader
{
    // Words that may stand between a demonym and the office: "Argentina's new ambassador".
    private static readonly HashSet<string> GapWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "newly", "appointed", "incoming", "outgoing", "current", "then", "visiting", "former", "ex", "late", "the", "a", "an",
        "top", "chief", "senior", "deputy", "acting", "interim", "founding",
    };

    // "the nation's founding President": an office held at a country's start, not now.
    private static readonly HashSet<string> FormerWords = new(StringComparer.OrdinalIgnoreCase) { "former", "ex", "late", "outgoing", "founding" };

    public static OfficeTitle Read(string text, IReadOnlyList<GazetteerMention> mentions, int index, CountryPair? pair)
    {
        var office = mentions[index];
        string? country = office.Countries.Count == 1 ? office.Countries[0] : null;
        var officeStart = PortfolioBefore(text, mentions, index);
        var (start, leadCountry, former, leadPlace) = Lead(text, mentions, index, officeStart);
        country ??= leadCountry ?? CombinedTitleCountry(text, mentions, index, officeStart);

        string? placeCountry = leadPlace, accreditedTo = null;
        var officeEnd = AfterElect(text, office.End);
        var end = officeEnd;
        var j = index + 1;
        while (true)
        {
            var (word, wordStart, wordEnd) = NextWord(text, end);
            var next = j < mentions.Count ? mentions[j] : null;
            if (word is "and" or "&" && next is { Kind: MentionKind.Office } && next.Start == SkipSpaces(text, wordEnd))
            {
                officeEnd = end = next.End;
                j++;
                continue;
            }
            if (word == "to" || (word == "in" && IsEnvoy(office.Canonical)))
            {
                var target = SkipArticle(text, wordEnd);
                if (next is { Kind: MentionKind.Country or MentionKind.Place, IsDemonym: false } && next.Start == target && next.Countries.Count == 1)
                {
                    accreditedTo = next.Countries[0];
                    officeEnd = end = next.End;
                    j++;
                    continue;
                }
                break;
            }
            // "Minister of Finance in Qatar": a country named after "in" is the office's own, for posts held at home.
            if (word == "in" && next is { Kind: MentionKind.Country, IsDemonym: false, Code: not null } && next.Start == SkipArticle(text, wordEnd))
            {
                country ??= next.Code;
                end = next.End;
                j++;
                break;
            }
            if (word == "of")
            {
                var target = SkipArticle(text, wordEnd);
                if (next is { Kind: MentionKind.Country, IsDemonym: false } && next.Start == target)
                {
                    country ??= next.Code;
                    end = next.End;
                    j++;
                    // "Permanent Secretary of Thailand's Foreign Ministry", "Chairman of Kyrgyzstan's Cabinet": the country's body
                    // goes on with the title (the office as held stays without the country).
                    if (text.AsSpan(end).StartsWith("'s ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("’s ", StringComparison.Ordinal))
                    {
                        var bodyEnd = TitleTail(text, mentions, ref j, end + 2);
                        // "Speaker of Ghana's parliament, A", "Speaker of India's Lower House of Parliament A": the country's chamber.
                        if (bodyEnd == end + 2) bodyEnd = Chambers.End(text, end + 3);
                        if (bodyEnd <= end + 2) break;
                        end = bodyEnd;
                        j = Past(mentions, j, end);
                    }
                    continue;
                }
                // "Speaker of the Estonian Parliament A", "First Vice Chairman of the Russian State Duma A": the chamber of the
                // demonym's country, whose holder the name after it is.
                if (next is { Kind: MentionKind.Country, IsDemonym: true, Code: not null } && next.Start == target && Chambers.End(text, next.End + 1) is var chamberEnd and > 0)
                {
                    country ??= next.Code;
                    end = chamberEnd;
                    j = Past(mentions, j + 1, end);
                    continue;
                }
                // "Speaker of the Union Assembly of Myanmar A": a chamber, then the country it is of.
                if ((next is null || next.Start > target) && Chambers.End(text, target) is var chamberOfEnd and > 0 && NextWord(text, chamberOfEnd).Word == "of"
                    && next is { Kind: MentionKind.Country, IsDemonym: false } && next.Start == SkipArticle(text, NextWord(text, chamberOfEnd).End))
                {
                    end = chamberOfEnd;
                    continue;
                }
                if (next is { Kind: MentionKind.Place } && next.Start == target && next.Countries.Count > 0)
                {
                    // "Mayor of Rabat": a place named in several countries is taken in the pair's.
                    placeCountry = next.Countries.Count == 1 ? next.Countries[0] : next.Countries.FirstOrDefault(c => pair?.Contains(c) == true);
                    officeEnd = end = next.End;
                    j++;
                    continue;
                }
            }
            // "Minister of Trade and Industry, Arab Republic of Egypt, …": a country set off by commas after the title is its own.
            if (word == "," && next is { Kind: MentionKind.Country, IsDemonym: false, Code: not null } && next.Start == SkipArticle(text, wordEnd)
                && next.End < text.Length && text[next.End] is ',' or '.' or ';')
            {
                country ??= next.Code;
                end = next.End;
                j++;
                break;
            }
            // "Minister of Trade & Industry": an ampersand joins portfolios as "and" does.
            // Right after the gazetteer's office, only one that already names a portfolio ("Minister of Energy") goes on with one.
            if (word is "of" or "for" or "at" or "," or "and" or "&" || TitleWords.Contains(word)
                || (next is null || next.Start >= wordEnd) && HasPortfolio(office.Canonical, text[office.Start..office.End])
                && ListedPortfolioWord(text, mentions, j, word, wordStart, wordEnd))
            {
                var from = word is "of" or "for" or "at" or "," or "and" or "&" ? SkipArticle(text, wordEnd) : wordStart;
                var tailEnd = TitleTail(text, mentions, ref j, from);
                if (tailEnd > from)
                {
                    officeEnd = end = tailEnd;
                    continue;
                }
            }
            break;
        }
        // "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad": a ministry for the nationals abroad is their country's.
        country ??= NationalsAbroadCountry(text, officeStart, officeEnd);
        // "Foreign Ministers A and B" name two holders; "Chairman of the Cabinet of Ministers" names a body, and one holder.
        var plural = officeEnd > 0 && text[officeEnd - 1] == 's' && text[office.Start..officeEnd].EndsWith("ers", StringComparison.Ordinal)
                     && !text[office.Start..officeEnd].EndsWith("of Ministers", StringComparison.OrdinalIgnoreCase);
        return new OfficeTitle(start, officeStart, officeEnd, end, office.Canonical, country, placeCountry, accreditedTo, former, plural, j - 1);
    }

    /// <summary>
    /// "Uzbekistan's Deputy Prime Minister, Minister of Economy A": an office right after another one and a comma is the same
    /// person's second post, of the country that leads the first (a few offices back at most).
    /// </summary>
    private static string? CombinedTitleCountry(string text, IReadOnlyList<GazetteerMention> mentions, int index, int officeStart)
    {
        var at = officeStart;
        for (var k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            if (mentions[k] is not { Kind: MentionKind.Office } previous || text[previous.End..at] != ", ") return null;
            var previousStart = PortfolioBefore(text, mentions, k);
            if (Lead(text, mentions, k, previousStart).Country is { } country) return country;
            at = previousStart;
        }
        return null;
    }

    /// <summary>
    /// "Arts and Culture Minister", "Human Settlements Minister": portfolio words, joined by "and" or not, before the office the
    /// gazetteer found ("Culture Minister") belong to it; where the title starts.
    /// </summary>
    private static int PortfolioBefore(string text, IReadOnlyList<GazetteerMention> mentions, int index)
    {
        var start = mentions[index].Start;
        var floor = index > 0 ? mentions[index - 1].End : 0;
        var at = start;
        while (true)
        {
            var (word, wordStart) = WordBefore(text, at, floor);
            if (word is "and" or "&")
            {
                var (joined, joinedStart) = WordBefore(text, wordStart, floor);
                if (!TitleWords.Contains(joined)) return start;
                at = start = joinedStart;
                continue;
            }
            if (word.Length == 0 || !TitleWords.Contains(word)) return start;
            at = start = wordStart;
        }
    }

    /// <summary>The word ending one space before at, and where it starts; empty when none lies at or after floor.</summary>
    private static (string Word, int Start) WordBefore(string text, int at, int floor)
    {
        var end = at;
        if (end - 1 < floor || text[end - 1] != ' ') return ("", at);
        end--;
        var wordStart = end;
        while (wordStart > floor && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '&')) wordStart--;
        return (text[wordStart..end], wordStart);
    }

    // "-designate" is left out: one named to a post does not hold it yet.
    private static readonly string[] ElectSuffixes = ["-elect", "-Elect"];

    /// <summary>"President-elect", "Prime Minister-Elect": past such a suffix right after an office at end, else end.</summary>
    internal static int AfterElect(string text, int end)
    {
        foreach (var suffix in ElectSuffixes)
            if (text.AsSpan(end).StartsWith(suffix, StringComparison.Ordinal) && (end + suffix.Length == text.Length || !char.IsLetter(text[end + suffix.Length])))
                return end + suffix.Length;
        return end;
    }

    /// <summary>Posts held in another country, so "in Hanoi" after them names where they serve.</summary>
    private static bool IsEnvoy(string canonical) =>
        canonical.Contains("Ambassador", StringComparison.Ordinal) || canonical.Contains("Consul", StringComparison.Ordinal)
        || canonical.Contains("Envoy", StringComparison.Ordinal) || canonical.Contains("Chargé", StringComparison.Ordinal)
        || canonical.Contains("Attaché", StringComparison.Ordinal) || canonical.Contains("Representative", StringComparison.Ordinal)
        || canonical.Contains("Commissioner", StringComparison.Ordinal) || canonical.Contains("Counsellor", StringComparison.Ordinal);

    /// <summary>
    /// A demonym or "Country's" before the office, across gap words; whether "former" stands there; the country of a
    /// place of one country named right before it ("Sabah Chief Minister", "Osaka Governor"), whose office it is.
    /// </summary>
    private static (int Start, string? Country, bool Former, string? PlaceCountry) Lead(string text, IReadOnlyList<GazetteerMention> mentions, int index, int start)
    {
        var (gapStart, former) = Gap(text, start);
        if (index > 0 && mentions[index - 1] is { Kind: MentionKind.Country } before && before.End <= gapStart)
        {
            var between = text[before.End..gapStart];
            if (between is "" or " " or "'s " or "’s " or "' " or "’ ")
            {
                var (outerStart, outerFormer) = Gap(text, before.Start);
                var leadStart = outerStart < before.Start && IsFormerBefore(text, outerStart, before.Start) ? outerStart : before.Start;
                return (leadStart, before.Code, former || outerFormer, null);
            }
        }
        if (index > 0 && mentions[index - 1] is { Kind: MentionKind.Place, IsDemonym: false, Countries.Count: 1 } place && place.End <= gapStart
            && text[place.End..gapStart] is " " or "'s " or "’s ")
            return (start, null, former, place.Countries[0]);
        return (start, null, former, null);
    }

    /// <summary>The index of the first mention from j on that starts at or after end.</summary>
    private static int Past(IReadOnlyList<GazetteerMention> mentions, int j, int end)
    {
        while (j < mentions.Count && mentions[j].Start < end) j++;
        return j;
    }

    private static bool IsFormerBefore(string text, int from, int to) =>
        text[from..to].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(FormerWords.Contains);

    /// <summary>Walks back over gap words ("then-", "new", "former"); returns where they start and whether one says "former".</summary>
    private static (int Start, bool Former) Gap(string text, int start)
    {
        var i = start;
        var former = false;
        while (true)
        {
            var j = i;
            while (j > 0 && text[j - 1] is ' ' or '-') j--;
            var wordStart = j;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (wordStart == j || !GapWords.Contains(text[wordStart..j])) return (i, former);
            former |= FormerWords.Contains(text[wordStart..j]);
            i = wordStart;
        }
    }

    /// <summary>Title words from 'from', joined by spaces, commas and "and"; returns the end of the last one, or from.</summary>
    private static int TitleTail(string text, IReadOnlyList<GazetteerMention> mentions, ref int j, int from)
    {
        var end = from;
        var i = from;
        var any = false;
        while (true)
        {
            var (word, wordStart, wordEnd) = NextWord(text, i);
            if (word is "," or "and" or "&")
            {
                i = wordEnd;
                continue;
            }
            var next = j < mentions.Count ? mentions[j] : null;
            if (TitleWords.Contains(word) || (next is null || next.Start >= wordEnd) && (ListedPortfolioWord(text, mentions, j, word, wordStart, wordEnd) || NationalsAbroad(text, word, wordEnd) is not null))
            {
                while (j < mentions.Count && mentions[j].Start < wordEnd) j++;
            }
            else if (next is not null && next.Start == wordStart)
            {
                // A demonym inside a ministry's name ("Moroccan Expatriates") continues the title only before a title word.
                if (next is { Kind: MentionKind.Country, IsDemonym: true } && TitleWords.Contains(NextWord(text, next.End).Word))
                {
                    j++;
                    i = next.End;
                    continue;
                }
                return any ? end : from;
            }
            else return any ? end : from;
            any = true;
            end = wordEnd;
            i = wordEnd;
        }
    }

    /// <summary>
    /// "Minister of Public Works, Hydraulics and Infrastructures A", "Minister of Energy Infrastructures and Natural Resources A",
    /// "Minister of Mines and Petroleum Products of Afghanistan A": a capitalised common English word the title list does not
    /// hold goes on with a portfolio when "and" or "&amp;" stands right before it, or when "and", "&amp;", ", and", a title word
    /// or "of &lt;country&gt;" follows it. A name word after a portfolio ("Minister of Health Grace Mensah") does neither.
    /// </summary>
    private static bool ListedPortfolioWord(string text, IReadOnlyList<GazetteerMention> mentions, int j, string word, int wordStart, int wordEnd)
    {
        if (word.Length < 5 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower) || !Lexicon.Shared.IsDictionaryWord(word.ToLowerInvariant())
            || Honorifics.Skip(text, wordStart) != wordStart) return false;
        var before = text.AsSpan(0, wordStart).TrimEnd(' ');
        // "… and Grace Mensah": a word after "and" followed by one capitalised word is more likely a given name.
        if ((before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith(" &", StringComparison.Ordinal)) && CapitalisedRun(text, wordEnd) != 1) return true;
        var (after, _, afterEnd) = NextWord(text, wordEnd);
        if (after is "and" or "&" || TitleWords.Contains(after)) return true;
        if (after == "," && NextWord(text, afterEnd).Word == "and") return true;
        if (after != "of") return false;
        var target = SkipArticle(text, afterEnd);
        return j < mentions.Count && mentions[j] is { Kind: MentionKind.Country, IsDemonym: false } country && country.Start == target;
    }

    // The words after a people's name in a ministry for its nationals abroad: "Tunisians Abroad", "Moroccan Expatriates".
    private static readonly HashSet<string> AbroadWords = new(StringComparer.Ordinal) { "Abroad", "Expatriates" };

    /// <summary>"Mauritanians" before "Abroad", "Moroccan" before "Expatriates": the country of that people; null for any other word.</summary>
    private static string? NationalsAbroad(string text, string word, int wordEnd)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]) || !AbroadWords.Contains(NextWord(text, wordEnd).Word)) return null;
        var entry = Gazetteer.Default.Country(word) ?? (word[^1] == 's' ? Gazetteer.Default.Country(word[..^1]) : null);
        return entry?.Code;
    }

    /// <summary>The one country whose nationals abroad the title [start, end) is for, or null.</summary>
    private static string? NationalsAbroadCountry(string text, int start, int end)
    {
        string? found = null;
        var at = start;
        while (at < end)
        {
            var (word, _, wordEnd) = NextWord(text, at);
            if (wordEnd <= at || wordEnd > end) break;
            if (word.Length > 1 && NationalsAbroad(text, word, wordEnd) is { } code)
            {
                if (found is not null && found != code) return null;
                found = code;
            }
            at = wordEnd;
        }
        return found;
    }

    /// <summary>"Minister of Energy", "Minister for Defence", "Acting Minister of Mines and Petroleum": the office names a portfolio.</summary>
    private static bool HasPortfolio(string canonical, string written) =>
        written.Contains(" of ", StringComparison.Ordinal) || written.Contains(" for ", StringComparison.Ordinal) || canonical.Contains(" of ", StringComparison.Ordinal);

    /// <summary>How many capitalised words follow from 'from', each after one space (at most three are counted).</summary>
    private static int CapitalisedRun(string text, int from)
    {
        var count = 0;
        var at = from;
        while (count < 3 && at + 1 < text.Length && text[at] == ' ' && char.IsUpper(text[at + 1]))
        {
            at++;
            while (at < text.Length && (char.IsLetter(text[at]) || text[at] is '-' or '.' or '\'' or '’')) at++;
            count++;
        }
        return count;
    }

    /// <summary>The next word, comma or other mark after spaces: (text, start, end).</summary>
    private static (string Word, int Start, int End) NextWord(string text, int from)
    {
        var i = SkipSpaces(text, from);
        if (i >= text.Length) return ("", i, i);
        if (!char.IsLetter(text[i])) return (text[i].ToString(), i, i + 1);
        var end = i;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) end++;
        return (text[i..end], i, end);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    private static int SkipArticle(string text, int i)
    {
        i = SkipSpaces(text, i);
        return text.AsSpan(i).StartsWith("the ", StringComparison.Ordinal) ? i + 4 : i;
    }
}
