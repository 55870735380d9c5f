using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>
/// "Counterpart" phrases: "his Lao counterpart Bounleuang Phommachanh" names a person holding the
/// same office as the one just named, from the demonym's country; "His Emirati counterpart,
/// Minister X" gives X that country.
/// </summary>
internal static class Counterparts
{
    private const string Word = "counterpart";

    // "his Slovenian colleague A", "his Kenyan partner A": words that name a counterpart only with a possessive and the
    // country stated ("a colleague", "trading partner" name no office).
    private static readonly string[] PeerWords = ["colleague", "partner"];

    /// <summary>People named right after "counterpart" (or a stated country's "colleague" or "partner") with no title of their own.</summary>
    public static IEnumerable<PersonMention> Find(ArticleContext context, MentionMap map, IReadOnlyList<PersonMention> people)
    {
        var starts = people.Select(p => p.Start).Concat(people.Select(p => p.NameStart)).ToHashSet();
        foreach (var word in PeerWords.Prepend(Word))
            foreach (var person in Find(context, map, people, starts, word))
                yield return person;
    }

    private static IEnumerable<PersonMention> Find(ArticleContext context, MentionMap map, IReadOnlyList<PersonMention> people, HashSet<int> starts, string word)
    {
        var text = context.Text;
        for (var k = PhraseMatcher.Of(word).IndexIn(text); k >= 0; k = PhraseMatcher.Of(word).IndexIn(text, k + word.Length))
        {
            var at = k + word.Length;
            // "his counterpart from Tanzania, A": the country named after the word, then the name.
            var placed = CountryAfter(context, at);
            if (word != Word && (placed is null ? PossessiveDemonymBefore(context, k) : PossessiveBefore(text, k)) is null) continue;
            if (placed is not null) at = placed.End;
            if (at < text.Length && text[at] == ',') at++;
            while (at < text.Length && text[at] == ' ') at++;
            if (starts.Contains(at)) continue;
            var named = at;
            // "his Nepalese counterpart Dr. Narayan Khadka": forms of address before the name.
            at = Honorifics.Skip(text, at);
            while (at < text.Length && text[at] == ' ') at++;
            if (starts.Contains(at)) continue;
            var (nameStart, nameEnd) = NameReader.After(text, at, map);
            if (nameEnd <= nameStart || nameStart != at) continue;
            var sentence = context.SentenceAt(k);
            // "His Belarusian counterpart X headed the delegation": whose counterpart may be named in the sentence before.
            var country = placed?.Code ?? (word == Word ? CountryBefore(context, named) : PossessiveDemonymBefore(context, k));
            var from = sentence.Index > 0 && country is not null ? context.Sentences[sentence.Index - 1].Start : sentence.Start;
            var officials = Window.Between(people, Math.Max(from, k - 300), k, p => p.Start, p => p.End).Where(p => p.Office is not null).ToList();
            // "Mukherjee met his Chinese counterpart Y": whose counterpart is a person named in full earlier, here by surname alone
            // in the sentence itself; a surname two of them share leaves it unclear.
            if (!officials.Any(p => p.Start >= sentence.Start))
            {
                var subject = BySurname(text, people, sentence.Start, k, out var shared);
                if (shared) continue;
                if (subject is not null) officials = [subject];
            }
            if (officials.Count == 0)
            {
                // "The Iranian President said … with his Tajik counterpart A", "In talks with his Algerian counterpart, A, President B
                // said": whose counterpart is an office the sentence names without a name before the word, or the one official
                // named after it.
                if (UnnamedOfficeBefore(context, people, sentence.Start, k) is { } office)
                    yield return new PersonMention(nameStart, nameEnd, text[nameStart..nameEnd], text[office.Start..office.End], country)
                    {
                        NameStart = nameStart,
                        CanonicalOffice = office.Canonical,
                    };
                else if (OnlyOfficialAfter(context, people, sentence, k, nameEnd) is { } later)
                    yield return new PersonMention(nameStart, nameEnd, text[nameStart..nameEnd], later.Office, country)
                    {
                        NameStart = nameStart,
                        CanonicalOffice = later.CanonicalOffice,
                    };
                continue;
            }
            var previous = officials[^1];
            // "FM A will meet PM B, a day before talks with his counterpart C": whose counterpart is unclear, so C gets no office.
            var unclear = officials.Select(p => p.CanonicalOffice ?? p.Office).Distinct(StringComparer.Ordinal).Count() > 1 && country is null;
            yield return new PersonMention(nameStart, nameEnd, text[nameStart..nameEnd], unclear ? null : previous.Office, country)
            {
                NameStart = nameStart,
                CanonicalOffice = unclear ? null : previous.CanonicalOffice,
            };
        }
    }

