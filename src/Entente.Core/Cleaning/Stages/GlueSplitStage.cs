namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Puts back spaces the scrape lost ("all-roundcooperation", "almost151", "Thetwo"), using the
/// English lexicon and the article's own vocabulary so its names are not split. An article in
/// another language is left as it is: English words hide inside its words ("visita").
/// </summary>
public sealed class GlueSplitStage(WordSplitter splitter) : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        if (draft.Language is { } language && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return;
        if (LanguageGuess.IsMostlyForeign(draft.Blocks.Select(b => b.Text))) return;
        var vocabulary = WordSplitter.BuildVocabulary(string.Join('\n', draft.Blocks.Select(b => b.Text)));
        for (var i = 0; i < draft.Blocks.Count; i++)
        {
            var block = draft.Blocks[i];
            var splits = splitter.FindSplits(block.Text, vocabulary);
            if (splits.Count > 0) draft.Blocks[i] = block with { Content = block.Content.InsertSpaces(splits) };
        }
        if (draft.Title is { } title) draft.Title = splitter.Split(title, vocabulary);
    }
}
