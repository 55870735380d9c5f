namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Drops a layout separator the scrape left after a paragraph's last sentence ("… and Malta. |"):
/// a bar or arrow standing alone after closing punctuation belongs to the page, not the prose.
/// </summary>
public sealed class TrailingSeparatorStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        for (var i = 0; i < draft.Blocks.Count; i++)
        {
            var block = draft.Blocks[i];
            var keep = KeptLength(block.Text);
            if (keep < block.Text.Length) draft.Blocks[i] = block with { Content = block.Content.Slice(0, keep) };
        }
    }

    /// <summary>Length of the paragraph without a trailing " |", " »" or " >" after a sentence's end.</summary>
    public static int KeptLength(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '|' or '»' or '>' or '›' or ' ') end--;
        if (end == text.Length || end == 0 || text[end] != ' ') return text.Length;
        return text[end - 1] is '.' or '!' or '?' or '"' or '”' or ')' ? end : text.Length;
    }
}
