using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Knowledge;

/// <summary>Reads a country as users write it: ISO code or name ("VN", "Vietnam", "Viet Nam", "vietnamese"), or a bloc ("EAEU").</summary>
public static class CountryArgument
{
    public static string? Code(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return null;
        return Gazetteer.Default.Country(trimmed)?.Code ?? Gazetteer.Default.Bloc(trimmed)?.Code;
    }

    /// <summary>"VN-BY", "Vietnam,Belarus" or "Viet Nam-Belarus" as a pair key ("BY-VN"); null when either side is unknown.</summary>
    public static string? Pair(string value)
    {
        foreach (var separator in new[] { ',', '-', '/', ':' })
        {
            var parts = value.Split(separator);
            for (var cut = 1; cut < parts.Length; cut++)
            {
                var a = Code(string.Join(separator, parts[..cut]));
                var b = Code(string.Join(separator, parts[cut..]));
                if (a is not null && b is not null && a != b) return FactCountries.PairKey(a, b);
            }
        }
        return null;
    }
}
