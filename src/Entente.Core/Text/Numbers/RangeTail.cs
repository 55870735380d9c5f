
namespace Entente.Core.Text.Numbers;

/// <summary>
/// Reads the upper end of a range after a numeral: "500–600", "500 to 600", "1-2 million"
/// (the scale is shared), "2021-25" (a short end year).
/// </summary>
internal static class RangeTail
{
    /// <summary>
    /// With the connector at token "at" ("-", "–", "to" or "and"), reads the second numeral;
    /// skipPrefix may step over a repeated currency sign ("$1m to $2m").
    /// </summary>
    public static bool TryRead(TokenList t, ParsedNumber first, int at, Func<int, int> skipPrefix,
        out decimal low, out ParsedNumber second)
    {
        low = first.Value;
        second = default;
        if (!t.SameLine(at) || !t.SameLine(at + 1)) return false;
        var start = skipPrefix(at + 1);
        if (!NumeralParser.TryParse(t, start, out second) || second.Ordinal != first.Ordinal) return false;
        if (NumeralContext.IsNamePart(t, start) && !t.IsDash(start - 1)) return false;
        if (first.YearShaped && !second.Words && !second.Scaled && t[second.First].Length == 2)
        {
            var century = first.Value - first.Value % 100;
            second = second with { Value = century + second.Value, YearShaped = true };
            return second.Value > first.Value;
        }
        if (!first.Scaled && second.Scaled) low = first.Value * second.Scale;
        return low < second.Value;
    }

    /// <summary>The token is a range connector for numbers: a dash or "to".</summary>
    public static bool IsConnector(TokenList t, int i) => t.IsDash(i) || t.Is(i, "to");
}
