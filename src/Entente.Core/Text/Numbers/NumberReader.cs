
namespace Entente.Core.Text.Numbers;

/// <summary>
/// Finds numbers in text: counts, years, ordinals, percentages, signed percentage changes and
/// multipliers, with ranges and approximation qualifiers. One left-to-right pass over tokens.
/// </summary>
public static class NumberReader
{
    // Words after which "one" is a pronoun or determiner, not a count.
    private static readonly HashSet<string> PronounOneBefore =
        ["the", "no", "any", "every", "each", "this", "that", "which", "such", "another", "someone", "anyone", "everyone"];

    private static readonly HashSet<string> PronounOneAfter = ["of", "another", "anyone", "side", "way"];

    /// <summary>Non-overlapping number mentions in text, in order.</summary>
    public static IReadOnlyList<NumberMention> Read(string text) => Read(TokenList.Of(text));

    /// <summary>Non-overlapping number mentions in tokens already made, in order.</summary>
    internal static IReadOnlyList<NumberMention> Read(TokenList t)
    {
        var mentions = new List<NumberMention>();
        var i = 0;
        while (i < t.Count)
        {
            if (TryReadAt(t, i, out var mention, out var next)) mentions.Add(mention);
            i = Math.Max(next, i + 1);
        }
        return mentions;
    }

    private static bool TryReadAt(TokenList t, int i, out NumberMention mention, out int next)
    {
        mention = default;
        next = i + 1;
        if (t.IsAny(i, WordClass.Multiplier) && NumberWords.Multipliers.TryGetValue(t.Lower(i), out var factor))
        {
            mention = new NumberMention(t[i].Start, t[i].End, factor, NumberKind.Multiplier);
            return true;
        }
        if (t.Is(i, "between") && TryBetween(t, i, out mention, out next)) return true;

        string? qualifier = null;
        var at = i;
        if (Approximations.TryMatch(t, i, out var q, out var afterQualifier) && t.SameLine(afterQualifier)
            && NumeralParser.TryParse(t, afterQualifier, out _))
        {
            qualifier = q;
            at = afterQualifier;
        }
        if (PhoneNumbers.TryMatch(t, at, out var phoneEnd))
        {
            next = phoneEnd + 1;
            return false;
        }
        if (!NumeralParser.TryParse(t, at, out var number))
        {
            if (t.IsDigits(at)) next = NumeralParser.ClusterEnd(t, at) + 1;
            return false;
        }
        next = number.Last + 1;
        var gluedQualifier = qualifier != null && t.Glued(at);
        if ((!gluedQualifier && NumeralContext.IsNamePart(t, at)) || IsPronounOne(t, number)) return false;

        var value = number.Value;
        decimal? max = null;
        var last = number.Last;
        var kind = number.Ordinal ? NumberKind.Ordinal : YearShape.IsYear(t, number) ? NumberKind.Year : NumberKind.Cardinal;
        if (RangeTail.IsConnector(t, last + 1) && !(t.Is(last + 1, "to") && t.Is(i - 1, "from"))
            && RangeTail.TryRead(t, number, last + 1, k => k, out var low, out var high))
        {
            value = low;
            max = high.Value;
            last = high.Last;
            if (number.YearShaped && high.YearShaped) kind = NumberKind.Year;
            else if (kind == NumberKind.Year) kind = NumberKind.Cardinal;
        }
        else if (kind is NumberKind.Cardinal && TryPercent(t, last + 1, out var percentEnd))
        {
            var sign = ChangeWords.SignAround(t, i, percentEnd);
            kind = sign == 0 ? NumberKind.Percent : NumberKind.PercentChange;
            value = sign < 0 ? -value : value;
            last = percentEnd;
        }
        else if (kind is NumberKind.Cardinal && TryMultiplier(t, last + 1, out var multiplierEnd))
        {
            kind = NumberKind.Multiplier;
            last = multiplierEnd;
        }
        if (max is not null && TryPercent(t, last + 1, out var rangePercentEnd))
        {
            kind = NumberKind.Percent;
            last = rangePercentEnd;
        }
        next = last + 1;
        // Dividing by 1.000… drops trailing zeros a scale left behind (32.2 million, not 32200000.0).
        mention = new NumberMention(t[i].Start, t[last].End, value / 1.0000000000000000000000000000m, kind, max, qualifier);
        return true;
    }

    private static bool TryBetween(TokenList t, int i, out NumberMention mention, out int next)
    {
        mention = default;
        next = i + 1;
        if (!NumeralParser.TryParse(t, i + 1, out var low) || NumeralContext.IsNamePart(t, i + 1) || !t.Is(low.Last + 1, "and"))
            return false;
        if (!RangeTail.TryRead(t, low, low.Last + 1, k => k, out var lowValue, out var high)) return false;
        var kind = low.YearShaped && high.YearShaped ? NumberKind.Year : low.Ordinal ? NumberKind.Ordinal : NumberKind.Cardinal;
        var last = high.Last;
        if (kind == NumberKind.Cardinal && TryPercent(t, last + 1, out var percentEnd))
        {
            kind = NumberKind.Percent;
            last = percentEnd;
        }
        mention = new NumberMention(t[i].Start, t[last].End, lowValue, kind, high.Value);
        next = last + 1;
        return true;
    }

    private static bool TryPercent(TokenList t, int i, out int last)
    {
        last = i;
        if (!t.SameLine(i)) return false;
        if (t.IsSymbol(i, '%') || t.Is(i, "percent") || t.Is(i, "pct")) return true;
        if (t.Is(i, "per") && t.Is(i + 1, "cent"))
        {
            last = i + 1;
            return true;
        }
        if (t.Is(i, "percentage") && t.Is(i + 1, "points"))
        {
            last = i + 1;
            return true;
        }
        return false;
    }

    private static bool TryMultiplier(TokenList t, int i, out int last)
    {
        last = i;
        if (!t.SameLine(i)) return false;
        if (t.Is(i, "fold") || t.Is(i, "times")) return true;
        if (t.IsDash(i) && t.Glued(i) && t.Is(i + 1, "fold") && t.Glued(i + 1))
        {
            last = i + 1;
            return true;
        }
        return false;
    }

    private static bool IsPronounOne(TokenList t, ParsedNumber n)
    {
        if (!n.Words || n.First != n.Last || !t.Is(n.First, "one")) return false;
        return (t.IsWord(n.First - 1) && PronounOneBefore.Contains(t.Lower(n.First - 1)))
               || (t.IsWord(n.Last + 1) && PronounOneAfter.Contains(t.Lower(n.Last + 1)));
    }
}
