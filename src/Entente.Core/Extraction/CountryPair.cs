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
        var firstParagraphEnd = context.Text.IndexOf("\n\n", StringComparison.Ordinal);
        if (firstParagraphEnd < 0) firstParagraphEnd = context.Text.Length;
        foreach (var mention in context.Mentions)
        {
            if (mention.Kind != MentionKind.Country || mention.Code is null) continue;
            var weight = mention.Start < firstParagraphEnd ? 2.0 : 1.0;
            weights[mention.Code] = weights.GetValueOrDefault(mention.Code) + weight;
        }
        var title = context.Article.Title ?? "";
        var titleMentions = Gazetteer.Default.FindAll(title);
        foreach (var mention in titleMentions)
            if (mention.Kind == MentionKind.Country && mention.Code is not null)
                weights[mention.Code] = weights.GetValueOrDefault(mention.Code) + 3;
        var ranked = weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(Contenders).ToList();
        if (ranked.Count < 2) return null;
        var joined = new Dictionary<(string, string), int>();
        CountJoined(context.Text, context.Mentions, joined);
        CountJoined(title, titleMentions, joined);
        // The pair with the most weight, where two countries written together ("Tunisian-Egyptian relations",
        // "Japanese and Indonesian ministers") count for more than two that are only each much mentioned:
        // a third country named often in passing does not displace the one the story pairs with.
        var best = (First: ranked[0].Key, Second: ranked[1].Key, Score: double.MinValue);
        for (var i = 0; i < ranked.Count; i++)
            for (var j = i + 1; j < ranked.Count; j++)
            {
                var score = ranked[i].Value + ranked[j].Value + JoinedWeight * joined.GetValueOrDefault(Ordered(ranked[i].Key, ranked[j].Key));
                if (score > best.Score) best = (ranked[i].Key, ranked[j].Key, score);
            }
        return new CountryPair(best.First, best.Second);
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
        GazetteerMention? previous = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Country || mention.Code is null) continue;
            if (previous is { Code: { } code } && code != mention.Code && IsJoiner(text.AsSpan(previous.End, Math.Max(0, mention.Start - previous.End))))
            {
                var key = Ordered(code, mention.Code);
                joined[key] = joined.GetValueOrDefault(key) + 1;
            }
            previous = mention;
        }
    }

    private static bool IsJoiner(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        return trimmed is "-" or "\u2013" or "\u2014" or "/" or "and" or "&";
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
