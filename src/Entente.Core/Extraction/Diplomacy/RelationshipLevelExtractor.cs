using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// The level of a relationship: "the two countries upgraded their ties to a comprehensive strategic
/// partnership in September 2023", "established a strategic partnership in 2009", "the Comprehensive
/// Strategic Partnership between X and Y". The date is the raising's, and only when a raising verb
/// is there; a level merely named is dated by nothing. A partnership of a third country, a planned
/// or hypothetical upgrade, and a name of an agreement or a forum ("Strategic Partnership Dialogue")
/// give nothing.
/// </summary>
public sealed class RelationshipLevelExtractor : IFactExtractor
{
    private const string Head = "partnership";

    // Words that make up a level before "partnership"; "strategic" or "comprehensive" must be among them.
    private static readonly HashSet<string> LevelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "comprehensive", "strategic", "extensive", "enhanced", "special", "global", "all-round", "all-weather", "cooperative",
        "privileged", "innovative", "and", "deep", "deeper", "closer", "full", "broad",
    };

    // "Strategic Partnership Agreement" names a document, "Strategic Partnership Dialogue" a mechanism.
    private static readonly HashSet<string> NameTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreement", "treaty", "dialogue", "council", "framework", "programme", "program", "forum", "committee", "declaration", "fund",
    };

    private static readonly string[] Raising =
    [
        "upgraded", "upgrade", "upgrading", "elevated", "elevating", "elevate", "raised", "raising", "lifted", "established", "establishing",
        "set up", "forged", "became", "become", "signed",
    ];

    private static readonly string[] SameSide = ["the two countries", "both countries", "the two sides", "both sides", "bilateral", "their", "our"];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var text = context.Text;
        foreach (var sentence in context.Sentences)
        {
            for (var at = Words.Find(text, Head, sentence.Start, sentence.End); at >= 0; at = Words.Find(text, Head, at + Head.Length, sentence.End))
            {
                var level = Level(text, sentence.Start, at);
                if (level is null || NameTails.Contains(NextWord(text, at + Head.Length, sentence.End))) continue;
                if (Hedges.IsHypothetical(text, sentence.Start, at) || Hedges.IsPlanned(text, sentence.Start, at)) continue;
                var parties = Parties(context, sentence);
                if (parties is null) continue;
                var (verb, verbWord) = Words.FindFirst(text, Raising, sentence.Start, sentence.End);
                string? date = null;
                if (verb >= 0 && EventDates.Near(context, sentence, sentence.Start, Math.Max(verb + verbWord!.Length, at), sentence.End) is { } d)
                    date = d.From.ToString();
                else if (verb < 0 && !Words.Any(text, SameSide, sentence.Start, sentence.End) && parties.Length == 2 && !NamesBoth(context, sentence, parties)) continue;
                yield return new RelationshipLevel(parties, level) { Date = date, Evidence = context.Evidence(sentence) };
                break;
            }
        }
    }

    /// <summary>"comprehensive strategic partnership": the level words right before "partnership", lower case; null when none marks a level.</summary>
    private static string? Level(string text, int sentenceStart, int head)
    {
        var words = new List<string>();
        var end = head;
        while (words.Count < 6 && end > sentenceStart && text[end - 1] == ' ')
        {
            var wordEnd = end;
            while (wordEnd > sentenceStart && text[wordEnd - 1] == ' ') wordEnd--;
            var wordStart = wordEnd;
            while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
            var word = text[wordStart..wordEnd];
            if (word.Length == 0 || !LevelWords.Contains(word)) break;
            words.Insert(0, word.ToLowerInvariant());
            end = wordStart;
        }
        while (words.Count > 0 && words[0] == "and") words.RemoveAt(0);
        if (!words.Contains("strategic") && !words.Contains("comprehensive")) return null;
        return string.Join(' ', words) + " " + Head;
    }

    private static string NextWord(string text, int from, int to)
    {
        while (from < to && text[from] == ' ') from++;
        var end = from;
        while (end < to && char.IsLetter(text[end])) end++;
        return text[from..end];
    }

    private static string[]? Parties(ArticleContext context, Sentence sentence)
    {
        var named = context.MentionsIn(sentence)
            .Where(m => m.Kind == MentionKind.Country && m.Code is not null)
            .Select(m => m.Code!)
            .Distinct()
            .ToList();
        if (context.Pair is not { } pair) return named.Count == 2 ? [named[0], named[1]] : null;
        // A level with a third country ("Vietnam's strategic partnership with India") is not this pair's.
        return named.All(pair.Contains) ? pair.Codes : null;
    }

    private static bool NamesBoth(ArticleContext context, Sentence sentence, string[] parties)
    {
        var named = context.MentionsIn(sentence).Where(m => m.Kind == MentionKind.Country).Select(m => m.Code).ToHashSet();
        return parties.All(named.Contains);
    }
}
