using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// "Lula will be accompanied by Foreign Minister Vieira", "The Prime Minister will be accompanied on his visit by
/// A; B; and C": the officials listed after "accompanied … by" travel with the one accompanied and are of that
/// person's country. That beats weaker cues such as a country named later in the sentence ("…, the Colombian
/// Presidency announced"). The one accompanied is a person placed before "accompanied", a short form of a
/// person the article names in full, or an office only one placed person of the article holds.
/// The same words read later, once more people are placed, join one companion to the placed person right before
/// "accompanied by" (<see cref="Joins"/>). Both readings of the phrase live here.
/// </summary>
internal static class Companions
{
    /// <summary>Words allowed between the one accompanied and "accompanied": "will be", "was", "has been".</summary>
    private static readonly HashSet<string> Auxiliaries = ["will", "be", "was", "were", "is", "are", "has", "have", "had", "been", "being"];

    /// <summary>Lower-case words a list of titled names may hold: "Minister for Trade and Industry", "Minister-in-charge of".</summary>
    private static readonly HashSet<string> ListWords = ["and", "&", "of", "for", "the", "in", "on", "at", "to"];

    /// <summary>
    /// The gap from a placed person to the next, forms of address and a closing "the" left out, is "… accompanied by"
    /// ("A was accompanied by B", "A, who was accompanied by the B"): the next goes with the first. A comma in the gap
    /// ends the first one's clause, unless the gap opens with it.
    /// </summary>
    public static bool Joins(string gap) =>
        gap.EndsWith(" accompanied by ", StringComparison.Ordinal) && (!gap.Contains(',') || gap.TrimStart().StartsWith(','));

    private static readonly string[] AccompanyingCues = [", who accompanied ", ", who is accompanying ", ", who was accompanying ", " accompanied ", " accompanying ", " accompanies "];

    /// <summary>
    /// The gap from a person to the next, forms of address and a closing "the" left out, is "…, who accompanied" or
    /// "… accompanying" ("A, the Minister for X, who accompanied President B"; "A accompanied B"): the first goes with
    /// the next. A comma before the cue ends the first one's clause, unless the gap opens with it.
    /// </summary>
    public static bool Accompanying(string gap)
    {
        foreach (var cue in AccompanyingCues)
            if (gap.EndsWith(cue, StringComparison.Ordinal))
                return !gap[..^cue.Length].Contains(',') || gap[..^cue.Length].TrimStart().StartsWith(',');
        return false;
    }

    /// <summary>For each person listed as a companion (by index in people), the country of the one accompanied.</summary>
    public static Dictionary<int, string> Of(ArticleContext context, IReadOnlyList<PersonMention> people)
    {
        var found = new Dictionary<int, string>();
        if (context.Pair is not { } pair) return found;
        var text = context.Text;
        Placed? placed = null;
        foreach (var sentence in context.Sentences)
        {
            var at = sentence.Text.IndexOf(" accompanied ", StringComparison.Ordinal);
            if (at < 0) continue;
            var verb = sentence.Start + at + 1;
            var byAt = text.AsSpan(verb, Math.Min(40, sentence.End - verb)).IndexOf(" by ", StringComparison.Ordinal);
            if (byAt < 0 || text.AsSpan(verb, byAt).Contains(',')) continue;
            var listStart = verb + byAt + " by ".Length;
            placed ??= new Placed(people);
            if (LeaderCountry(context, placed, people, sentence.Start, verb) is not { } country || !pair.Contains(country)) continue;
            var first = FirstAtOrAfter(people, listStart);
            var previousEnd = first < people.Count && people[first].Start < sentence.End ? GroupEnd(text, listStart, people[first].Start) : listStart;
            for (var k = first; k < people.Count; k++)
            {
                var p = people[k];
                if (p.Start >= sentence.End || !OnlyTitlesBetween(text, previousEnd, p.Start)) break;
                found[k] = country;
                previousEnd = p.End;
            }
        }
        return found;
    }

