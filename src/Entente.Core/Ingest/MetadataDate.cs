namespace Entente.Core.Ingest;

/// <summary>
/// Reads a date as pages write it in metadata ("2024-03-05T10:00:00+07:00", "20240305",
/// "Tue, 05 Mar 2024 10:00 GMT", "March 5, 2024", "05.03.2024") and gives ISO 8601 at the
/// precision it supports: "2024-03-05", "2024-03" or "2024". The written calendar date is kept;
/// no time zone conversion.
/// </summary>
public static class MetadataDate
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        if (text.Length > 100) text = text[..100];
        return FromIsoLike(text) ?? FromWords(text);
    }

    /// <summary>yyyy, yyyy-mm, yyyy-mm-dd (also with / or .), or yyyymmdd, at the start of the text.</summary>
    private static string? FromIsoLike(string text)
    {
        if (text.Length < 4 || !AllDigits(text.AsSpan(0, 4))) return null;
        if (text.Length >= 8 && AllDigits(text.AsSpan(0, 8)) && (text.Length == 8 || !char.IsAsciiDigit(text[8])))
            return Format(Number(text, 0, 4), Number(text, 4, 2), Number(text, 6, 2));
        if (text.Length > 4 && char.IsAsciiDigit(text[4])) return null;
        var year = Number(text, 0, 4);
        if (text.Length >= 7 && text[4] is '-' or '/' or '.' && AllDigits(text.AsSpan(5, 2)))
        {
            var month = Number(text, 5, 2);
            if (text.Length >= 10 && text[7] == text[4] && AllDigits(text.AsSpan(8, 2))
                && (text.Length == 10 || !char.IsAsciiDigit(text[10])))
                return Format(year, month, Number(text, 8, 2));
            if (text.Length == 7 || !char.IsAsciiDigit(text[7])) return Format(year, month, 0);
            return null;
        }
        return text.Length == 4 || !char.IsLetterOrDigit(text[4]) ? Format(year, 0, 0) : null;
    }

    /// <summary>Dates with a month name, or day/month/year numbers, anywhere in the text.</summary>
    private static string? FromWords(string text)
    {
        int year = 0, month = 0;
        var numbers = new List<int>();
        var separators = new List<char>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiLetter(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
                if (month == 0 && i - start >= 3)
                    month = Array.IndexOf(Months, text.Substring(start, 3).ToLowerInvariant()) + 1;
                continue;
            }
            if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                var isTime = (start > 0 && text[start - 1] == ':') || (i < text.Length && text[i] == ':');
                if (!isTime && i - start <= 4)
                {
                    numbers.Add(Number(text, start, i - start));
                    separators.Add(i < text.Length ? text[i] : ' ');
                }
                continue;
            }
            i++;
        }
        var yearIndex = numbers.FindIndex(n => n is >= MinYear and <= MaxYear);
        if (yearIndex < 0) return null;
        year = numbers[yearIndex];
        var others = numbers.Where((n, k) => k != yearIndex && n is >= 1 and <= 31).ToList();
        if (month > 0)
            return Format(year, month, others.Count > 0 ? others[0] : 0);
        if (yearIndex == 2 && others.Count >= 2)
        {
            int first = numbers[0], second = numbers[1];
            if (first > 12) return Format(year, second, first);
            if (second > 12) return Format(year, first, second);
            // 05.03.2024 is day first wherever dots are used; 05/03/2024 is ambiguous.
            if (separators[0] == '.') return Format(year, second, first);
        }
        return Format(year, 0, 0);
    }

    private static string? Format(int year, int month, int day)
    {
        if (year is < MinYear or > MaxYear) return null;
        if (month is < 1 or > 12) return month == 0 ? $"{year:D4}" : null;
        if (day == 0) return $"{year:D4}-{month:D2}";
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return $"{year:D4}-{month:D2}";
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    private static bool AllDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static int Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++) value = value * 10 + (text[i] - '0');
        return value;
    }
}
