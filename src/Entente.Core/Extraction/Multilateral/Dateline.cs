using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Multilateral;

/// <summary>
/// "HANOI, May 6, 2024 (VNA) – Kenya thanked…": a dateline opening a sentence names where the news
/// was filed, not a party to what the sentence says.
/// </summary>
internal static class Dateline
{
    private static readonly string[] Separators = [" – ", " — ", " -- ", ") - ", "/ "];

    /// <summary>Where the sentence's own words start: after a dateline within its first 70 characters, else its start.</summary>
    public static int End(string text, Sentence sentence)
    {
        var head = text.AsSpan(sentence.Start, Math.Min(70, sentence.Length));
        var best = -1;
        foreach (var separator in Separators)
        {
            var at = head.IndexOf(separator, StringComparison.Ordinal);
            if (at >= 0 && head[..at].ContainsAny("0123456789") && (best < 0 || at < best)) best = at + separator.Length;
        }
        return best < 0 ? sentence.Start : sentence.Start + best;
    }
}
