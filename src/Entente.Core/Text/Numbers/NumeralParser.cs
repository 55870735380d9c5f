
namespace Entente.Core.Text.Numbers;

/// <summary>
/// Reads one numeral at a token: digits with thousands separators and decimals, an optional glued
/// suffix ("21st", "20m") or scale word ("1.2 bln"), or English number words ("twenty-one",
/// "a hundred", "one and a half million"). Each token is looked at a bounded number of times.
/// </summary>
internal static class NumeralParser
{
    // Longest digit run that a decimal holds with room for a scale; longer runs are ids, not amounts.
    private const int MaxDigits = 15;

    public static bool TryParse(TokenList t, int i, out ParsedNumber number)
    {
        number = default;
        if (t.IsDigits(i)) return TryDigits(t, i, out number);
        // Spelled numbers start at a number word or at "a"/"an" ("a hundred"); most words are neither.
        return (t.IsAny(i, WordClass.NumberWord) || (t.IsWord(i) && t.Lower(i) is "a" or "an")) && TryWords(t, i, out number);
    }

    /// <summary>Digits glued to '.', '/', ':' or further digits in ways no amount is written ("1.2.3", "24/1", "10:30").</summary>
    public static bool StartsCodeLikeCluster(TokenList t, int i)
    {
        if (!t.IsDigits(i)) return false;
        var j = i;
        // Step over thousands groups as TryDigits reads them, and no further, so rescans stay short.
        for (var groups = 0; groups < 5 && IsGluedSeparator(t, j + 1, ',') && t.IsDigits(j + 2) && t.Glued(j + 2) && t[j + 2].Length == 3; groups++)
            j += 2;
        if ((t.IsSymbol(j + 1, '/') || t.IsSymbol(j + 1, ':')) && t.Glued(j + 1) && t.IsDigits(j + 2) && t.Glued(j + 2))
            return true;
        return IsGluedSeparator(t, j + 1, '.') && t.IsDigits(j + 2) && t.Glued(j + 2)
            && IsGluedSeparator(t, j + 3, '.') && t.IsDigits(j + 4) && t.Glued(j + 4);
    }

    /// <summary>The last token of a run of digits and separators glued to each other from token i.</summary>
    public static int ClusterEnd(TokenList t, int i)
    {
        var j = i;
        while (t.Glued(j + 1) && (t.IsDigits(j + 1) || t.IsSymbol(j + 1, '.') || t.IsSymbol(j + 1, ',')
                                  || t.IsSymbol(j + 1, '/') || t.IsSymbol(j + 1, ':') || t.IsDash(j + 1)))
            j++;
        return j;
    }

    private static bool TryDigits(TokenList t, int i, out ParsedNumber number)
    {
        number = default;
        if (t[i].Length > MaxDigits || StartsCodeLikeCluster(t, i)) return false;
        var value = decimal.Parse(t.Span(i));
        var j = i;
        var plain = true;
        if (t[i].Length <= 3)
        {
            while (IsGluedSeparator(t, j + 1, ',') && t.IsDigits(j + 2) && t.Glued(j + 2) && t[j + 2].Length == 3
                   && value < 1_000_000_000_000m)
            {
                value = value * 1000 + decimal.Parse(t.Span(j + 2));
                j += 2;
                plain = false;
            }
        }
        var decimalPoint = IsGluedSeparator(t, j + 1, '.')
                           || (plain && IsGluedSeparator(t, j + 1, ',') && IsDecimalCommaFraction(t, j + 2));
        if (decimalPoint && t.IsDigits(j + 2) && t.Glued(j + 2) && t[j + 2].Length <= MaxDigits)
        {
            var fraction = t.Span(j + 2);
            value += decimal.Parse(fraction) / Pow10(fraction.Length);
            j += 2;
            plain = false;
        }

        var ordinal = false;
        var scale = 1m;
        if (t.IsWord(j + 1) && t.Glued(j + 1))
        {
            var suffix = t.Lower(j + 1);
            if (plain && NumberWords.OrdinalSuffixes.Contains(suffix))
            {
                ordinal = true;
                j++;
            }
            else if ((t.IsAny(j + 1, WordClass.Scale) && NumberWords.Scales.TryGetValue(suffix, out var gluedScale))
                     || NumberWords.GluedScales.TryGetValue(suffix, out gluedScale))
            {
                scale = gluedScale;
                value *= scale;
                j++;
            }
            else if (t[j + 1].Length == 1 && !t.Is(j + 1, "x"))
            {
                // "5G", "3D", "F16"-like product and model codes.
                return false;
            }
        }
        if (plain && !ordinal && scale == 1 && SpacedSuffixLast(t, j, value) is { } suffixLast)
        {
            ordinal = true;
            j = suffixLast;
        }
        if (!ordinal && scale == 1 && t.IsAny(j + 1, WordClass.Scale) && !t.Glued(j + 1) && t.SameLine(j + 1)
            && NumberWords.Scales.TryGetValue(t.Lower(j + 1), out var spacedScale))
        {
            value *= spacedScale;
            scale = spacedScale;
            j++;
        }
        else if (!ordinal && scale == 1 && t.IsDash(j + 1) && t.Glued(j + 1) && t.IsAny(j + 2, WordClass.Scale) && t.Glued(j + 2)
                 && NumberWords.Scales.TryGetValue(t.Lower(j + 2), out var hyphenScale))
        {
            // "a €1.2-billion facility".
            value *= hyphenScale;
            scale = hyphenScale;
            j += 2;
        }
        var yearShaped = plain && !ordinal && scale == 1 && t[i].Length == 4 && value is >= 1800 and <= 2100;
        number = new ParsedNumber(i, j, value, scale, ordinal, Words: false, yearShaped);
        return true;
    }

