namespace Entente.Core.Text.Time;

/// <summary>The words a date can begin with, so that the scan tries its patterns only there (<see cref="WordClass.DateLead"/>).</summary>
internal sealed partial class DateScanner
{
    /// <summary>
    /// The words other than month and weekday names and number words that a pattern can begin with: "last"/"next"
    /// before a weekday, a part of a year ("first quarter", "final three months", "H1", "Q3"), a date relative to the
    /// reference ("yesterday", "this month", "past year") or to a day told before ("the same day", "the following day")
    /// and "a"/"an" of a spelled count. Matched ignoring case (on the word as written and on its lower-case form), so that
    /// the set holds every word a pattern accepts at its start.
    /// </summary>
    internal static readonly HashSet<string> LeadWords = new(
        ["last", "next", "first", "second", "third", "fourth", "final", "h", "q", "yesterday", "today", "tomorrow",
         "this", "current", "previous", "past", "coming", "a", "an", "same", "following"],
        StringComparer.OrdinalIgnoreCase);
}
