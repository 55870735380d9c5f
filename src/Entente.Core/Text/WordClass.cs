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
}

internal static class WordClasses
{
    /// <summary>The classes of a spelling, from its written and its lower-case form, each asked of its own set.</summary>
    public static WordClass Of(string written, string lower)
    {
        var classes = WordClass.None;
        if (NumberWords.Small.ContainsKey(lower)) classes |= WordClass.NumberWord;
        if (NumberWords.Scales.ContainsKey(lower)) classes |= WordClass.Scale;
        if (NumberWords.Multipliers.ContainsKey(lower)) classes |= WordClass.Multiplier;
        if (Approximations.StartsPhrase(written)) classes |= WordClass.ApproximationStart;
        if (CalendarWords.Month(lower) != 0) classes |= WordClass.Month;
        if (CalendarWords.TryWeekday(lower, out _)) classes |= WordClass.Weekday;
        if (TenseGuesser.FutureMarkers.Contains(lower)) classes |= WordClass.FutureMarker;
        if (FoundingClauses.IsParticiple(lower)) classes |= WordClass.FoundingParticiple;
        return classes;
    }
}
