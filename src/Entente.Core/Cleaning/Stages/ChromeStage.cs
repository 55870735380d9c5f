using Entente.Core.Ingest;

namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Drops chrome lines, and from the heading of a "Related"/"Most read" list onwards everything that
/// follows (the teaser headlines and summaries of other stories).
/// </summary>
public sealed class ChromeStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        var kept = new List<Block>(draft.Blocks.Count);
        foreach (var block in draft.Blocks)
        {
            var kind = ChromeClassifier.Classify(block.Text);
            if (kind == ChromeKind.ListHeading && kept.Count > 0) break;
            if (kind == ChromeKind.DateLine) draft.StatedDate ??= StatedDates.Parse(block.Text);
            if (kind == ChromeKind.None) kept.Add(block);
        }
        draft.Blocks = kept;
    }
}
