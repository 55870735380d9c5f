namespace Entente.Core.Cleaning.Stages;

/// <summary>Cuts a date stamp run into the start of a paragraph and keeps its date as the stated date.</summary>
public sealed class StampPrefixStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        for (var i = 0; i < draft.Blocks.Count; i++)
        {
            var block = draft.Blocks[i];
            var length = StampPrefix.Length(block.Text);
            if (length == 0) continue;
            draft.StatedDate ??= StatedDates.Parse(block.Text[..length]);
            draft.Blocks[i] = block with { Content = block.Content.Slice(length, block.Content.Length - length) };
        }
    }
}
