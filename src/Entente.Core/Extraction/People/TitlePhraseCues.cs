using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// "Secretary-General of the Jordanian Ministry of Trade, A", "Ambassador B, State Minister of the Ministry of Foreign
/// Affairs of Ethiopia", "C, chargé d'affaires of the Saudi Embassy in Wellington", "Minister D at the Kenyan Embassy":
/// a country stated inside the person's own title phrase, beyond where the office itself was read, is the person's.
/// The phrase before the name is the title the person was found by; the phrase after the name, set off by a comma or
/// going on with "of" or "at", runs over capitalised words and joining words only, up to the next person, a lower-case word ("said", "to", "with") or the clause's end.
/// A country counts only as "of [the] Country", "Country's" or a demonym before an institution ("Saudi Embassy",
/// "Iraqi Trade Ministry"); two different countries give nothing.
/// </summary>
internal static class TitlePhraseCues
{
    private const int Reach = 150;

    // Lower-case words a title may hold after the name: "Director of the Protocol Department at the Ministry".
    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "of", "the", "for", "and", "at", "&" };

    // What a demonym must name to place a person: their country's institution, not a topic ("Saudi Arabian affairs").
    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "Ministry", "Embassy", "Government", "Presidency", "Mission", "Parliament", "Cabinet", "Consulate", "High", "Foreign", "Republic",
    };

    public static string? CountryOf(ArticleContext context, PersonMention person, IReadOnlyList<PersonMention> people)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        string? found = null;
        // The title before the name: [Start, NameStart).
        if (person.NameStart > person.Start && !Take(context, person.Start, person.NameStart, ref found)) return null;
        // The phrase after: from the end of what was read, over title words, to the next person or the first other word.
        // It is set off by a comma or goes on with "of"/"at": "A and Permanent Secretary of Thailand's …" names someone else.
        var rest = text.AsSpan(person.End);
        var opens = rest.StartsWith(",", StringComparison.Ordinal) || rest.StartsWith(" of ", StringComparison.Ordinal) || rest.StartsWith(" at ", StringComparison.Ordinal);
        var tailEnd = opens ? TailEnd(text, person.End, Math.Min(sentence.End, person.End + Reach), NextPersonStart(people, person)) : person.End;
        if (tailEnd > person.End && !Take(context, person.End, tailEnd, ref found)) return null;
        return found;
    }

    /// <summary>Reads the countries stated in [from, to); false when two differ.</summary>
    private static bool Take(ArticleContext context, int from, int to, ref string? found)
    {
        var text = context.Text;
        foreach (var m in Window.Mentions(context, from, to))
        {
            if (m.Kind != MentionKind.Country || m.Code is null || !Stated(text, m, from)) continue;
            if (found is not null && found != m.Code) return false;
            found = m.Code;
        }
        return true;
    }

    /// <summary>"of [the] Country", "Country's", or a demonym one or two capitalised words before an institution.</summary>
    private static bool Stated(string text, GazetteerMention m, int floor)
    {
        var rest = text.AsSpan(m.End);
        if (rest.StartsWith("'s ", StringComparison.Ordinal) || rest.StartsWith("’s ", StringComparison.Ordinal)) return !m.IsDemonym;
        if (m.IsDemonym)
        {
            var (word, next) = NextWord(text, m.End);
            if (Institutions.Contains(word)) return true;
            return word.Length > 0 && char.IsUpper(word[0]) && Institutions.Contains(NextWord(text, next).Word);
        }
        var before = text.AsSpan(floor, m.Start - floor);
        return before.EndsWith(" of the ", StringComparison.Ordinal) || before.EndsWith(" of ", StringComparison.Ordinal);
    }

    /// <summary>Where the title phrase after a name stops: the last title word before a stop, or from when none follows.</summary>
    private static int TailEnd(string text, int from, int limit, int nextPerson)
    {
        var end = from;
        var i = from;
        var afterComma = false;
        while (i < limit && i < nextPerson)
        {
            var c = text[i];
            if (c is ' ' or ',' or '-' or '–') { afterComma |= c == ','; i++; continue; }
            if (c is ';' or '(' or ')' or '"' or '“' or '”' or '.' or ':' or '\n') break;
            var wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '-' or '&')) wordEnd++;
            if (wordEnd == i) break;
            var word = text[i..wordEnd];
            if (!char.IsUpper(word[0]) && !JoiningWords.Contains(word)) break;
            // "A, Minister of X, and Brazil's Minister of Y": "and" after a comma opens the next person's title.
            if (afterComma && word == "and") break;
            afterComma = false;
            if (wordEnd > nextPerson) break;
            end = wordEnd;
            i = wordEnd;
        }
        return end;
    }

    private static int NextPersonStart(IReadOnlyList<PersonMention> people, PersonMention person)
    {
        var next = int.MaxValue;
        foreach (var q in people)
            if (q.Start >= person.End && q.Start < next) next = q.Start;
        return next;
    }

    private static (string Word, int End) NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ') i++;
        var end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return (text[i..end], end);
    }
}
