using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// Parts of a year: "the first eight months of 2011", "the first quarter of 2025", "the second
/// half of the year", "in the first six months", "H1 2024", "Q3 2025".
/// </summary>
internal sealed partial class DateScanner
{
    private bool TryPartOfYear(int i, out Found found)
    {
        found = default;
        if (TryAbbreviatedPart(i, out var firstMonth, out var lastMonth, out var partLast)
            || TrySpelledPart(i, out firstMonth, out lastMonth, out partLast))
            return CompletePart(i, firstMonth, lastMonth, partLast, out found);
        return false;
    }

    // "H1", "Q3", glued letter and digit.
    private bool TryAbbreviatedPart(int i, out int firstMonth, out int lastMonth, out int last)
    {
        firstMonth = lastMonth = 0;
        last = i + 1;
        if (!_t.IsDigits(i + 1) || !_t.Glued(i + 1) || _t[i + 1].Length != 1 || (_t.Glued(i) && _t.IsWord(i - 1))) return false;
        var n = _t.Text[_t[i + 1].Start] - '0';
        if (_t.IsWord(i + 2) && _t.Glued(i + 2)) return false;
        if (_t.IsWord(i) && _t.Str(i) == "H")
            return n is 1 or 2 && SetMonths((n - 1) * 6 + 1, n * 6, out firstMonth, out lastMonth);
        if (_t.IsWord(i) && _t.Str(i) == "Q")
            return n is >= 1 and <= 4 && SetMonths((n - 1) * 3 + 1, n * 3, out firstMonth, out lastMonth);
        return false;
    }

    // "first eight months", "last three months", "first quarter", "second half".
    private bool TrySpelledPart(int i, out int firstMonth, out int lastMonth, out int last)
    {
        firstMonth = lastMonth = 0;
        last = i;
        if (!_t.IsWord(i)) return false;
        var position = _t.Lower(i) switch
        {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "last" or "final" => -1,
            _ => 0,
        };
        if (position == 0) return false;
        var k = i + 1;
        var count = 0;
        if (NumeralParser.TryParse(_t, k, out var number) && !number.Ordinal && !number.Scaled && number.Value is >= 1 and <= 12
            && number.Value == decimal.Truncate(number.Value))
        {
            count = (int)number.Value;
            k = number.Last + 1;
        }
        last = k;
        if (_t.Is(k, "months") || _t.Is(k, "month"))
        {
            // "last month" is the month before the reference; only "the last month of 2024" is December.
            if (count == 0 && !_t.Is(k + 1, "of")) return false;
            if (count == 0) count = 1;
            if (position == 1) return SetMonths(1, count, out firstMonth, out lastMonth);
            return position == -1 && SetMonths(13 - count, 12, out firstMonth, out lastMonth);
        }
        if (count != 0) return false;
        if (_t.Is(k, "quarter"))
        {
            var quarter = position == -1 ? 4 : position;
            return SetMonths((quarter - 1) * 3 + 1, quarter * 3, out firstMonth, out lastMonth);
        }
        if (_t.Is(k, "half") && position is 1 or 2 or -1)
        {
            var half = position == 1 ? 1 : 2;
            return SetMonths((half - 1) * 6 + 1, half * 6, out firstMonth, out lastMonth);
        }
        return false;
    }

    /// <summary>Adds the year: written ("of 2011", "2024"), or from the reference ("of the year", "of last year", none).</summary>
    private bool CompletePart(int i, int firstMonth, int lastMonth, int partLast, out Found found)
    {
        found = default;
        var first = _t.Is(i - 1, "the") ? i - 1 : i;
        var k = partLast + 1;
        var joined = _t.Is(k, "of") || _t.Is(k, "in");
        var yearAt = joined ? k + 1 : k;
        if (_t.SameLine(yearAt) && Year(yearAt, out var year))
        {
            found = new Found(first, yearAt, IsoDate.OfMonth(year, firstMonth), IsoDate.OfMonth(year, lastMonth), false);
            return true;
        }
        if (_reference is not { } reference) return false;
        var offset = 0;
        var last = partLast;
        if (joined && TryRelativeYearWords(yearAt, out offset, out var relativeLast)) last = relativeLast;
        year = reference.Year + offset;
        found = new Found(first, last, IsoDate.OfMonth(year, firstMonth), IsoDate.OfMonth(year, lastMonth), true);
        return true;
    }

    // "the year", "this year", "last year", "next year", "the previous year".
    private bool TryRelativeYearWords(int i, out int offset, out int last)
    {
        offset = 0;
        last = i + 1;
        if (!_t.Is(i + 1, "year")) return false;
        if (_t.Is(i, "the") || _t.Is(i, "this") || _t.Is(i, "current")) return true;
        if (_t.Is(i, "last") || _t.Is(i, "previous") || _t.Is(i, "past")) offset = -1;
        else if (_t.Is(i, "next") || _t.Is(i, "coming")) offset = 1;
        else return false;
        return true;
    }

    private static bool SetMonths(int from, int to, out int firstMonth, out int lastMonth)
    {
        firstMonth = from;
        lastMonth = to;
        return true;
    }
}
