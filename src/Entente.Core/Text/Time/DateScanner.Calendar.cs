using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>Calendar dates written out: "1992-01-24", "24/1/1992", "January 24, 1992", "11–12 May 2025", "2016–2018".</summary>
internal sealed partial class DateScanner
{
    // Words after which a bare month name ("in September") is a date rather than a name.
    private static readonly HashSet<string> MonthLeads =
    [
        "in", "since", "until", "till", "by", "during", "early", "late", "mid", "from", "before", "after", "last",
        "next", "this", "of", "between", "through", "throughout",
    ];

    private bool TryIsoDate(int i, out Found found)
    {
        found = default;
        if (!_t.IsDigits(i) || _t[i].Length != 4 || !GluedDash(i + 1) || !_t.IsDigits(i + 2) || _t[i + 2].Length != 2
            || !GluedDash(i + 3) || !_t.IsDigits(i + 4) || _t[i + 4].Length != 2
            || ((_t.IsDash(i + 5) || _t.IsSymbol(i + 5, '.')) && _t.Glued(i + 5) && _t.IsDigits(i + 6)))
            return false;
        if (!IsoDate.TryCreate(int.Parse(_t.Span(i)), int.Parse(_t.Span(i + 2)), int.Parse(_t.Span(i + 4)), out var date) || date.Day == 0)
            return false;
        found = new Found(i, i + 4, date, date, false);
        return true;
    }

    // "24/1/1992", "24.01.1992", "1/24/1992": day first unless the numbers say otherwise.
    private bool TryNumericDate(int i, out Found found)
    {
        found = default;
        if (!_t.IsDigits(i) || _t[i].Length > 2 || !_t.IsDigits(i + 2) || _t[i + 2].Length > 2 || !_t.IsDigits(i + 4) || _t[i + 4].Length != 4)
            return false;
        var separator = _t.Text[_t[i + 1].Start];
        if (separator is not ('/' or '.') || !_t.IsSymbol(i + 3, separator) || !_t.Glued(i + 1) || !_t.Glued(i + 2)
            || !_t.Glued(i + 3) || !_t.Glued(i + 4) || (_t.IsWord(i - 1) && _t.Glued(i)))
            return false;
        int a = int.Parse(_t.Span(i)), b = int.Parse(_t.Span(i + 2)), year = int.Parse(_t.Span(i + 4));
        var (day, month) = a <= 12 && b > 12 ? (b, a) : (a, b);
        if (!IsoDate.TryCreate(year, month, day, out var date) || date.Day == 0) return false;
        found = new Found(i, i + 4, date, date, false);
        return true;
    }

    // "January 24, 1992", "Jan. 24", "May 11–12, 2025", "May 30 – June 2", "October 2003", "January–October 2024", "in September".
    private bool TryMonthFirst(int i, out Found found)
    {
        found = default;
        var month = Month(i, out var monthLast);
        if (month == 0) return false;
        if (Day(monthLast + 1, out var day, out var dayLast))
        {
            int endMonth = month, endDay = day, last = dayLast;
            // "from May 31, to June 2": after "from", a comma may stand before the connector.
            var joint = _t.IsSymbol(dayLast + 1, ',') && _t.Is(i - 1, "from") ? dayLast + 2 : dayLast + 1;
            if (Connector(joint, i))
            {
                var c = joint + 1;
                var secondMonth = Month(c, out var secondMonthLast);
                if (secondMonth > 0 && Day(secondMonthLast + 1, out var d2, out var d2Last))
                    (endMonth, endDay, last) = (secondMonth, d2, d2Last);
                else if (secondMonth == 0 && Day(c, out d2, out d2Last) && d2 > day)
                    (endDay, last) = (d2, d2Last);
            }
            else if (NextDaysJoined(dayLast + 1, day, out var nextDay, out var nextLast) && nextDay <= DateTime.DaysInMonth(2000, month))
            {
                (endDay, last) = (nextDay, nextLast);
            }
            return Finish(i, month, day, endMonth, endDay, last, out found);
        }

        var lastMonth = month;
        var end = monthLast;
        if (Connector(monthLast + 1, i) && Month(monthLast + 2, out var m2Last) is var m2 and > 0)
        {
            lastMonth = m2;
            end = m2Last;
        }
        var yearAt = _t.Is(end + 1, "of") ? end + 2 : end + 1;
        if (YearAfter(yearAt, out var year, out var yearLast))
        {
            // "November–February 2025" began the year before the year written.
            var startYear = lastMonth < month ? year - 1 : year;
            found = new Found(i, yearLast, IsoDate.OfMonth(startYear, month), IsoDate.OfMonth(year, lastMonth), false);
            return true;
        }
        // A month standing alone must be spelt out and follow a word like "in" or "since", or be given its year by words
        // after it ("the visit of X to Astana November last year").
        if (!CalendarWords.IsFullMonthName(_t.Lower(i)) || !(_t.IsAny(i - 1, MonthLeads) || RelativeYearAfter(end + 1, out _, out _))) return false;
        return Finish(i, month, 0, lastMonth, 0, end, out found);
    }

