using Entente.Core.Domain;

namespace Entente.Core.Text.Numbers;

/// <summary>
/// Finds amounts of money: a currency sign or code before ("US$60 million", "VND3.5 trillion",
/// "Rs 500 crore") or a code or name after ("151 million USD", "20 million euros"), with ranges
/// and approximation qualifiers; exchange rates give none. One left-to-right pass over tokens.
/// </summary>
public static class MoneyReader
{
    /// <summary>Non-overlapping money mentions in text, in order.</summary>
    public static IReadOnlyList<MoneyMention> Read(string text) => Read(TokenList.Of(text));

    /// <summary>Non-overlapping money mentions in tokens already made, in order.</summary>
    internal static IReadOnlyList<MoneyMention> Read(TokenList t)
    {
        var mentions = new List<MoneyMention>();
        var i = 0;
        while (i < t.Count)
        {
            if (TryReadAt(t, i, out var mention, out var last))
            {
                // "(US$1=RM4.40)", "(1 USD = 386.71 KZT)": the two sides of an exchange rate are no amounts.
                if (!t.IsSymbol(i - 1, '=') && !t.IsSymbol(last + 1, '=')) mentions.Add(mention);
                i = last + 1;
            }
            else i++;
        }
        return mentions;
    }

    private static bool TryReadAt(TokenList t, int i, out MoneyMention mention, out int last)
    {
        mention = default;
        last = i;
        var j = i;
        var between = t.Is(i, "between");
        string? qualifier = null;
        if (between) j++;
        else if (Approximations.TryMatch(t, i, out var q, out var afterQualifier) && t.SameLine(afterQualifier))
        {
            qualifier = q;
            j = afterQualifier;
        }
        var hasPrefix = Currencies.TryPrefix(t, j, out var prefixCode, out var k);
        if (!NumeralParser.TryParse(t, k, out var number) || number.Ordinal) return false;
        if (PhoneNumbers.TryMatch(t, k, out _)) return false;
        var gluedToPrefixOrQualifier = t.Glued(k) && (hasPrefix || qualifier != null);
        if (NumeralContext.IsNamePart(t, k) && !gluedToPrefixOrQualifier) return false;

        var value = number.Value;
        decimal? max = null;
        var end = number.Last;
        var connectorOk = between ? t.Is(end + 1, "and") : RangeTail.IsConnector(t, end + 1);
        if (connectorOk && RangeTail.TryRead(t, number, end + 1, p => SkipSamePrefix(t, p, hasPrefix, prefixCode), out var low, out var high)
            && !high.YearShaped)
        {
            value = low;
            max = high.Value;
            end = high.Last;
        }
        else if (between) return false;

        var code = prefixCode;
        if (Currencies.TrySuffix(t, end + 1, out var suffixCode, out var suffixLast) && (!hasPrefix || suffixCode == prefixCode))
        {
            code = suffixCode;
            end = suffixLast;
        }
        else if (!hasPrefix) return false;
        // "in 2024 USD" is a year, not an amount; a sign in front ("$2024") still makes it one.
        if (number.YearShaped && max is null && (!hasPrefix || t[j].Kind == TokenKind.Word) && !t.Glued(k)) return false;

        mention = new MoneyMention(t[i].Start, t[end].End, new Money(value, code), max, qualifier);
        last = end;
        return true;
    }

    private static int SkipSamePrefix(TokenList t, int i, bool hasPrefix, string code) =>
        hasPrefix && Currencies.TryPrefix(t, i, out var again, out var next) && again == code ? next : i;
}
