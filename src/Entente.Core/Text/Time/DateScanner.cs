using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// One left-to-right pass over the tokens of a text, trying the date patterns at each token;
/// every pattern looks ahead a bounded number of tokens, so the pass is linear.
/// </summary>
internal sealed partial class DateScanner
{
    private readonly TokenList _t;
    private readonly IsoDate? _reference;
    private readonly Tense _tense;

    // The last single day the tokens told so far, which "the next day" counts from; before the first, the one the text
    // told before the tokens, asked for only when a sentence needs it.
    private DateMention? _lastDay;
    private readonly Func<DateMention?>? _dayBefore;

    public DateScanner(TokenList tokens, IsoDate? reference, Tense tense, Func<DateMention?>? dayBefore = null)
    {
        _t = tokens;
        _reference = reference;
        _tense = tense;
        _dayBefore = dayBefore;
    }

    /// <summary>A date pattern matched on tokens First..Last.</summary>
    private readonly record struct Found(int First, int Last, IsoDate From, IsoDate To, bool Relative);

    public List<DateMention> Scan()
    {
        var mentions = new List<DateMention>();
        var i = 0;
        while (i < _t.Count)
        {
            if (CanStart(i) && TryAt(i, out var found))
            {
                var mention = new DateMention(_t[found.First].Start, _t[found.Last].End, found.From, found.To, found.Relative);
                mentions.Add(mention);
                if (mention.IsSingleDay) _lastDay = mention;
                i = found.Last + 1;
            }
            else i++;
        }
        return mentions;
    }

    private bool TryAt(int i, out Found found) =>
        TryIsoDate(i, out found) || TryNumericDate(i, out found) || TryWeekday(i, out found)
        || TryMonthFirst(i, out found) || TryDayFirst(i, out found) || TryPartOfYear(i, out found)
        || TryRelative(i, out found) || TryYears(i, out found);

    // Every pattern begins at digits (a day, a year, a numeric date), at a month or weekday name, at a number word
    // (a spelled count) or at a lead word: most tokens of a text are none of these, and the eight patterns are not tried
    // there (a field read instead of eight failed starts).
    private bool CanStart(int i) =>
        _t.IsDigits(i) || _t.IsAny(i, WordClass.Month | WordClass.Weekday | WordClass.NumberWord | WordClass.DateLead);

    /// <summary>A capitalised month name or abbreviation at token i; last is its final token (an abbreviation's point).</summary>
    private int Month(int i, out int last)
    {
        last = i;
        if (!_t.IsAny(i, WordClass.Month) || !char.IsUpper(_t.Text[_t[i].Start])) return 0;
        var month = CalendarWords.Month(_t.Lower(i));
        if (month == 0) return 0;
        // An abbreviation keeps its point ("Nov."); after a full name the point ends the sentence.
        if (_t.IsSymbol(i + 1, '.') && _t.Glued(i + 1) && !CalendarWords.IsFullMonthName(_t.Lower(i))) last = i + 1;
        return month;
    }

    /// <summary>A day of the month at token i: 1..31, maybe with an ordinal suffix ("21st").</summary>
    private bool Day(int i, out int day, out int last)
    {
        day = 0;
        last = i;
        if (!_t.IsDigits(i) || _t[i].Length > 2) return false;
        day = int.Parse(_t.Span(i));
        if (day is < 1 or > 31) return false;
        if (_t.IsWord(i + 1) && _t.Glued(i + 1) && NumberWords.OrdinalSuffixes.Contains(_t.Lower(i + 1))) last = i + 1;
        var after = last + 1;
        // "11:30", "11.5", "11%" are not days.
        if (_t.Glued(after) && (_t.IsSymbol(after, ':') || _t.IsSymbol(after, '%') || (_t.IsSymbol(after, '.') && _t.IsDigits(after + 1) && _t.Glued(after + 1))))
            return false;
        // "22,000" is a number, but "22,1994" is a day and its year with the space left out: a thousands
        // group has three digits, so four glued digits that make a year cannot continue the number.
        return !(_t.IsSymbol(after, ',') && _t.Glued(after) && _t.IsDigits(after + 1) && _t.Glued(after + 1) && !Year(after + 1, out _));
    }

    /// <summary>A four-digit year at token i in a position where a year is expected (after a month, "of").</summary>
    private bool Year(int i, out int year)
    {
        year = 0;
        if (!_t.IsDigits(i) || _t[i].Length != 4) return false;
        year = int.Parse(_t.Span(i));
        if (year is < 1800 or > 2100) return false;
        // "2024,5" and "2024.5" are numbers, not years.
        var after = i + 1;
        return !(_t.Glued(after) && (_t.IsSymbol(after, ',') || _t.IsSymbol(after, '.')) && _t.IsDigits(after + 1) && _t.Glued(after + 1));
    }

    /// <summary>A year after an optional comma at token i; last is the year token.</summary>
    private bool YearAfter(int i, out int year, out int last)
    {
        last = _t.IsSymbol(i, ',') ? i + 1 : i;
        year = 0;
        return _t.SameLine(last) && Year(last, out year);
    }

    /// <summary>A range connector at token i: a dash, "to", "until", "through", or "and" after "between".</summary>
    private bool Connector(int i, int patternStart) =>
        _t.SameLine(i) && _t.SameLine(i + 1)
        && (_t.IsDash(i) || _t.Is(i, "to") || _t.Is(i, "until") || _t.Is(i, "through") || _t.Is(i, "till")
            || (_t.Is(i, "and") && _t.Is(patternStart - 1, "between")));
}
