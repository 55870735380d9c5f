using Entente.Core.Text.Numbers;
using Entente.Core.Text.Time;

namespace Entente.Core.Text;

/// <summary>
/// The word sets the number, money and date readers ask about at nearly every token. The spelling table
/// (<see cref="Spellings"/>) finds a spelling's classes once, when it makes the spelling, and every token of that
/// spelling carries them (<see cref="Token.Classes"/>), so a reader reads a field instead of hashing the word against
/// a set at each token. Each class is defined by its set, which stays with its reader; this only caches the answer.
/// </summary>
[Flags]
public enum WordClass : ushort
{
    None = 0,

    /// <summary>A number word worth less than a hundred (<see cref="NumberWords.Small"/>).</summary>
    NumberWord = 1 << 0,

    /// <summary>A scale word ("million", <see cref="NumberWords.Scales"/>).</summary>
    Scale = 1 << 1,

    /// <summary>A multiplier ("doubled", <see cref="NumberWords.Multipliers"/>).</summary>
    Multiplier = 1 << 2,

    /// <summary>The first word of an approximation ("nearly", "more than", <see cref="Approximations"/>).</summary>
    ApproximationStart = 1 << 3,

    /// <summary>A month name or abbreviation (<see cref="CalendarWords.Month"/>).</summary>
    Month = 1 << 4,

    /// <summary>A weekday name (<see cref="CalendarWords.TryWeekday"/>).</summary>
    Weekday = 1 << 5,

    /// <summary>A word that puts what follows in the future (<see cref="TenseGuesser.FutureMarkers"/>).</summary>
    FutureMarker = 1 << 6,

    /// <summary>A participle of a passive founding verb ("established", <see cref="FoundingClauses"/>).</summary>
    FoundingParticiple = 1 << 7,

    /// <summary>A word other than a month, weekday or number word that a date can begin with (<see cref="DateScanner.LeadWords"/>).</summary>
    DateLead = 1 << 8,
}

internal static class WordClasses
{
    // The lower-case words of the sets matched exactly (each set's own ordinal look-up), gathered once from the sets
    // so that a new spelling costs one look-up for all of them.
    private static readonly Dictionary<string, WordClass> ByLowerWord = Gather(
        (WordClass.NumberWord, NumberWords.Small.Keys),
        (WordClass.Scale, NumberWords.Scales.Keys),
        (WordClass.Multiplier, NumberWords.Multipliers.Keys),
        (WordClass.Month, CalendarWords.MonthWords),
        (WordClass.Weekday, CalendarWords.WeekdayWords),
        (WordClass.FutureMarker, TenseGuesser.FutureMarkers),
        (WordClass.FoundingParticiple, FoundingClauses.Participles));

    /// <summary>The classes of a spelling, from its written and its lower-case form.</summary>
    public static WordClass Of(string written, string lower)
    {
        var classes = ByLowerWord.GetValueOrDefault(lower);
        // The approximations are matched ignoring case on the word as written.
        if (Approximations.StartsPhrase(written)) classes |= WordClass.ApproximationStart;
        // The date patterns match their lead words ignoring case on the written word or exactly on the lower-case one.
        if (DateScanner.LeadWords.Contains(written) || DateScanner.LeadWords.Contains(lower)) classes |= WordClass.DateLead;
        return classes;
    }

    private static Dictionary<string, WordClass> Gather(params (WordClass Class, IEnumerable<string> Words)[] sets)
    {
        var byWord = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var (wordClass, words) in sets)
            foreach (var word in words)
                byWord[word] = byWord.GetValueOrDefault(word) | wordClass;
        return byWord;
    }
}
