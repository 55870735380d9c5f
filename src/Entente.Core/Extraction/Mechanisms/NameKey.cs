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

    /// <summary>
    /// The name's content words in order, lower case, without country names, function words and punctuation, hyphenated
    /// words split, padded with spaces: "Joint Commission for Cooperation between A and B" and "A-B Joint Commission on
    /// Cooperation (JCC)" give " joint commission cooperation " and " joint commission cooperation jcc ", one inside the other.
    /// </summary>
    public static string CoreOf(SentenceView view, int first, int last)
    {
        var words = Enumerable.Range(first, last - first + 1)
            .Where(k => !view.Tokens[k].IsSymbol && !view.IsCountryWord(k) && !Skipped.Contains(view.Lower(k)))
            .Select(k => Stemmer.NameWord(view.Lower(k)).Replace('-', ' '));
        return " " + string.Join(' ', words) + " ";
    }
}