    // "24 January 1992", "11–12 May 2025", "30 May – 2 June 2025", "the 24th of January".
    private bool TryDayFirst(int i, out Found found)
    {
        found = default;
        if (!Day(i, out var day, out var dayLast) || (_t.IsWord(i - 1) && _t.Glued(i))) return false;
        var k = _t.Is(dayLast + 1, "of") ? dayLast + 2 : dayLast + 1;
        var month = Month(k, out var monthLast);
        if (month > 0)
        {
            int endMonth = month, endDay = day, last = monthLast;
            if (Connector(monthLast + 1, i) && Day(monthLast + 2, out var d2, out var d2Last))
            {
                var m2 = Month(d2Last + 1, out var m2Last);
                if (m2 > 0) (endMonth, endDay, last) = (m2, d2, m2Last);
            }
            return Finish(i, month, day, endMonth, endDay, last, out found);
        }
        int second, secondLast;
        if (NextDaysJoined(dayLast + 1, day, out var nextDay, out var nextLast)) (second, secondLast) = (nextDay, nextLast);
        // "from the 5th to the 7th of May": the article may stand again after the connector.
        else if (!Connector(dayLast + 1, i) || !Day(_t.Is(dayLast + 2, "the") ? dayLast + 3 : dayLast + 2, out second, out secondLast) || second <= day)
            return false;
        var sharedMonth = Month(_t.Is(secondLast + 1, "of") ? secondLast + 2 : secondLast + 1, out var sharedLast);
        return sharedMonth > 0 && Finish(i, sharedMonth, day, sharedMonth, second, sharedLast, out found);
    }

    // "10 and 11 June", "13th and 14th February", "12, 13 and 14 May": days in a row are one period from the first to the last.
    // Days not in a row ("on 5 and 12 June") are separate dates, the last of which is read with its month.
    private bool NextDaysJoined(int i, int day, out int endDay, out int last)
    {
        endDay = day;
        last = i;
        var k = i;
        // Each step takes the next day of the month, so the list is at most 31 long.
        while (_t.IsSymbol(k, ',') && _t.SameLine(k + 1) && Day(k + 1, out var next, out var nextLast) && next == endDay + 1)
            (endDay, k) = (next, nextLast + 1);
        if (endDay > day && _t.IsSymbol(k, ',')) k++;
        if (!_t.Is(k, "and") || !_t.SameLine(k + 1) || !Day(k + 1, out var final, out var finalLast) || final != endDay + 1) return false;
        (endDay, last) = (final, finalLast);
        return true;
    }

    // "August last year", "15 May of next year": words that give a year-less date its year. After a comma they may
    // start another phrase ("in March, last year's accord"), so they must follow the date directly.
    private bool RelativeYearAfter(int i, out int offset, out int last)
    {
        (offset, last) = (0, i);
        var k = _t.Is(i, "of") ? i + 1 : i;
        // "in May the year before" counts from another year than the reference's.
        return !_t.Is(k, "the") && _t.SameLine(k) && TryRelativeYearWords(k, out offset, out last);
    }

