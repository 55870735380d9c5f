using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.People;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// The heads of two sides' delegations named in one sentence: "the A side was chaired by X, while the B side was chaired by
/// Y", "A's delegation was led by X and B's by Y", "the delegation of A was headed by X, the delegation of B by Y", "X chaired
/// the A side and Y the B side", "co-chaired from the A side by X and from the B side by Y". Each side is the country or
/// demonym of its own phrase, so the heads' sides hold even when their offices name no country.
/// </summary>
internal static class DelegationHeads
{
    private static readonly string[] Nouns = ["side", "delegation"];

    // Verbs of heading a side, before "by" ("was led by X") or before the side ("X headed the A delegation").
    private static readonly HashSet<string> HeadVerbs = ["led", "headed", "chaired", "co-chaired", "presided", "represented"];

    // Words that may stand between a side and its "by": "was", "is", "were", an adverb.
    private static readonly HashSet<string> Auxiliaries = ["was", "is", "were", "will", "be", "being", "over", "respectively"];

    /// <summary>How long an office between "by" and its holder, or between a head and the verb, may be ("X, Minister of Finance, chaired the A side").</summary>
    private const int AppositionReach = 120;

    /// <summary>The head of each of the pair's two sides in the sentence, with the side's country; empty unless both sides have exactly one.</summary>
    public static List<(Official Head, int At)> Of(ArticleContext context, ArticleOfficials officials, Sentence sentence) =>
        Of(context, officials, [sentence]);

    /// <summary>
    /// "The A delegation was led by X. The B delegation was led by Y.": the heads of the two sides told in two sentences in a row,
    /// each naming one side only; empty unless each sentence gives one head and the two are of the pair's two sides.
    /// </summary>
    public static List<(Official Head, int At)> OfTwo(ArticleContext context, ArticleOfficials officials, Sentence first, Sentence second)
    {
        if (Heads(context, officials, first) is not [var one] || Heads(context, officials, second) is not [var other]) return [];
        return Of(context, officials, [first, second]);
    }

    private static List<(Official Head, int At)>? Heads(ArticleContext context, ArticleOfficials officials, Sentence sentence)
    {
        if (context.Pair is not { } pair) return null;
        var text = context.Text;
        var mentions = context.MentionsIn(sentence).Where(m => m.Kind == MentionKind.Country && m.Countries.Count == 1).ToList();
        var refs = officials.In(sentence).Where(r => r.Official.Name is not null).ToList();
        var heads = new List<(Official Head, int At)>();
        foreach (var (country, sideStart, sideEnd) in Sides(text, mentions, sentence))
        {
            if (!pair.Contains(country)) continue;
            var head = HeadAfter(text, refs, sideEnd, sentence.End) ?? HeadBefore(text, refs, sideStart, sentence.Start);
            if (head is null) continue;
            if (head.Official.Country is { } own && own != country) return null;
            heads.Add((head.Official with { Country = country }, sideStart));
        }
        return heads;
    }

    private static List<(Official Head, int At)> Of(ArticleContext context, ArticleOfficials officials, Sentence[] sentences)
    {
        var heads = new List<(Official Head, int At)>();
        foreach (var sentence in sentences)
        {
            if (Heads(context, officials, sentence) is not { } found) return [];
            heads.AddRange(found);
        }
        var sides = heads.GroupBy(h => h.Head.Country).ToList();
        if (sides.Count != 2 || sides.Any(g => g.Select(h => h.Head.Name).Distinct().Count() != 1)) return [];
        if (PersonNames.Same(sides[0].First().Head.Name!, sides[1].First().Head.Name!)) return [];
        return [sides[0].First(), sides[1].First()];
    }

