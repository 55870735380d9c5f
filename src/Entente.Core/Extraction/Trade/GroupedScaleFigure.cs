using Entente.Core.Domain;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// "$1,336 billion", "$525,737 million": a figure with one comma group before a scale word. Translated news writes
/// both a decimal comma there (1.336 billion) and a thousands separator ("US$ 42,791 million" for 42.8 billion). Read
/// as thousands, a figure of a hundred billion dollars, euros or pounds or more is beyond what two countries other than
/// the largest trade, so the comma was likely decimal: the text does not settle it, and the figure gives no fact.
/// A round group ("12,000 million") reads one way only.
/// </summary>
internal static class GroupedScaleFigure
{
    private static readonly string[] Scales = ["million", "billion", "mln", "bln", "bn", "trillion"];

    private const decimal Implausible = 100_000_000_000m;

    private static readonly HashSet<string> MajorCurrencies = ["USD", "EUR", "GBP"];

    public static bool IsAmbiguous(ReadOnlySpan<char> figure, Money value)
    {
        if (value.Amount < Implausible || !MajorCurrencies.Contains(value.Currency)) return false;
        var first = figure.IndexOfAnyInRange('0', '9');
        if (first < 0) return false;
        var end = first;
        while (end < figure.Length && (char.IsAsciiDigit(figure[end]) || figure[end] == ',' && end + 1 < figure.Length && char.IsAsciiDigit(figure[end + 1]))) end++;
        var number = figure[first..end];
        var comma = number.IndexOf(',');
        if (comma < 0 || number[(comma + 1)..].Contains(',') || number.Length - comma - 1 != 3 || number[(comma + 1)..].SequenceEqual("000")) return false;
        var rest = figure[end..].TrimStart();
        foreach (var scale in Scales)
            if (rest.StartsWith(scale, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
