using Entente.Core.Text.Numbers;

namespace Entente.Core.Text.Time;

/// <summary>
/// Finds dates and periods in text at the precision the text gives. Year-less and relative
/// expressions are resolved against a reference (the publication date, at any precision) and
/// flagged Relative; without a reference they are left out. The tense hint picks the previous
/// or next occurrence of a year-less month, day or weekday.
/// </summary>
public static class DateReader
{
    /// <summary>Non-overlapping date mentions in text, in order.</summary>
    public static IReadOnlyList<DateMention> Read(string text, IsoDate? reference = null, Tense tense = Tense.Unknown) =>
        new DateScanner(TokenList.Of(text), reference, tense).Scan();

    /// <summary>
    /// Non-overlapping date mentions in tokens already made, in order; dayBefore gives the last single day the text told
    /// before them, from which "the next day" counts when the tokens name no day of their own before it.
    /// </summary>
    internal static IReadOnlyList<DateMention> Read(TokenList tokens, IsoDate? reference = null, Tense tense = Tense.Unknown, Func<DateMention?>? dayBefore = null) =>
        new DateScanner(tokens, reference, tense, dayBefore).Scan();
}