    /// <summary>Completes a month/day pattern ending at token last with a year from the text or the reference.</summary>
    private bool Finish(int first, int month, int day, int endMonth, int endDay, int last, out Found found)
    {
        found = default;
        var relative = false;
        int year;
        if (YearAfter(last + 1, out var written, out var yearLast) && _t.SameLine(last + 1))
        {
            year = written;
            last = yearLast;
        }
        else if (_reference is { } anchor && RelativeYearAfter(last + 1, out var offset, out var offsetLast))
        {
            year = anchor.Year + offset;
            last = offsetLast;
            relative = true;
        }
        else
        {
            if (_reference is not { } reference) return false;
            var occurrence = _t.Is(first - 1, "last") ? Occurrence.Previous
                : _t.Is(first - 1, "next") ? Occurrence.Next
                : _t.Is(first - 1, "this") ? Occurrence.Same
                : Occurrence.ByTense;
            if (ReferenceResolver.YearFor(month, day, reference, _tense, occurrence) is not { } resolved) return false;
            year = resolved;
            relative = true;
        }
        // A range that runs past December ("Dec 28 – Jan 3") ends in the following year; a written year belongs to the end.
        var wraps = endMonth < month;
        var startYear = wraps && !relative ? year - 1 : year;
        var endYear = wraps && relative ? year + 1 : year;
        if (!IsoDate.TryCreate(startYear, month, day, out var from) || !IsoDate.TryCreate(endYear, endMonth, endDay, out var to))
            return false;
        found = new Found(first, last, from, to, relative);
        return true;
    }

    // "2024", "2016–2018", "(2023–2027)", "2021-25", "from 2016 to 2018", "between 2016 and 2018".
    private bool TryYears(int i, out Found found)
    {
        found = default;
        if (TryFiscalYear(i, out found)) return true;
        if (!IsStandaloneYear(i, out var year)) return false;
        var last = i;
        var endYear = year;
        if (Connector(i + 1, i) && _t.IsDigits(i + 2))
        {
            var span = _t.Span(i + 2);
            if (span.Length == 4 && Year(i + 2, out var second) && second > year)
                (endYear, last) = (second, i + 2);
            else if (span.Length == 2 && _t.IsDash(i + 1) && !(_t.Glued(i + 3) && _t.IsDigits(i + 4)))
            {
                var shortYear = year - year % 100 + int.Parse(span);
                if (shortYear > year) (endYear, last) = (shortYear, i + 2);
            }
        }
        found = new Found(i, last, IsoDate.OfYear(year), IsoDate.OfYear(endYear), false);
        return true;
    }

    // "2023/24", "2023/2024", "FY2023-24": a fiscal or school year across two calendar years.
    private bool TryFiscalYear(int i, out Found found)
    {
        found = default;
        // After "FY" a dash joins the two years too: "FY2023-24".
        var fiscalPrefix = _t.Is(i - 1, "FY");
        if (!Year(i, out var year) || !(_t.IsSymbol(i + 1, '/') || (fiscalPrefix && _t.IsDash(i + 1))) || !_t.Glued(i + 1) || !_t.IsDigits(i + 2)
            || !_t.Glued(i + 2) || (_t.IsWord(i - 1) && _t.Glued(i) && !fiscalPrefix)
            || (_t.Glued(i + 3) && (_t.IsDigits(i + 4) || _t.IsSymbol(i + 3, '/'))))
            return false;
        // Only two or four digits make the second year; a longer run is a number and may not fit an int.
        var length = _t[i + 2].Length;
        if (length is not (2 or 4)) return false;
        var second = int.Parse(_t.Span(i + 2));
        var endYear = length == 2 ? year - year % 100 + second : second;
        if (endYear != year + 1) return false;
        found = new Found(i, i + 2, IsoDate.OfYear(year), IsoDate.OfYear(endYear), false);
        return true;
    }

    /// <summary>A four-digit year standing on its own: not an amount, a count, a code or part of a phone number.</summary>
    private bool IsStandaloneYear(int i, out int year)
    {
        year = 0;
        if (!Year(i, out year) || !NumeralParser.TryParse(_t, i, out var number) || !YearShape.IsYear(_t, number)) return false;
        if (NumeralContext.IsNamePart(_t, i) && !IsTimePrefix(i)) return false;
        if (PhoneNumbers.TryMatch(_t, i, out _)) return false;
        // "$2024", "USD 2024".
        if (Currencies.TryPrefix(_t, i - 1, out _, out var next) && next == i) return false;
        return !(Currencies.TryPrefix(_t, i - 2, out _, out next) && next == i);
    }

    // "mid-2024", "early-2025", "end-2023".
    private bool IsTimePrefix(int i) =>
        _t.IsDash(i - 1) && _t.Glued(i) && (_t.Is(i - 2, "mid") || _t.Is(i - 2, "early") || _t.Is(i - 2, "late") || _t.Is(i - 2, "end"));

    private bool GluedDash(int i) => _t.IsDash(i) && _t.Glued(i) && _t.Glued(i + 1);
}
