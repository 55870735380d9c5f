using Entente.Core.Ingest;

namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Drops chrome lines. The heading of a "Related"/"Most read" list or of a comment section in the
/// second half of an article, or after three paragraphs of body, ends it: everything after is other stories or readers' comments.
/// Earlier in the article, such a heading and the teaser headlines under it are dropped and the
/// article goes on; but the last plain line before the first body paragraph is the article's own
/// headline, not a teaser, when such a list opens the page.
/// </summary>
public sealed class ChromeStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        var kept = new List<Block>(draft.Blocks.Count);
        var kinds = draft.Blocks.Select(b => ChromeClassifier.Classify(b.Text)).ToList();
        var headline = HeadlineBeforeBody(draft.Blocks, kinds);
        var inTeasers = false;
        for (var i = 0; i < draft.Blocks.Count; i++)
        {
            var block = draft.Blocks[i];
            var kind = kinds[i];
            if (kind is ChromeKind.ListHeading or ChromeKind.Comments && (i * 2 >= draft.Blocks.Count || kept.Count(b => TitleStage.IsBodyParagraph(b.Text)) >= 3)) break;
            if (kind == ChromeKind.ListHeading)
            {
                inTeasers = true;
                continue;
            }
            if (inTeasers && kind == ChromeKind.None && !TitleStage.IsBodyParagraph(block.Text) && i != headline) continue;
            inTeasers = false;
            if (kind == ChromeKind.DateLine) draft.StatedDate ??= StatedDates.Parse(block.Text);
            // Bylines and source lines often carry the date too: "Source: Agency | 2024-02-06 19:44".
            else if (kind != ChromeKind.None && block.Text.Length <= 150 && StatedDates.Parse(block.Text) is { Length: 10 } day) draft.StatedDate ??= day;
            if (kind == ChromeKind.None) kept.Add(block);
        }
        draft.Blocks = kept;
    }

    /// <summary>The last plain headline-shaped block before the first body paragraph, or -1.</summary>
    private static int HeadlineBeforeBody(List<Block> blocks, List<ChromeKind> kinds)
    {
        var candidate = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (kinds[i] != ChromeKind.None) continue;
            if (TitleStage.IsBodyParagraph(blocks[i].Text)) return candidate;
            candidate = TitleStage.IsHeadline(blocks[i].Text.Trim()) ? i : -1;
        }
        return -1;
    }
}
