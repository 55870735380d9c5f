using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>The sector an investment goes to: "in the wholesale and retail sector", "in Brazil's power transmission sector".</summary>
internal static class SectorPhrase
{
    public static string? Find(List<Token> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (!words[i].Is("sector") && !words[i].Is("industry")) continue;
            var start = i;
            while (start > 0 && !IsOpener(words[start - 1]) && i - start < 5) start--;
            if (start == i || start == 0 || !IsOpener(words[start - 1])) continue;
            return string.Join(' ', words[start..i].Select(w => w.Text));
        }
        return null;
    }

    /// <summary>"the", "its" or a possessive ("Mexico's") before the sector words.</summary>
    private static bool IsOpener(Token word) =>
        word.Is("the") || word.Is("its") || word.Text.EndsWith("'s", StringComparison.Ordinal) || word.Text.EndsWith("’s", StringComparison.Ordinal);
}
