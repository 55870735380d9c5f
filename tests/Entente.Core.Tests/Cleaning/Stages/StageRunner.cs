using Entente.Core.Cleaning;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Tests.Cleaning.Stages;

/// <summary>Runs one cleaning stage over paragraphs, as if they were an article's blocks, and returns what is left.</summary>
internal static class StageRunner
{
    public static List<string> Run(ICleaningStage stage, params string[] paragraphs)
    {
        var text = string.Join("\n\n", paragraphs);
        var blocks = new List<Block>();
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            blocks.Add(new Block(MappedText.Verbatim(text, at, paragraph.Length)));
            at += paragraph.Length + 2;
        }
        var draft = new ArticleDraft { Document = new SourceDocument("test.txt", text, []), Blocks = blocks };
        stage.Apply(draft, new CleaningContext());
        return draft.Blocks.Select(b => b.Text).ToList();
    }
}