    /// <summary>
    /// "36 th", "7-th": a scrape or a translation set the ordinal suffix apart from its digits, by a space or a hyphen.
    /// Apart from the digits a suffix is read only in lower case and only when it is the one the value takes, so
    /// "7 St" (a street), "3 th" and "7-the" stay what they are. The token after digit j, else null.
    /// </summary>
    private static int? SpacedSuffixLast(TokenList t, int j, decimal value)
    {
        var k = t.IsDash(j + 1) && t.Glued(j + 1) && t.Glued(j + 2) ? j + 2 : j + 1;
        if (!t.IsWord(k) || (k == j + 1 && (t.Glued(k) || !t.SameLine(k)))) return null;
        return t.Span(k).SequenceEqual(SuffixOf(value)) ? k : null;
    }

    /// <summary>The suffix English writes after a whole number: "1st", "12th", "22nd", "103rd".</summary>
    private static string SuffixOf(decimal value)
    {
        var whole = (int)(value % 100);
        if (whole is >= 11 and <= 13) return "th";
        return (whole % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
    }

    private enum Last
    {
        None,
        Article,
        Unit,
        Ten,
        Hundred,
        Scale,
    }

    private static bool TryWords(TokenList t, int i, out ParsedNumber number)
    {
        number = default;
        decimal total = 0, current = 0;
        var last = Last.None;
        var lastToken = -1;
        var ordinal = false;
        var scale = 1m;
        var j = i;
        while (t.IsWord(j) && !ordinal && (j == i || t.SameLine(j)))
        {
            var w = t.Lower(j);
            if ((w is "a" or "an") && last == Last.None && IsMultiplierWord(t, j + 1))
            {
                current = 1;
                last = Last.Article;
                j++;
                continue;
            }
            if (t.IsAny(j, WordClass.NumberWord) && NumberWords.Small.TryGetValue(w, out var small))
            {
                var fits = last is Last.None or Last.Hundred or Last.Scale
                           || (last == Last.Ten && !small.IsTen && small.Value is > 0 and < 10);
                if (!fits) break;
                current += small.Value;
                last = small.IsTen ? Last.Ten : Last.Unit;
                ordinal = small.Ordinal;
                lastToken = j;
                j++;
                // "twenty-one": a hyphen glued on both sides joins a ten and a unit.
                if (last == Last.Ten && !ordinal && t.IsDash(j) && t.Glued(j) && t.Glued(j + 1) && t.IsAny(j + 1, WordClass.NumberWord)
                    && NumberWords.Small.TryGetValue(t.Lower(j + 1), out var unit) && !unit.IsTen && unit.Value is > 0 and < 10)
                    j++;
                continue;
            }
            if (w is "hundred" or "hundredth" && last is Last.Article or Last.Unit or Last.Ten)
            {
                current *= 100;
                last = Last.Hundred;
                ordinal = w == "hundredth";
                lastToken = j++;
                continue;
            }
            if (w == "dozen" && last is Last.Article or Last.Unit or Last.Ten)
            {
                current *= 12;
                last = Last.Hundred;
                lastToken = j++;
                continue;
            }
            // The cheap tests first: most words are read here as the first word of no number at all.
            if (last is Last.Article or Last.Unit or Last.Ten or Last.Hundred && w.Length > 3 && t.IsAny(j, WordClass.Scale)
                && NumberWords.Scales.TryGetValue(w, out var wordScale))
            {
                total += current * wordScale;
                current = 0;
                scale = wordScale;
                last = Last.Scale;
                lastToken = j++;
                continue;
            }
            if (w == "and" && last is Last.Unit or Last.Ten or Last.Hundred)
            {
                if (t.Is(j + 1, "a") && t.Is(j + 2, "half"))
                {
                    // "one and a half million": the half belongs to the part before the scale.
                    current += 0.5m;
                    lastToken = j + 2;
                    j += 3;
                    last = Last.Hundred;
                    continue;
                }
                if (last == Last.Hundred && t.IsAny(j + 1, WordClass.NumberWord))
                {
                    j++;
                    continue;
                }
            }
            break;
        }
        if (lastToken < 0) return false;
        if (last != Last.Scale) scale = 1;
        number = new ParsedNumber(i, lastToken, total + current, scale, ordinal, Words: true, YearShaped: false);
        return true;
    }

    // "1,5 million", "2,7%": a comma before one or two digits is a decimal comma only when a scale
    // or per cent follows; otherwise "1,5" may be a list.
    private static bool IsDecimalCommaFraction(TokenList t, int i)
    {
        if (!t.IsDigits(i) || !t.Glued(i) || t[i].Length > 2) return false;
        var next = i + 1;
        if (t.IsSymbol(next, '%') || t.Is(next, "percent")) return true;
        return t.IsAny(next, WordClass.Scale);
    }

    private static bool IsMultiplierWord(TokenList t, int i) =>
        t.Is(i, "hundred") || t.Is(i, "dozen") || t.Is(i, "thousand") || t.Is(i, "million") || t.Is(i, "billion")
        || t.Is(i, "trillion");

    private static bool IsGluedSeparator(TokenList t, int i, char separator) => t.IsSymbol(i, separator) && t.Glued(i);

    private static decimal Pow10(int exponent)
    {
        var p = 1m;
        for (var k = 0; k < exponent; k++) p *= 10;
        return p;
    }
}
