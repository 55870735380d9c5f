using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// The content words of a name, lower case and singular, without country names and function words:
/// "the Joint Commission" {joint, commission} is contained in "Kenya–India Joint Commission".
/// </summary>
internal static class NameKey
{
    private static readonly HashSet<string> Skipped = ["the", "of", "and", "for", "on", "in", "at", "a", "an", "to", "with", "between", "by", "level", "its", "their"];

    public static HashSet<string> Of(SentenceView view, int first, int last)
    {
        var key = new HashSet<string>(StringComparer.Ordinal);
        for (var k = first; k <= last; k++)
        {
            var t = view.Tokens[k];
            if (t.IsSymbol || view.IsCountryWord(k) || Skipped.Contains(t.Lower)) continue;
            key.Add(Stemmer.NameWord(t.Lower));
        }
        return key;
    }

    /// <summary>The name's words in order, lower case, without country names and punctuation, padded with spaces.</summary>
    public static string CoreOf(SentenceView view, int first, int last)
    {
        var words = Enumerable.Range(first, last - first + 1)
            .Where(k => !view.Tokens[k].IsSymbol && !view.IsCountryWord(k) && !view.Is(k, "the"))
            .Select(k => Stemmer.NameWord(view.Lower(k)));
        return " " + string.Join(' ', words) + " ";
    }
}
