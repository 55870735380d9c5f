using Entente.Core.Domain;

namespace Entente.Core.Text.Time;

/// <summary>
/// A date or period found in text[Start, End): From..To inclusive (equal for a single day, month
/// or year). Relative is true when the value came from the reference date ("last year",
/// "in September", "on Tuesday") rather than from the text alone.
/// </summary>
public readonly record struct DateMention(int Start, int End, IsoDate From, IsoDate To, bool Relative)
{
    public bool IsPeriod => From != To;

    /// <summary>One day, not a span of days nor a month or year.</summary>
    public bool IsSingleDay => !IsPeriod && From.Precision == DatePrecision.Day;

    public Period ToPeriod() => new(From.ToString(), To.ToString());
}
