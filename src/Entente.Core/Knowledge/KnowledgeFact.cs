using System.Text.Json.Serialization;
using Entente.Core.Domain;

namespace Entente.Core.Knowledge;

/// <summary>A reconciled fact: one real-world fact with every source that states it, and the facts that disagree with it.</summary>
public sealed record KnowledgeFact(long Id, Fact Fact, IReadOnlyList<FactSource> Sources, IReadOnlyList<long> Conflicts, IReadOnlyList<string> Pairs)
{
    /// <summary>The date the fact is about: its event date or period start, else its earliest source's publication date.</summary>
    public string? Date => FactDates.Primary(Fact) ?? FirstPublished;

    /// <summary>When the fact was first reported: the earliest publication date of its sources.</summary>
    public string? FirstPublished => Sources.Select(s => s.Published).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>When the fact was last reported.</summary>
    public string? LastPublished => Sources.Select(s => s.Published).OfType<string>().Order(StringComparer.Ordinal).LastOrDefault();

    /// <summary>How many more sources state the fact than were read (a query may read only the first few).</summary>
    public int MoreSources { get; init; }

    /// <summary>"accepted" or "edited" when a reviewer confirmed or corrected the fact; null otherwise.</summary>
    public string? Review { get; init; }
}

/// <summary>
/// One statement of a fact: the article and input it came from, when it was published, and the exact quote. Written as
/// JSON (a knowledge-base fact's sources), it is these fields in this order; where the article came from and its pairs
/// are read in the workspace and briefs only.
/// </summary>
public sealed record FactSource(string Source, long Article, string? Outlet, string? Published, string? Title, string Quote, int Start, int End)
{
    /// <summary>The article's address, where the input gave one.</summary>
    [JsonIgnore]
    public string? Url { get; init; }

    /// <summary>The pairs the article is about ("BY-VN"); a brief lists only the sources about its own pair.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> ArticlePairs { get; init; } = [];
}
