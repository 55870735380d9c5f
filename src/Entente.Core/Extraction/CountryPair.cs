using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction;

/// <summary>
/// The two countries an article is about: the most mentioned countries (names and demonyms), with
/// mentions in the title and first paragraph counting more. "The two countries" and "both sides"
/// refer to this pair.
/// </summary>
public sealed record CountryPair(string First, string Second)
{
    public string[] Codes => [First, Second];

    public bool Contains(string code) => code == First || code == Second;

    /// <summary>The other member of the pair, or null when the code is not in it.</summary>
    public string? Other(string code) => code == First ? Second : code == Second ? First : null;

    public static CountryPair? Of(ArticleContext context)
    {
        var weights = new Dictionary<string, double>();
        // Where each country is first named (the title before the text): of two countries named as often, the one named
        // first is the story's ("Ghana proposed …" before "attacks in Burkina Faso, Spain and Iceland").
        var first = new Dictionary<string, int>();
        var firstParagraphEnd = context.Text.IndexOf("\n\n", StringComparison.Ordinal);
        if (firstParagraphEnd < 0) firstParagraphEnd = context.Text.Length;
        foreach (var mention in context.Mentions)
        {
            if (mention.Kind != MentionKind.Country || mention.Code is null) continue;
            var weight = mention.Start < firstParagraphEnd ? 2.0 : 1.0;
            weights[mention.Code] = weights.GetValueOrDefault(mention.Code) + weight;
            first.TryAdd(mention.Code, mention.Start);
        }
        var title = context.Article.Title ?? "";
        var titleMentions = Gazetteer.Default.FindAll(title);
        foreach (var mention in titleMentions)
            if (mention.Kind == MentionKind.Country && mention.Code is not null)
            {
                weights[mention.Code] = weights.GetValueOrDefault(mention.Code) + 3;
                first[mention.Code] = Math.Min(first.GetValueOrDefault(mention.Code, int.MaxValue), mention.Start - title.Length - 1);
            }
        // The contenders, heaviest first and, of two as heavy, the one named first (of two named at the same place, the
        // one met first). Kept by insertion into a short list rather than by a sort of all the weights: the sort's generic
        // code over these pairs is compiled at run time, a cost every process paid before its first article was read.
        var ranked = new List<string>(Contenders + 1);
        foreach (var code in weights.Keys)
        {
            var at = ranked.Count;
            while (at > 0 && (weights[code] > weights[ranked[at - 1]] || (weights[code] == weights[ranked[at - 1]] && first[code] < first[ranked[at - 1]]))) at--;
            if (at >= Contenders) continue;
            ranked.Insert(at, code);
            if (ranked.Count > Contenders) ranked.RemoveAt(Contenders);
        }
        if (ranked.Count < 2) return null;
        var joined = new Dictionary<(string, string), int>();
        CountJoined(context.Text, context.Mentions, joined);
        CountJoined(title, titleMentions, joined);
        // The pair with the most weight, where two countries written together ("Tunisian-Egyptian relations",
        // "Japanese and Indonesian ministers") count for more than two that are only each much mentioned:
        // a third country named often in passing does not displace the one the story pairs with.
        var best = (First: ranked[0], Second: ranked[1], Score: double.MinValue);
        for (var i = 0; i < ranked.Count; i++)
            for (var j = i + 1; j < ranked.Count; j++)
            {
                var score = weights[ranked[i]] + weights[ranked[j]] + JoinedWeight * joined.GetValueOrDefault(Ordered(ranked[i], ranked[j]));
                if (score > best.Score) best = (ranked[i], ranked[j], score);
            }
        // The pair is written heavier first, and of two as heavy, in code order.
        return weights[best.First] > weights[best.Second] || (weights[best.First] == weights[best.Second] && string.CompareOrdinal(best.First, best.Second) <= 0)
            ? new CountryPair(best.First, best.Second)
            : new CountryPair(best.Second, best.First);
    }

    /// <summary>How many of the most mentioned countries compete for the pair.</summary>
    private const int Contenders = 5;

    /// <summary>What one writing of two countries together adds to their pair, as much as a title mention.</summary>
    private const double JoinedWeight = 3;

    /// <summary>
    /// How often each two countries are written next to each other, joined by a hyphen, a dash, a slash,
    /// "and" or "&amp;": "Tunisian-Egyptian", "Japan and Indonesia", "Russia–Belarus".
    /// </summary>
    private static void CountJoined(string text, IReadOnlyList<GazetteerMention> mentions, Dictionary<(string, string), int> joined)
    {
        GazetteerMention? beforePrevious = null, previous = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Country || mention.Code is null) continue;
            // "attacks in Burkina Faso, Spain and Iceland": the last two of a list are not written together as a pair.
            var inList = beforePrevious is not null && previous is not null && Gap(text, beforePrevious, previous).Trim() is ",";
            if (previous is { Code: { } code } && code != mention.Code && !inList && IsJoiner(Gap(text, previous, mention)))
            {
                var key = Ordered(code, mention.Code);
                joined[key] = joined.GetValueOrDefault(key) + 1;
            }
            (beforePrevious, previous) = (previous, mention);
        }
    }

    private static ReadOnlySpan<char> Gap(string text, GazetteerMention left, GazetteerMention right) =>
        text.AsSpan(left.End, Math.Max(0, right.Start - left.End));

    private static bool IsJoiner(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        return trimmed is "-" or "\u2013" or "\u2014" or "/" or "and" or "&";
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
