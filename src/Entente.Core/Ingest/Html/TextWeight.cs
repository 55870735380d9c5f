namespace Entente.Core.Ingest.Html;

/// <summary>
/// How much text a string holds for the length thresholds of the reader: a character of a script
/// written without spaces (Han, kana) carries about as much as a short word, so it weighs three.
/// </summary>
internal static class TextWeight
{
    public const int UnspacedCharacter = 3;

    public static int Of(string text)
    {
        var weight = 0;
        foreach (var c in text) weight += IsUnspaced(c) ? UnspacedCharacter : 1;
        return weight;
    }

    public static bool IsUnspaced(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Commas of every script: each one marks a clause, which is what a story has and a menu has not.</summary>
    public static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text) if (c is ',' or '\uFF0C' or '\u3001' or '\u060C') count++;
        return count;
    }
}
