using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// Dates given relative to the publication date: "last year", "this month", "yesterday",
/// "two years ago", "on Tuesday". All need a reference; without one they are not reported.
/// </summary>
internal sealed partial class DateScanner
{
    private bool TryRelative(int i, out Found found)
    {
        found = default;
        if (TrySiblingDay(i, out found)) return true;
        if (_reference is not { } reference || !_t.IsWord(i)) return false;
        IsoDate? date = _t.Lower(i) switch
        {
            "yesterday" => ReferenceResolver.ShiftDays(reference, -1),
            "today" => ReferenceResolver.ShiftDays(reference, 0),
            "tomorrow" => ReferenceResolver.ShiftDays(reference, 1),
            _ => null,
        };
        var last = i;
        // A reference near the calendar's ends ("last year" told in year 1) names no year.
        if (date is null && TryRelativeYearWords(i, out var years, out last) && !_t.Is(i, "the") && reference.Year + years is >= 1 and <= 9999)
            date = IsoDate.OfYear(reference.Year + years);
        else if (date is null && _t.Is(i + 1, "month") && MonthOffset(i) is { } months)
        {
            date = ReferenceResolver.ShiftMonths(reference, months);
            last = i + 1;
        }
        else if (date is null && NumeralParser.TryParse(_t, i, out var count) && !count.Ordinal && count.Value is >= 1 and <= 100
                 && (_t.Is(count.Last + 1, "years") || _t.Is(count.Last + 1, "year")) && _t.Is(count.Last + 2, "ago") && reference.Year - (int)count.Value >= 1)
        {
            date = IsoDate.OfYear(reference.Year - (int)count.Value);
            last = count.Last + 2;
        }
        if (date is not { } value) return false;
        found = new Found(i, last, value, value, true);
        return true;
    }

    // "met on 6 May … the next day", "arrived on Friday and, the same day, met": a day told by the last single day
    // before it, in its sentence or the one before; with none, it dates nothing.
    private bool TrySiblingDay(int i, out Found found)
    {
        found = default;
        if (!_t.Is(i - 1, "the") || !_t.Is(i + 1, "day") || !_t.IsWord(i)) return false;
        int? shift = _t.Lower(i) switch
        {
            "same" => 0,
            "next" or "following" => 1,
            "previous" => -1,
            _ => null,
        };
        if (shift is not { } days || (_lastDay ?? _dayBefore?.Invoke()) is not { } anchor) return false;
        // Counted from a day the text wrote, the day is as written as that one.
        var date = ReferenceResolver.ShiftDays(anchor.From, days);
        found = new Found(i - 1, i + 1, date, date, anchor.Relative);
        return true;
    }

    private int? MonthOffset(int i) => _t.Lower(i) switch
    {
        "last" or "previous" or "past" => -1,
        "this" or "current" => 0,
        "next" or "coming" => 1,
        _ => null,
    };

    // "was chaired Monday", "arrived on Sunday": a verb in the past right before the weekday dates it in the past,
    // whatever plan or goal the sentence speaks of elsewhere.
    private bool SaysPast(int i)
    {
        var verb = _t.Is(i - 1, "on") ? i - 2 : i - 1;
        if (!_t.IsWord(verb)) return false;
        var word = _t.Lower(verb);
        return word is "was" or "were" or "had" or "did" or "met" or "held" or "took" or "said" or "told" or "began" or "came" or "went"
            or "left" or "paid" or "made" or "gave" or "spoke" or "signed" or "visited"
            || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !_t.IsAny(verb, WordClass.FutureMarker)
                && !(_t.IsWord(verb - 1) && _t.Lower(verb - 1) is "be" or "been" or "is" or "are" or "will" or "to" or "being"));
    }

    // "on Tuesday", "last Friday", "Tuesday, May 13, 2025" (the written date wins).
    private bool TryWeekday(int i, out Found found)
    {
        found = default;
        var modifier = _t.Is(i, "last") ? Occurrence.Previous : _t.Is(i, "next") ? Occurrence.Next : Occurrence.ByTense;
        var at = modifier == Occurrence.ByTense ? i : i + 1;
        if (!_t.IsAny(at, WordClass.Weekday) || !char.IsUpper(_t.Text[_t[at].Start]) || !CalendarWords.TryWeekday(_t.Lower(at), out var weekday))
            return false;
        var next = _t.IsSymbol(at + 1, ',') ? at + 2 : at + 1;
        if (TryMonthFirst(next, out var written) || TryDayFirst(next, out written))
        {
            found = written with { First = i };
            return true;
        }
        if (_reference is not { } reference) return false;
        var date = ReferenceResolver.Weekday(weekday, reference, SaysPast(i) ? Tense.Unknown : _tense, modifier);
        found = new Found(i, at, date, date, true);
        return true;
    }
}