    /// <summary>
    /// Each side phrase of the sentence: its country and span. "the Chilean side", "Chile's delegation", "the delegation of
    /// Chile", and the elliptical "Chile's" right before "by" ("and Poland's by Y").
    /// </summary>
    private static IEnumerable<(string Country, int Start, int End)> Sides(string text, List<GazetteerMention> mentions, Sentence sentence)
    {
        foreach (var m in mentions)
        {
            var after = m.End;
            var possessive = false;
            if (after + 2 <= sentence.End && (text[after] is '\'' or '’') && text[after + 1] == 's') (after, possessive) = (after + 2, true);
            var next = NextWord(text, after, sentence.End, out var nextEnd);
            if (Nouns.Contains(next)) yield return (m.Countries[0], m.Start, nextEnd);
            else if (possessive && next == "by") yield return (m.Countries[0], m.Start, after);
            else if (Words.Before(text, m.Start) == "of" && PrecededByNoun(text, m.Start, sentence.Start) is { } noun) yield return (m.Countries[0], noun, m.End);
        }
    }

    /// <summary>"the delegation of Chile": the start of the noun before "of".</summary>
    private static int? PrecededByNoun(string text, int mentionStart, int sentenceStart)
    {
        var of = text.LastIndexOf("of", mentionStart, Math.Min(mentionStart - sentenceStart, 6), StringComparison.OrdinalIgnoreCase);
        if (of < 0) return null;
        foreach (var noun in Nouns)
        {
            var at = of - 1 - noun.Length;
            if (at >= sentenceStart && text[of - 1] == ' ' && string.Compare(text, at, noun, 0, noun.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (at == sentenceStart || !char.IsLetter(text[at - 1]))) return at;
        }
        return null;
    }

    /// <summary>"… was led by X", "… by X": the official right after an optional auxiliary, a head verb and "by".</summary>
    private static OfficialRef? HeadAfter(string text, List<OfficialRef> refs, int sideEnd, int end)
    {
        var at = sideEnd;
        var word = NextWord(text, at, end, out var wordEnd);
        while (Auxiliaries.Contains(word)) (at, word) = (wordEnd, NextWord(text, wordEnd, end, out wordEnd));
        if (HeadVerbs.Contains(word))
        {
            (at, word) = (wordEnd, NextWord(text, wordEnd, end, out wordEnd));
            if (word == "over") (at, word) = (wordEnd, NextWord(text, wordEnd, end, out wordEnd));
        }
        if (word != "by") return null;
        var head = refs.FirstOrDefault(r => r.Start >= wordEnd);
        if (head is null || head.Start - wordEnd > AppositionReach) return null;
        // The office before the name ("by the Minister of Finance, Dr X") may stand between; another clause may not.
        var gap = text[wordEnd..head.Start];
        return gap.Contains(" and ", StringComparison.Ordinal) || gap.Contains(';') || gap.Contains(" while ", StringComparison.Ordinal) ? null : head;
    }

    /// <summary>"X chaired the Chilean side", "X, Minister of Finance, headed the delegation of Chile": the official right before the verb.</summary>
    private static OfficialRef? HeadBefore(string text, List<OfficialRef> refs, int sideStart, int sentenceStart)
    {
        var verbEnd = sideStart;
        if (Words.Before(text, verbEnd) == "the") verbEnd = text.LastIndexOf("the", verbEnd, StringComparison.OrdinalIgnoreCase);
        while (verbEnd > sentenceStart && text[verbEnd - 1] == ' ') verbEnd--;
        var verb = Words.Before(text, verbEnd);
        if (!HeadVerbs.Contains(verb)) return null;
        var verbStart = verbEnd - verb.Length;
        var head = refs.LastOrDefault(r => r.End <= verbStart);
        if (head is null) return null;
        var gap = text[head.End..verbStart].Trim();
        if (gap.Length == 0) return head;
        // An apposition: ", Minister of Finance," with no other clause in it.
        return gap == "," || (gap.Length <= AppositionReach && gap[0] == ',' && gap[^1] == ',' && gap.Count(c => c == ',') == 2 && !gap.Contains(" and ", StringComparison.Ordinal))
            ? head : null;
    }

    /// <summary>The next word at or after an offset, lower case, and where it ends; "" when none before end.</summary>
    private static string NextWord(string text, int from, int end, out int wordEnd)
    {
        var start = from;
        while (start < end && text[start] == ' ') start++;
        wordEnd = start;
        while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-')) wordEnd++;
        return text[start..wordEnd].ToLowerInvariant();
    }
}
