using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// Demonyms as nouns for people, which the gazetteer knows only in the singular: "Mexicans",
/// "Pakistanis", "Filipinos" give the country of "Mexican", "Pakistani", "Filipino".
/// </summary>
internal static class DemonymWords
{
    /// <summary>
    /// The country of the demonym (singular or plural) written at text[start..], with its end; null
    /// when there is none. A country's name counts too ("16,000 Lao students": "Lao" is a name of Laos).
    /// </summary>
    public static (string Code, int End)? At(ArticleContext context, Sentence sentence, int start)
    {
        foreach (var m in People.Window.Mentions(context, start, Math.Min(sentence.End, start + 60)))
        {
            if (m.Start > start) break;
            if (m.Start == start && m.Kind == MentionKind.Country && m.Code is not null)
            {
                var end = m.End < context.Text.Length && context.Text[m.End] == 's' && (m.End + 1 >= context.Text.Length || !char.IsLetter(context.Text[m.End + 1])) ? m.End + 1 : m.End;
                return (m.Code, end);
            }
        }
        var text = context.Text;
        var wordEnd = start;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        if (wordEnd - start < 4 || text[wordEnd - 1] != 's' || !char.IsUpper(text[start])) return null;
        var singular = text[start..(wordEnd - 1)];
        var entry = Gazetteer.Default.Country(singular);
        return entry is not null && entry.Demonyms.Contains(singular, StringComparer.OrdinalIgnoreCase) ? (entry.Code, wordEnd) : null;
    }

}
