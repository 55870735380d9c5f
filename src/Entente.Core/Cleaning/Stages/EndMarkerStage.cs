using Entente.Core.Ingest;

namespace Entente.Core.Cleaning.Stages;

/// <summary>Removes agency end markers ("./.", "Enditem", "(END)") from the ends of blocks.</summary>
public sealed class EndMarkerStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        for (var i = draft.Blocks.Count - 1; i >= 0; i--)
        {
            var block = draft.Blocks[i];
            var marker = EndMarkers.MarkerLength(block.Text);
            if (marker == 0) continue;
            var kept = block.Content.Slice(0, block.Content.Length - marker).Trim();
            // "said../." is the sentence's full stop and the marker's: keep one stop, not an ellipsis.
            if (kept.Text.EndsWith("..", StringComparison.Ordinal) && !kept.Text.EndsWith("...", StringComparison.Ordinal))
                kept = kept.Slice(0, kept.Length - 1);
            if (kept.Length == 0) draft.Blocks.RemoveAt(i);
            else draft.Blocks[i] = block with { Content = kept };
        }
    }
}
