using Entente.Core.Domain;
using Entente.Core.Extraction.People;
using Entente.Core.Text.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>One sentence's reading of a visit, before the readings of the same trip are merged.</summary>
internal sealed record VisitCandidate(Official Visitor, string From, string To, IsoDate Start, IsoDate End, string? Kind, List<Place> Places, Evidence Evidence)
{
    /// <summary>The reading gives only the last day ("a visit lasting until March 6"): it completes another reading.</summary>
    public bool EndOnly { get; init; }

    /// <summary>
    /// The reading is dated only by the day the story was written on, the trip being under way then ("X is in Nairobi"): the
    /// trip may have begun days before, so a reading that dates it by those days tells the same trip.
    /// </summary>
    public bool Ongoing { get; init; }

    /// <summary>The reading's sentence gives no date: it is dated by the story's own date, and yields to any reading that is dated.</summary>
    public bool Undated { get; init; }

    /// <summary>How many days before the day of the story an ongoing trip may have begun (official trips last under a week).</summary>
    private const int OngoingReach = 7;

    private DateOnly EarliestStart => Ongoing ? Start.FirstDay.AddDays(-OngoingReach) : Start.FirstDay;

    public bool Overlaps(VisitCandidate other) =>
        From == other.From && To == other.To
        && (Visitor.Name is null || other.Visitor.Name is null || PersonNames.Same(Visitor.Name, other.Visitor.Name))
        && (EndOnly || other.EndOnly ? Ends(this, other) || Ends(other, this) : EarliestStart <= other.End.LastDay && other.EarliestStart <= End.LastDay);

    /// <summary>An end-only reading closes a trip that started at most a month before.</summary>
    private static bool Ends(VisitCandidate endOnly, VisitCandidate trip) =>
        endOnly.EndOnly && !trip.EndOnly && trip.Start.FirstDay <= endOnly.End.LastDay
        && endOnly.End.LastDay.DayNumber - trip.Start.FirstDay.DayNumber <= 31;

    /// <summary>
    /// How much the reading pins down: a day beats a month, a span beats a single date, a name beats an office. An ongoing
    /// reading ranks below another of the same day and name, which tells the trip's own first day.
    /// </summary>
    public int Precision => (EndOnly ? -100 : 0) + (int)Start.Precision * 4 + (End != Start ? 2 : 0) + (Visitor.Name is null ? 0 : 1) - (Ongoing ? 1 : 0);
}