    private static string? LeaderCountry(ArticleContext context, Placed placed, IReadOnlyList<PersonMention> people, int sentenceStart, int verb)
    {
        var text = context.Text;
        var subjectEnd = verb;
        // Back over "will be", "was", "has been", and a relative "…, who was" or a comma, to where the one accompanied ends.
        while (true)
        {
            var end = subjectEnd;
            while (end > sentenceStart && text[end - 1] == ' ') end--;
            if (end > sentenceStart && text[end - 1] == ',') { subjectEnd = end - 1; continue; }
            var start = end;
            while (start > sentenceStart && char.IsLetter(text[start - 1])) start--;
            if (start == end || !(Auxiliaries.Contains(text[start..end]) || text[start..end] == "who")) { subjectEnd = end; break; }
            subjectEnd = start;
        }
        if (placed.EndingAt.TryGetValue(subjectEnd, out var person) && person.Start >= sentenceStart) return person.Country;
        // "A, Minister of Foreign Affairs of Ethiopia, who was accompanied by": the one accompanied, then the rest of their title.
        var before = FirstAtOrAfter(people, subjectEnd) - 1;
        while (before >= 0 && people[before].End > subjectEnd) before--;
        if (before >= 0 && people[before] is var leader && leader.Start >= sentenceStart && subjectEnd - leader.End <= 120
            && OnlyTitlesBetween(text, leader.End, subjectEnd))
            return leader.Country;
        var wordStart = subjectEnd;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (wordStart == subjectEnd) return null;
        // "Lula will be accompanied": one person of the article whose name holds that word.
        var word = text[wordStart..subjectEnd];
        if (char.IsUpper(word[0]) && placed.ByNameWord.TryGetValue(word, out var named) && named.Count == 1) return named.First();
        // "The Prime Minister will be accompanied": the office one placed person of the article holds.
        var office = Window.Mentions(context, sentenceStart, subjectEnd).LastOrDefault(m => m.Kind == MentionKind.Office && m.End == subjectEnd);
        if (office is null) return null;
        return placed.ByOffice.TryGetValue(office.Canonical, out var holders) && holders.Count == 1 ? holders.First() : null;
    }

    // What may open a group's list of members besides the member verbs: "senior ministers, notably A, B …".
    private static readonly string[] GroupCues = [.. SideCues.MemberVerbs, " notably ", " among them "];

    /// <summary>
    /// "accompanied by a high-level delegation comprising A, B …", "accompanied by senior ministers and diplomats, notably A …": a
    /// group named in lower-case words only (no country, no name: the group is the one accompanied's own), then a cue that opens
    /// its members; the offset where the members start, else listStart.
    /// </summary>
    private static int GroupEnd(string text, int listStart, int firstPerson)
    {
        if (firstPerson - listStart > 80) return listStart;
        var gap = text.AsSpan(listStart, firstPerson - listStart);
        var cueEnd = -1;
        foreach (var cue in GroupCues)
            if (gap.LastIndexOf(cue, StringComparison.Ordinal) is var at and >= 0) cueEnd = Math.Max(cueEnd, at + cue.Length);
        if (cueEnd < 0) return listStart;
        foreach (var c in gap[..cueEnd])
            if (!(char.IsLower(c) || c is ' ' or ',' or '-')) return listStart;
        return listStart + cueEnd;
    }

    /// <summary>The first person starting at or after offset (people are in text order).</summary>
    private static int FirstAtOrAfter(IReadOnlyList<PersonMention> people, int offset)
    {
        int lo = 0, hi = people.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (people[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The people already placed, looked up by where they end, by a word of their name and by office: built once per article.</summary>
    private sealed class Placed
    {
        public Placed(IReadOnlyList<PersonMention> people)
        {
            foreach (var p in people)
            {
                if (p.Country is not { } country) continue;
                EndingAt[p.End] = p;
                foreach (var word in p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)) Add(ByNameWord, word, country);
                if (p.CanonicalOffice is { } office) Add(ByOffice, office, country);
            }
        }

        public Dictionary<int, PersonMention> EndingAt { get; } = [];

        public Dictionary<string, HashSet<string>> ByNameWord { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> ByOffice { get; } = new(StringComparer.Ordinal);

        private static void Add(Dictionary<string, HashSet<string>> index, string key, string country)
        {
            if (!index.TryGetValue(key, out var countries)) index[key] = countries = new HashSet<string>(StringComparer.Ordinal);
            countries.Add(country);
        }
    }

    /// <summary>
    /// Only list separators and the capitalised words of titles between two listed officials: no verb starts another clause.
    /// A name given again in its own script or an abbreviation in brackets ("(賴清德)", "(DPM)") is part of the title.
    /// </summary>
    internal static bool OnlyTitlesBetween(string text, int from, int to)
    {
        if (to - from > 200) return false;
        foreach (var word in text[from..to].Split([' ', ',', ';', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
            if (!char.IsUpper(word[0]) && !ListWords.Contains(word) && !IsBracketed(word)) return false;
        return true;
    }

    /// <summary>"(賴清德)", "(SRE)": one word in brackets with no lower-case Latin letter.</summary>
    private static bool IsBracketed(string word) =>
        word.Length > 2 && word[0] == '(' && word[^1] == ')' && !word.Any(c => c is >= 'a' and <= 'z');
}
