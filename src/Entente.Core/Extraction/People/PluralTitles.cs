using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Titles in the plural, which the gazetteer knows only in the singular: "Foreign ministers
/// Santiago Cafiero of Argentina and Alberto van Klaveren of Chile", "Presidents A and B".
/// </summary>
internal static class PluralTitles
{
    private static readonly string[] Heads = ["ministers", "Ministers", "presidents", "Presidents", "ambassadors", "Ambassadors", "premiers", "Premiers"];

    private const int WordsBefore = 3;

    public static IEnumerable<OfficeTitle> Find(string text)
    {
        foreach (var head in Heads)
        {
            for (var k = text.IndexOf(head, StringComparison.Ordinal); k >= 0; k = text.IndexOf(head, k + head.Length, StringComparison.Ordinal))
            {
                var end = k + head.Length;
                if ((k > 0 && char.IsLetter(text[k - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
                // Try the longest phrase first: "Deputy Foreign ministers" before "Foreign ministers" before "ministers".
                var starts = PhraseStarts(text, k);
                foreach (var start in starts)
                {
                    var singular = text[start..(end - 1)];
                    // "the presidents of Chile and Peru": in lower case, a title the gazetteer knows capitalised only when countries follow.
                    if (start == k && char.IsLower(singular[0]) && text.AsSpan(end).StartsWith(" of ", StringComparison.Ordinal))
                        singular = char.ToUpperInvariant(singular[0]) + singular[1..];
                    if (Gazetteer.Default.OfficeAt(singular, 0) is { } office && office.End == singular.Length)
                    {
                        yield return new OfficeTitle(start, start, end, end, office.Canonical, office.Countries.Count == 1 ? office.Countries[0] : null,
                            null, null, false, true, -1);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Offsets of the up to three words before the head word, farthest first, then the head itself.</summary>
    private static List<int> PhraseStarts(string text, int head)
    {
        var starts = new List<int>();
        var i = head;
        for (var w = 0; w < WordsBefore; w++)
        {
            var j = i;
            if (j == 0 || text[j - 1] != ' ') break;
            j--;
            var wordStart = j;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (wordStart == j) break;
            starts.Add(wordStart);
            i = wordStart;
        }
        starts.Reverse();
        starts.Add(head);
        return starts;
    }
}
