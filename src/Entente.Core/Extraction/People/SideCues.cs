using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// "The Czech side was headed by X", "X led the Philippine delegation": a demonym with "side" or
/// "delegation" next to a person names their country.
/// </summary>
internal static class SideCues
{
    private static readonly string[] Nouns = ["side", "delegation", "team"];

    private static readonly string[] LeadingVerbs = [" led the ", " headed the ", " heads the ", " leads the ", " chaired the ", " chairs the ", " co-chaired the "];

    public static string? CountryOf(ArticleContext context, PersonMention person)
    {
        var text = context.Text;
        var sentence = context.SentenceAt(person.Start);
        GazetteerMention? before = null, after = null;
        foreach (var m in Window.Mentions(context, Math.Max(sentence.Start, person.Start - 60), Math.Min(sentence.End, person.End + 40)))
        {
            if (m.Kind != MentionKind.Country || !IsSideNoun(text, m.End)) continue;
            if (m.End <= person.Start && ClauseBetween(text, m.End, person.Start)) before = m;
            else if (m.Start >= person.End && after is null && LedBetween(text, person.End, m.Start)) after = m;
        }
        return (after ?? before)?.Code;
    }

    private static bool IsSideNoun(string text, int end)
    {
        foreach (var noun in Nouns)
            if (text.AsSpan(end).StartsWith(" " + noun, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The cue and the person sit in one clause: no comma or semicolon between them.</summary>
    private static bool ClauseBetween(string text, int from, int to) =>
        to - from < 60 && text.AsSpan(from, to - from).IndexOfAny(',', ';') < 0;

    /// <summary>"X led the", "X, who headed the", "X chaired the": a leading verb between the person and the cue.</summary>
    private static bool LedBetween(string text, int from, int to)
    {
        if (to - from > 25) return false;
        var between = text[from..to];
        return LeadingVerbs.Any(verb => between.Contains(verb, StringComparison.Ordinal));
    }
}
