namespace Entente.Core.Ingest.PlainText;

/// <summary>
/// Some crawlers write a page's date as a header before its text: "date 2021-04-03 KUALA LUMPUR, …".
/// The header is metadata, not prose, so it gives the publication date and is cut from the text.
/// </summary>
public static class DateHeader
{
    private const string Word = "date ";

    /// <summary>Reads a header at the start of the first block: its ISO date and the header's length, or null.</summary>
    public static (string Date, int Length)? Read(string firstBlock)
    {
        if (!firstBlock.StartsWith(Word, StringComparison.OrdinalIgnoreCase)) return null;
        var at = Word.Length;
        const int isoLength = 10;
        if (firstBlock.Length < at + isoLength || !IsIsoDay(firstBlock.AsSpan(at, isoLength))) return null;
        var end = at + isoLength;
        if (end < firstBlock.Length && !char.IsWhiteSpace(firstBlock[end])) return null;
        return (firstBlock.Substring(at, isoLength), end);
    }

    private static bool IsIsoDay(ReadOnlySpan<char> s) =>
        char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]) && s[4] == '-'
        && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6]) && s[7] == '-' && char.IsAsciiDigit(s[8]) && char.IsAsciiDigit(s[9])
        && s[5..7] is not "00" && (s[5] == '0' || s[5..7] is "10" or "11" or "12") && s[8..10] is not "00" && s[8] <= '3';
}