    /// <summary>"his Slovenian " right before at: the demonym's country; null otherwise.</summary>
    private static string? PossessiveDemonymBefore(ArticleContext context, int at)
    {
        var demonym = Window.Mentions(context, Math.Max(0, at - 40), at).LastOrDefault();
        return demonym is { Kind: MentionKind.Country, IsDemonym: true, Code: { } code } && demonym.End == at - 1 && PossessiveBefore(context.Text, demonym.Start) is not null
            ? code
            : null;
    }

    /// <summary>"his ", "her ", "their " right before at: the pronoun; null otherwise.</summary>
    private static string? PossessiveBefore(string text, int at)
    {
        foreach (var pronoun in (string[])["his ", "her ", "their ", "His ", "Her ", "Their "])
            if (at >= pronoun.Length && text.AsSpan(at - pronoun.Length, pronoun.Length).SequenceEqual(pronoun)
                && (at == pronoun.Length || !char.IsLetter(text[at - pronoun.Length - 1])))
                return pronoun;
        return null;
    }

    /// <summary>" from Tanzania", " of Ghana" right after the word: that country's mention (not a demonym); null otherwise.</summary>
    private static GazetteerMention? CountryAfter(ArticleContext context, int at)
    {
        var text = context.Text;
        var gap = text.AsSpan(at, Math.Min(6, text.Length - at));
        var skip = gap.StartsWith(" from ", StringComparison.Ordinal) ? 6 : gap.StartsWith(" of ", StringComparison.Ordinal) ? 4 : 0;
        if (skip == 0) return null;
        var target = at + skip;
        if (text.AsSpan(target).StartsWith("the ", StringComparison.Ordinal)) target += 4;
        return Window.Mentions(context, target, target + 60).FirstOrDefault(m => m.Start == target) is { Kind: MentionKind.Country, IsDemonym: false, Code: not null } m
            ? m
            : null;
    }

    /// <summary>
    /// The last office the sentence names in [from, to) that is no found person's title ("The Iranian President said …"), when no
    /// person at all is named there; null otherwise.
    /// </summary>
    private static GazetteerMention? UnnamedOfficeBefore(ArticleContext context, IReadOnlyList<PersonMention> people, int from, int to)
    {
        if (people.Any(p => p.Start < to && p.End > from)) return null;
        return Window.Mentions(context, from, to).LastOrDefault(m => m.Kind == MentionKind.Office);
    }

    /// <summary>
    /// "In a meeting with his Algerian counterpart, A, President B signed …": nothing but the phrase stands before the word, and
    /// one official is named after the name in the sentence; that official, else null.
    /// </summary>
    private static PersonMention? OnlyOfficialAfter(ArticleContext context, IReadOnlyList<PersonMention> people, Sentence sentence, int k, int nameEnd)
    {
        if (Window.Mentions(context, sentence.Start, k).Any(m => m.Kind == MentionKind.Office)) return null;
        var after = people.Where(p => p.Start >= nameEnd && p.Start < sentence.End && p.Office is not null).ToList();
        return after is [var only] ? only : null;
    }

    /// <summary>
    /// The one person with an office whose surname (the last word of the full name) is the last such surname written in
    /// [from, to), standing alone as a word; null when none is, or when two people share it (then shared is set).
    /// </summary>
    private static PersonMention? BySurname(string text, IReadOnlyList<PersonMention> people, int from, int to, out bool shared)
    {
        PersonMention? found = null;
        var foundAt = -1;
        shared = false;
        // "Counterpart X …" opening its sentence: nothing stands before it.
        if (to <= from) return null;
        foreach (var group in people.Where(p => p.Office is not null && p.Name.Contains(' ')).GroupBy(p => p.Name[(p.Name.LastIndexOf(' ') + 1)..], StringComparer.Ordinal))
        {
            if (group.Key.Length < 3) continue;
            var at = text.LastIndexOf(group.Key, to - 1, to - from, StringComparison.Ordinal);
            if (at < 0 || at <= foundAt || (at > 0 && char.IsLetter(text[at - 1])) || (at + group.Key.Length < text.Length && char.IsLetter(text[at + group.Key.Length]))) continue;
            shared = group.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() > 1;
            (found, foundAt) = (shared ? null : group.First(), at);
        }
        return found;
    }

    /// <summary>The demonym's country when "Demonym counterpart[,] " stands right before start; null otherwise.</summary>
    public static string? CountryBefore(ArticleContext context, int start)
    {
        var text = context.Text;
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or ',') end--;
        if (end < Word.Length || string.Compare(text, end - Word.Length, Word, 0, Word.Length, StringComparison.OrdinalIgnoreCase) != 0) return null;
        var wordStart = end - Word.Length;
        var demonym = Window.Mentions(context, Math.Max(0, wordStart - 40), wordStart).LastOrDefault(m => m.End >= wordStart - 2);
        return demonym is { Kind: MentionKind.Country } ? demonym.Code : null;
    }
}
