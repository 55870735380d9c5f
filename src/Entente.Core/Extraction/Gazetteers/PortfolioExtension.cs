using System.Text;

namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// Reads a portfolio that the generated titles lack: "Deputy Minister" + "of Mining and Energy",
/// "Minister of Construction" + "and Development". The portfolio is a run of capitalised portfolio
/// words (those of portfolios.tsv) joined by "and" on one line, so it stops before a person's name,
/// a country ("of Vietnam") and after a possessive.
/// </summary>
internal sealed class PortfolioExtension(IReadOnlySet<string> portfolioWords)
{
    private const int MaxWords = 8;

    /// <summary>The folded words of all portfolios.</summary>
    public IReadOnlySet<string> Words => portfolioWords;

    private static readonly HashSet<string> BareTitles = new(StringComparer.Ordinal)
    {
        "Minister", "Deputy Minister", "First Deputy Minister", "Permanent Deputy Minister",
    };

    /// <summary>The last token and canonical title with the portfolio, or null when none follows.</summary>
    public (int LastToken, string Canonical)? Extend(
        string text, IReadOnlyList<NameToken> tokens, int last, GazetteerEntry office, Func<int, bool> startsName)
    {
        // A bare title takes "of|for" and a portfolio; a title with a portfolio may add "and" another.
        var joiner = BareTitles.Contains(office.Canonical) ? "of" : office.Canonical.Contains("Minister of ", StringComparison.Ordinal) ? "and" : null;
        var of = last + 1;
        if (joiner is null || of >= tokens.Count || tokens[of].GapBefore != GapKind.Joiner) return null;
        if (tokens[of].Folded != joiner && !(joiner == "of" && tokens[of].Folded == "for")) return null;
        var end = -1;
        var first = of + 1;
        if (first < tokens.Count && tokens[first].Folded == "the") first++;
        for (var j = first; j < tokens.Count && j < first + MaxWords; j++)
        {
            var t = tokens[j];
            if (t.GapBefore != GapKind.Joiner) break;
            if (t.Folded == "and" && j > first) continue;
            if (!char.IsUpper(text[t.Start]) || !portfolioWords.Contains(t.FoldedStem ?? t.Folded) || startsName(j)) break;
            end = j;
            if (t.FoldedStem is not null) break;
        }
        if (end < 0) return null;
        var portfolioEnd = tokens[end].FoldedStem is null ? tokens[end].End : tokens[end].StemEnd;
        return (end, $"{office.Canonical} {CollapseSpaces(text.AsSpan(tokens[of].Start, portfolioEnd - tokens[of].Start))}");
    }

    private static string CollapseSpaces(ReadOnlySpan<char> words)
    {
        var sb = new StringBuilder(words.Length);
        foreach (var c in words)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
