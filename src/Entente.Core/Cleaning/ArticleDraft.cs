using Entente.Core.Ingest;

namespace Entente.Core.Cleaning;

/// <summary>An article on its way through the cleaning stages; stages edit it in place.</summary>
public sealed class ArticleDraft
{
    public required SourceDocument Document { get; init; }
    public required List<Block> Blocks { get; set; }
    public int Start { get; set; }
    public string? Title { get; set; }

    /// <summary>True when the title came from metadata, so the text needs no title line.</summary>
    public bool TitleFromMetadata { get; init; }

    public string? Published { get; set; }

    /// <summary>True when the publication year was inferred from the content, not read from metadata or a stated date.</summary>
    public bool PublishedInferred { get; set; }

    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Language { get; init; }
    public string? Part { get; init; }

    /// <summary>A date stated in the text itself (a "Published:" line or a dateline), used when metadata has none.</summary>
    public string? StatedDate { get; set; }

    /// <summary>A reading of the blocks joined as the article's text, when a stage made one (<see cref="Stages.PublishedStage"/>).</summary>
    internal Entente.Core.Text.TextReading? Reading { get; set; }

    /// <summary>True when the blocks may hold several articles, so boundaries must be looked for.</summary>
    public bool MayHoldSeveralArticles { get; init; }

    public static ArticleDraft From(RawArticle raw) => new()
    {
        Document = raw.Document,
        Blocks = [.. raw.Blocks],
        Start = raw.Start,
        Title = raw.Title,
        TitleFromMetadata = raw.Title is not null,
        Published = raw.Published,
        Url = raw.Url,
        Outlet = raw.Outlet,
        Language = raw.Language,
        Part = raw.Part,
        MayHoldSeveralArticles = raw.MayHoldSeveralArticles,
    };
}
