using Entente.Core.Domain;
using Entente.Core.Text.Time;

namespace Entente.Core.Knowledge;

/// <summary>
/// Planned or held. A fact may say so itself (`"status": "planned"`); otherwise an event whose date is
/// after the publication of the article reporting it, or that its sentence speaks of in the future
/// ("will visit", "is scheduled to meet") without dating it before publication, was planned when reported.
/// </summary>
public static class FactStatus
{
    public const string Planned = "planned";

    /// <summary>The fact with its status set where the rules above find it planned.</summary>
    public static Fact Annotate(Fact fact, string? published)
    {
        if (fact.Status is not null || !CanBePlanned(fact)) return fact;
        var date = FactDates.Primary(fact);
        var after = date is not null && published is not null && After(date, published);
        var before = date is not null && published is not null && After(published, date);
        var future = fact.Evidence?.Quote is { } quote && TenseGuesser.Guess(quote) == Tense.Future;
        return after || (future && !before) ? fact with { Status = Planned } : fact;
    }

    public static bool IsPlanned(Fact fact) => fact.Status == Planned;

    private static bool CanBePlanned(Fact fact) => fact is Visit or Meeting or MechanismSession { SessionsHeld: null };

    /// <summary>True when date a is wholly after date b at the precision both have ("2025-10" is after "2025-09-30", "2025" is not after "2025-03").</summary>
    private static bool After(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a[..length], b[..length]) > 0;
    }
}
