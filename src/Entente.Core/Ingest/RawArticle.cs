namespace Entente.Core.Ingest;

/// <summary>
/// What a reader hands to cleaning: the blocks of one article (or of a whole plain-text file,
/// which cleaning may split into several articles) and any metadata the format carried.
/// </summary>
public sealed class RawArticle
{
    public required SourceDocument Document { get; init; }
    /// <summary>The blocks in reading order; a reader may make them as they are enumerated (each enumeration reads them anew).</summary>
    public required IEnumerable<Block> Blocks { get; init; }

    /// <summary>Raw span in the input that this article covers.</summary>
    public int Start { get; init; }
    public int End { get; init; }

    /// <summary>Title from metadata (HTML title/og:title, JSON "title"); null when the format has none.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date from metadata, already ISO 8601 at its precision.</summary>
    public string? Published { get; init; }

    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Language { get; init; }

    /// <summary>What part of a page this is: null for the story, "comments" for readers' comments kept apart from it.</summary>
    public string? Part { get; init; }

    /// <summary>True when the blocks may hold several articles (plain text), so boundaries must be found.</summary>
    public bool MayHoldSeveralArticles { get; init; }
}
