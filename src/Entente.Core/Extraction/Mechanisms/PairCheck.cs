using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>Decides whose mechanism or agreement a name is: the article's pair, or a third party that gives no fact.</summary>
internal static class PairCheck
{
    /// <summary>
    /// The parties of a name: the countries written in it when they are the pair (and a bloc when it
    /// names one), else the pair; null when the name, or its sentence outside the names, brings in a third country.
    /// </summary>
    public static string[]? Parties(SentenceView view, NameSpan span, bool thirdCountryInSentence, CountryPair pair, bool blocMayBeParty)
    {
        var inName = new List<string>();
        string? bloc = null;
        foreach (var mention in view.MentionsWithin(span.Start, span.End))
        {
            if (mention.Code is not { } code) continue;
            if (mention.Kind == MentionKind.Bloc) bloc ??= code;
            else if (mention.Kind == MentionKind.Country && !inName.Contains(code)) inName.Add(code);
        }
        if (bloc is not null)
        {
            if (!blocMayBeParty) return null;
            var member = inName.FirstOrDefault(pair.Contains);
            return member is null ? null : [member, bloc];
        }
        if (inName.Any(c => !pair.Contains(c))) return null;
        if (thirdCountryInSentence) return null;
        return inName.Count == 2 ? [.. inName] : pair.Codes;
    }

    /// <summary>True when the sentence names both countries of the pair.</summary>
    public static bool NamesBoth(SentenceView view, CountryPair pair)
    {
        var codes = view.Mentions.Where(m => m.Kind == MentionKind.Country).Select(m => m.Code).ToHashSet();
        return codes.Contains(pair.First) && codes.Contains(pair.Second);
    }

    /// <summary>True when the sentence names a country outside the pair anywhere but inside the given names.</summary>
    public static bool ThirdCountryOutside(SentenceView view, IEnumerable<NameSpan> spans, CountryPair pair)
    {
        var inName = new bool[view.Count];
        foreach (var span in spans)
            for (var k = span.First; k <= span.Last; k++) inName[k] = true;
        foreach (var mention in view.Mentions)
        {
            if (mention is not { Kind: MentionKind.Country, Code: { } code } || pair.Contains(code) || IsLanguage(view, mention)) continue;
            var word = Math.Min(view.IndexAt(mention.Start + 1) - 1, view.Count - 1);
            if (word < 0 || !inName[word]) return true;
        }
        return false;
    }

    /// <summary>"a Spanish language course", "French-speaking staff": a demonym naming a language, not the country.</summary>
    private static bool IsLanguage(SentenceView view, GazetteerMention mention)
    {
        if (!mention.IsDemonym) return false;
        var word = Math.Min(view.IndexAt(mention.Start + 1) - 1, view.Count - 1);
        if (word < 0) return false;
        var lower = view.Lower(word);
        if (lower.EndsWith("-language", StringComparison.Ordinal) || lower.EndsWith("-speaking", StringComparison.Ordinal)) return true;
        return view.Is(word + 1, "language", "languages", "speaking");
    }
}
