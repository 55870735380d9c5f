namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// Upper-case Roman numerals that number sessions in news translated from Spanish, Portuguese or French
/// ("the XIV Binational Cabinet", "the XII session of the Mixed Commission"). One letter ("I", "V", "X") is too
/// often a pronoun or an initial, so only numerals of two letters or more count.
/// </summary>
internal static class RomanNumerals
{
    private const int Largest = 99;

    /// <summary>The value of a well-formed numeral of 2 to 99 written with at least two letters, else null.</summary>
    public static int? Value(string word)
    {
        if (word.Length is < 2 or > 8) return null;
        var total = 0;
        var previous = int.MaxValue;
        foreach (var c in word)
        {
            var value = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            if (value == 0) return null;
            // Subtractive pairs ("IV", "XL") take back twice what was added for the smaller letter.
            total += value > previous ? value - 2 * previous : value;
            previous = value;
        }
        // Only the canonical spelling counts: "IIII" or "VX" are not numerals a writer uses.
        return total is >= 2 and <= Largest && Write(total) == word ? total : null;
    }

    private static string Write(int value)
    {
        string[] tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return tens[value / 10] + ones[value % 10];
    }
}
