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
        if (context.Article.Title is { } title)
        {
            foreach (var mention in Gazetteer.Default.FindAll(title))
                if (mention.Kind == MentionKind.Country && mention.Code is not null)
                    weights[mention.Code] = weights.GetValueOrDefault(mention.Code) + 3;
        }
        var top = weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(2).ToList();
        return top.Count == 2 ? new CountryPair(top[0].Key, top[1].Key) : null;
    }
}
