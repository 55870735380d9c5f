namespace Entente.Core.Text;

/// <summary>
/// The one stemmer names are compared with: a lower-case word's singular ("committees" → "committee",
/// "industries" → "industry"; "press" stays), and a possessive dropped ("korea's" → "korea").
/// </summary>
public static class Stemmer
{
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) return word[..^1];
        return word;
    }

    /// <summary>The word without a possessive "'s" ("’s"), then its singular.</summary>
    public static string NameWord(string word) =>
        Singular(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word);
}
