namespace Entente.Core.Ingest.PlainText;

/// <summary>
/// Some crawlers write a page's date as a header before its text: "date 2021-04-03 KUALA LUMPUR, …".
/// The header is metadata, not prose, so it gives the publication date and is cut from the text. A page that gives
/// only a month or a year has a header of that precision ("date 2019-05"); such a short header counts only alone on
/// its line, where prose ("date 2019 was set …") cannot be mistaken for it.
/// </summary>
public static class DateHeader
{
    private const string Word = "date ";
    private const int DayLength = 10, MonthLength = 7, YearLength = 4;

    /// <summary>Reads a header at the start of the first block: its ISO date and the header's length, or null.</summary>
    public static (string Date, int Length)? Read(string firstBlock)
    {
        if (!firstBlock.StartsWith(Word, StringComparison.OrdinalIgnoreCase)) return null;
        var at = Word.Length;
        var rest = firstBlock.AsSpan(at);
        if (rest.Length >= DayLength && IsIsoDay(rest[..DayLength]) && EndsWord(firstBlock, at + DayLength))
            return (firstBlock.Substring(at, DayLength), at + DayLength);
        var alone = rest.TrimEnd();
        if ((alone.Length == MonthLength && IsIsoMonth(alone)) || (alone.Length == YearLength && IsYear(alone)))
            return (alone.ToString(), at + alone.Length);
        return null;
    }

    private static bool EndsWord(string text, int end) => end == text.Length || char.IsWhiteSpace(text[end]);

    private static bool IsYear(ReadOnlySpan<char> s) =>
        char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3]) && s[0] is '1' or '2';

    private static bool IsIsoMonth(ReadOnlySpan<char> s) =>
        IsYear(s[..4]) && s[4] == '-' && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6])
        && s[5..7] is not "00" && (s[5] == '0' || s[5..7] is "10" or "11" or "12");

    private static bool IsIsoDay(ReadOnlySpan<char> s) =>
        IsIsoMonth(s[..7]) && s[7] == '-' && char.IsAsciiDigit(s[8]) && char.IsAsciiDigit(s[9]) && s[8..10] is not "00" && s[8] <= '3';
}
