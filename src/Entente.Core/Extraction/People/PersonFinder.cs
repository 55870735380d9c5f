using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Finds people as news writes them: an office title followed by a name ("Deputy Prime Minister
/// Igor Lyashenko", "Belarusian President A. Lukashenko"), the country taken from a demonym before
/// the title ("Belarusian"), from the title itself ("General Secretary of the Communist Party of
/// Vietnam"), or from "of Country" after it.
/// </summary>
public static class PersonFinder
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "bin", "binti", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "den", "la", "le", "di", "du", "y", "ibn", "abu", "ben",
    };

    public static IReadOnlyList<PersonMention> Find(ArticleContext context)
    {
        var text = context.Text;
        var mentions = context.Mentions;
        var people = new List<PersonMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var office = mentions[i];
            if (office.Kind != MentionKind.Office) continue;
            var officeEnd = office.End;
            string? country = office.Countries.Count == 1 ? office.Countries[0] : null;

            // "Minister of Foreign Affairs of Vietnam Name": the country after the title.
            if (i + 1 < mentions.Count && mentions[i + 1].Kind == MentionKind.Country && !mentions[i + 1].IsDemonym
                && Between(text, officeEnd, mentions[i + 1].Start) is "of" or "of the")
            {
                country ??= mentions[i + 1].Code;
                officeEnd = mentions[i + 1].End;
            }
            // A demonym or "Country's" right before the title: "Belarusian Deputy Prime Minister".
            var start = office.Start;
            if (i > 0 && mentions[i - 1].Kind == MentionKind.Country && IsAdjacentBefore(text, mentions[i - 1].End, office.Start))
            {
                country ??= mentions[i - 1].Code;
                start = mentions[i - 1].Start;
            }
            var (nameStart, nameEnd) = NameAfter(text, officeEnd, i + 1 < mentions.Count ? mentions[i + 1] : null);
            if (nameEnd <= nameStart) continue;
            people.Add(new PersonMention(start, nameEnd, text[nameStart..nameEnd], text[office.Start..office.End], country) { NameStart = nameStart });
        }
        return people;
    }

    /// <summary>A name of two to five capitalised words or initials right after the title ("To Lam", "A. Lukashenko", "Park Min-jae").</summary>
    private static (int Start, int End) NameAfter(string text, int from, GazetteerMention? next)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ') i++;
        var start = i;
        var end = start;
        var words = 0;
        while (i < text.Length && words < 5)
        {
            if (next is not null && i >= next.Start && next.Kind is MentionKind.Country or MentionKind.Place or MentionKind.Office or MentionKind.Body or MentionKind.Bloc) break;
            var wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’' or '.')) wordEnd++;
            if (wordEnd == i) break;
            var word = text[i..wordEnd].TrimEnd('.', '\'', '’');
            var isInitial = word.Length == 1 && char.IsUpper(word[0]) && wordEnd > i + 1 && text[i + 1] == '.';
            var isName = word.Length > 1 && char.IsUpper(word[0]) && !word.All(char.IsUpper);
            var isParticle = Particles.Contains(word) && words > 0;
            if (!isInitial && !isName && !isParticle) break;
            words++;
            // A full stop after a name word (not an initial) ends the sentence, not the name.
            end = isInitial ? wordEnd : i + word.Length;
            if (!isInitial && wordEnd > i + word.Length) break;
            i = wordEnd;
            if (i < text.Length && text[i] == ' ') i++;
            else break;
        }
        // A single capitalised word is a name only when it is not the first word of a clause ("President Lukashenko" is fine).
        return words >= 1 ? (start, end) : (start, start);
    }

    private static string Between(string text, int from, int to) =>
        to > from && to - from < 12 ? text[from..to].Trim() : "";

    private static bool IsAdjacentBefore(string text, int end, int start) =>
        start >= end && start - end <= 3 && text.AsSpan(end, start - end).Trim() is "" or "'s" or "’s";
}
