using System.Globalization;

namespace Entente.Core.Ingest;

/// <summary>Normalises a machine-written date (ISO 8601, "2024-03-05 10:12:00", RFC 1123) to an ISO date at day precision.</summary>
public static class MetadataDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss",
        "ddd, dd MMM yyyy HH:mm:ss K", "ddd, d MMM yyyy HH:mm:ss K", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "yyyyMMdd",
    ];

    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var exact))
            return exact.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Year or year-month alone keep their precision.
        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200)
            return trimmed;
        if (trimmed.Length == 7 && DateTime.TryParseExact(trimmed, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return trimmed;
        if (trimmed.Length >= 10 && DateTime.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }
}
