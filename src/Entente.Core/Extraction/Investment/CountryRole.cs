using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>
/// A mention of one of the pair's countries (by name, demonym or one of its places) and what the
/// words around it make of it: the destination ("in Laos", "into the Turkish economy", "Egypt's top
/// investors"), an explicit source ("from the Emirates"), or neither (a subject such as "Japan invested").
/// </summary>
internal sealed record CountryRole(int Start, int End, string Country, bool IsDemonym, bool IsDestination, bool IsSource)
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "its", "their", "a", "an" };
    private static readonly HashSet<string> DestinationNouns = new(StringComparer.OrdinalIgnoreCase) { "investor", "investors", "source", "sources", "destination" };

    /// <summary>The roles of the pair's countries named in words[first..last] of a sentence.</summary>
    public static List<CountryRole> Read(ArticleContext context, IEnumerable<GazetteerMention> mentions, List<Token> words, CountryPair pair)
    {
        var roles = new List<CountryRole>();
        foreach (var mention in mentions)
        {
            if (mention.Kind is not (MentionKind.Country or MentionKind.Place)) continue;
            var country = mention.Prefer(pair.Codes).Countries.FirstOrDefault(pair.Contains);
            if (country is null) continue;
            var index = WordIndex.At(words, mention.Start);
            if (index < 0) continue;
            var before = index - 1;
            while (before >= 0 && Determiners.Contains(words[before].Text)) before--;
            var preposition = before >= 0 ? words[before].Text.ToLowerInvariant() : "";
            var destination = preposition is "in" or "into" or "to"
                || (mention.Kind == MentionKind.Place && InsideInPhrase(context.Text, words, before))
                || IsPossessiveOfDestination(context.Text, mention, words, index);
            roles.Add(new CountryRole(mention.Start, mention.End, country, mention.IsDemonym, destination, preposition == "from"));
        }
        return roles;
    }

    /// <summary>A place deep in an "in" phrase: "in the northeastern state of Bahia".</summary>
    private static bool InsideInPhrase(string text, List<Token> words, int before)
    {
        for (var i = before; i >= 0 && i > before - 5; i--)
        {
            if (words[i].Is("in") || words[i].Is("into")) return true;
            if (words[i].IsCapitalized || text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).ContainsAny(",;:")) return false;
        }
        return false;
    }

    /// <summary>"Vietnam's largest source of investment", "Egypt's top investors".</summary>
    private static bool IsPossessiveOfDestination(string text, GazetteerMention mention, List<Token> words, int index)
    {
        if (mention.End >= text.Length || text[mention.End] is not ('\'' or '’')) return false;
        var last = WordIndex.From(words, mention.End);
        if (last < 0) return false;
        for (var i = last; i < Math.Min(words.Count, last + 4); i++)
            if (DestinationNouns.Contains(words[i].Text)) return true;
        return false;
    }
}
