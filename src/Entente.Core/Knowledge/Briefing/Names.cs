using System.Globalization;
using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>Readable names for codes and numbers in briefs and timelines.</summary>
public static class Names
{
    public static string Country(string? code) =>
        code is null ? "?" : Gazetteer.Default.Country(code)?.Name ?? Gazetteer.Default.Bloc(code)?.Canonical ?? code;

    public static string Demonym(string code) =>
        Gazetteer.Default.Country(code) is { Demonyms.Count: > 0 } c ? c.Demonyms[0] : Country(code);

    public static string Money(Domain.Money money)
    {
        var amount = money.Amount;
        var (value, scale) = amount >= 1_000_000_000m ? (amount / 1_000_000_000m, " billion") : amount >= 1_000_000m ? (amount / 1_000_000m, " million") : (amount, "");
        return $"{value.ToString("#,0.##", CultureInfo.InvariantCulture)}{scale} {money.Currency}";
    }

    public static string Period(Domain.Period period) =>
        period.Start == period.End ? period.Start : $"{period.Start} to {period.End}";

    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
