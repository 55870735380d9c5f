
namespace Entente.Core.Text.Numbers;

/// <summary>Spots telephone and similar numbers so their digit groups are not read as amounts.</summary>
internal static class PhoneNumbers
{
    // No phone number has more groups; stopping here keeps rescans from later tokens cheap.
    private const int MaxGroups = 8;

    /// <summary>If a phone-like run of digit groups starts at token i, its last token.</summary>
    public static bool TryMatch(TokenList t, int i, out int last)
    {
        last = i;
        var first = i;
        var leadingPlus = t.IsSymbol(i - 1, '+') && t.Glued(i);
        var parenthesised = t.IsSymbol(i - 1, '(') && t.Glued(i) && t.IsSymbol(i + 1, ')') && t.Glued(i + 1);
        if (!t.IsDigits(i)) return false;
        var groups = 1;
        var leadingZero = t.Span(i)[0] == '0' && t[i].Length > 1;
        var longGroups = t[i].Length >= 4 ? 1 : 0;
        var j = i;
        while (groups < MaxGroups)
        {
            var sep = j + 1;
            if (t.IsSymbol(sep, ')') && t.Glued(sep)) sep++;
            var next = -1;
            if ((t.IsDash(sep) || t.IsSymbol(sep, '.')) && t.Glued(sep) && t.IsDigits(sep + 1) && t.Glued(sep + 1))
                next = sep + 1;
            else if (sep == j + 1 && t.IsDigits(sep) && SingleSpaceBefore(t, sep))
                next = sep;
            else if (sep == j + 2 && t.IsDigits(sep) && SingleSpaceBefore(t, sep))
                next = sep;
            if (next < 0) break;
            groups++;
            if (t[next].Length >= 4) longGroups++;
            j = next;
        }
        last = j;
        if (groups == 1) return false;
        var isPhone = leadingPlus || parenthesised || leadingZero || groups >= 3 || longGroups >= 2;
        if (!isPhone) return false;
        // Year ranges like "2016-2018" are two long groups but not phones.
        if (groups == 2 && !leadingPlus && !parenthesised && !leadingZero && BothYears(t, first, j)) return false;
        return true;
    }

    private static bool SingleSpaceBefore(TokenList t, int i) =>
        t[i].Start - t[i - 1].End == 1 && t.Text[t[i].Start - 1] == ' ';

    private static bool BothYears(TokenList t, int a, int b) =>
        t[a].Length == 4 && t[b].Length == 4 && IsYear(t, a) && IsYear(t, b);

    private static bool IsYear(TokenList t, int i) => int.Parse(t.Span(i)) is >= 1800 and <= 2100;
}
