using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>
/// Splits a sentence's words into clauses where a semicolon or a comma followed by "and", "while",
/// "whereas" or "but" starts a new statement, so that two investments in one sentence keep apart.
/// </summary>
internal static class Clauses
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "and", "while", "whereas", "but" };

    public static List<List<Token>> Split(string text, List<Token> words)
    {
        var clauses = new List<List<Token>> { new() };
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
                if (gap.Contains(';') || (gap.Contains(',') && Openers.Contains(words[i].Text))) clauses.Add([]);
            }
            clauses[^1].Add(words[i]);
        }
        return clauses;
    }
}
