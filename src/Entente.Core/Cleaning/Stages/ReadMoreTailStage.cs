namespace Entente.Core.Cleaning.Stages;

/// <summary>Cuts "Read full story" link words closing a teaser paragraph after its ellipsis.</summary>
public sealed class ReadMoreTailStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        for (var i = 0; i < draft.Blocks.Count; i++)
        {
            var block = draft.Blocks[i];
            var keep = ReadMoreTail.KeptLength(block.Text);
            if (keep < block.Text.Length) draft.Blocks[i] = block with { Content = block.Content.Slice(0, keep) };
        }
    }
}
