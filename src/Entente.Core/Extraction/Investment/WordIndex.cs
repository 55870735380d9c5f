using Entente.Core.Extraction.Sentences;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>
/// Look-ups over a sentence's words (in text order) by binary search or one merged walk, so that
/// relating mentions, amounts and numbers to words stays near-linear however long a sentence is.
/// </summary>
internal static class WordIndex
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "and", "while", "whereas", "but" };

    /// <summary>
    /// The words of each statement of a sentence: a new one starts after a semicolon, or after a comma at "and",
    /// "while", "whereas" or "but", so that two investments in one sentence keep apart.
    /// </summary>
    public static IEnumerable<List<Token>> Statements(string text, List<Token> words) =>
        Clauses.Of(words.Count, i =>
        {
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            return gap.Contains(';') || (gap.Contains(',') && Openers.Contains(words[i].Text));
        }).Split(words);

    /// <summary>Index of the first word ending after the offset (the word holding it, or the next), or -1.</summary>
    public static int At(List<Token> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].End > offset) hi = mid;
            else lo = mid + 1;
        }
        return lo < words.Count ? lo : -1;
    }

    /// <summary>Index of the first word starting at or after the offset, or -1.</summary>
    public static int From(List<Token> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Start >= offset) hi = mid;
            else lo = mid + 1;
        }
        return lo < words.Count ? lo : -1;
    }

    /// <summary>Index of the last word ending at or before the offset, or -1.</summary>
    public static int Before(List<Token> words, int offset)
    {
        var next = At(words, offset);
        return (next < 0 ? words.Count : next) - 1;
    }

    /// <summary>The words of [start, end).</summary>
    public static List<Token> Between(List<Token> words, int start, int end)
    {
        var first = From(words, start);
        if (first < 0) return [];
        var last = first;
        while (last < words.Count && words[last].End <= end) last++;
        return words[first..last];
    }

    /// <summary>Start offsets of the words that overlap any of the spans (spans in text order).</summary>
    public static HashSet<int> Covered(List<Token> words, IEnumerable<(int Start, int End)> spans)
    {
        var covered = new HashSet<int>();
        var i = 0;
        foreach (var (start, end) in spans)
        {
            while (i < words.Count && words[i].End <= start) i++;
            for (var j = i; j < words.Count && words[j].Start < end; j++) covered.Add(words[j].Start);
        }
        return covered;
    }
}
