using Entente.Core.Cleaning.Stages;
using Entente.Core.Text.Time;
using Entente.Core.Ingest;
using Entente.Core.Ingest.Html;
using Entente.Core.Ingest.JsonLines;
using Entente.Core.Ingest.PlainText;

namespace Entente.Core.Cleaning;

/// <summary>
/// Assembles an <see cref="ArticlePipeline"/> from readers and cleaning stages, in the manner of
/// Markdig's pipeline builder: start from the defaults, then add, insert or remove pieces.
/// </summary>
public sealed class ArticlePipelineBuilder
{
    public List<IDocumentReader> Readers { get; } = [];
    public List<ICleaningStage> Stages { get; } = [];

    /// <summary>The readers for HTML, JSON Lines and plain text, and every cleaning stage in its usual order.</summary>
    public ArticlePipelineBuilder UseDefaults()
    {
        Readers.AddRange([new HtmlReader(), new JsonLinesReader(), new PlainTextReader()]);
        Stages.AddRange(
        [
            new EndMarkerStage(),
            new ChromeStage(),
            new StampPrefixStage(),
            new ForeignLineStage(),
            new TitleStage(),
            new DuplicateBlockStage(),
            new WhitespaceStage(),
            new TrailingSeparatorStage(),
            new ReadMoreTailStage(),
            new GlueSplitStage(WordSplitter.Shared),
            new PublishedStage((tokens, notAfter, amountsAt) => PublishedYearInference.EarliestYear(tokens, notAfter, amountsAt)),
        ]);
        return this;
    }

    /// <summary>Reads the readers' comments of HTML pages too, each page's as one more article with part "comments".</summary>
    public ArticlePipelineBuilder KeepComments()
    {
        var at = Readers.FindIndex(r => r is HtmlReader);
        if (at >= 0) Readers[at] = new HtmlReader { KeepComments = true };
        return this;
    }

    public ArticlePipeline Build()
    {
        if (Readers.Count == 0) throw new InvalidOperationException("An article pipeline needs at least one reader.");
        return new ArticlePipeline([.. Readers], [.. Stages]);
    }
}
