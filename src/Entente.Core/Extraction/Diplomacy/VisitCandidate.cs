using Entente.Core.Domain;
using Entente.Core.Extraction.Time;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>One sentence's reading of a visit, before the readings of the same trip are merged.</summary>
internal sealed record VisitCandidate(Official Visitor, string From, string To, IsoDate Start, IsoDate End, string? Kind, List<Place> Places, Evidence Evidence)
{
    public bool Overlaps(VisitCandidate other) =>
        From == other.From && To == other.To
        && (Visitor.Name is null || other.Visitor.Name is null || Visitor.Name == other.Visitor.Name)
        && Start.FirstDay <= other.End.LastDay && other.Start.FirstDay <= End.LastDay;

    /// <summary>How much the reading pins down: a day beats a month, a span beats a single date, a name beats an office.</summary>
    public int Precision => (int)Start.Precision * 4 + (End != Start ? 2 : 0) + (Visitor.Name is null ? 0 : 1);
}
