using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Cleaning.Stages;

/// <summary>Collapses runs of white space inside a block to one space and drops invisible characters (zero-width, soft hyphen, BOM).</summary>
public sealed class WhitespaceStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        for (var i = 0; i < draft.Blocks.Count; i++)
            draft.Blocks[i] = draft.Blocks[i] with { Content = Collapse(draft.Blocks[i].Content) };
        draft.Blocks.RemoveAll(b => b.Content.Length == 0);
    }

    public static MappedText Collapse(MappedText text)
    {
        var builder = new MappedTextBuilder(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text.Text[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            if (char.IsWhiteSpace(c))
            {
                if (pendingSpace < 0) pendingSpace = text.RawIndex[i];
                continue;
            }
            if (pendingSpace >= 0 && builder.Length > 0) builder.Append(' ', pendingSpace);
            pendingSpace = -1;
            builder.Append(c, text.RawIndex[i]);
        }
        return builder.Build();
    }
}
