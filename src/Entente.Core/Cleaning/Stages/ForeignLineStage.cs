namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Drops lines in another language than the article's (an English article is assumed unless metadata
/// says otherwise, or most of the article is in another language).
/// </summary>
public sealed class ForeignLineStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        if (draft.Language is { } language && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return;
        // Each block is judged once, for both questions.
        var texts = draft.Blocks.ConvertAll(b => b.Text);
        var foreign = texts.ConvertAll(LanguageGuess.IsForeign);
        if (LanguageGuess.IsMostlyForeign(texts, i => foreign[i])) return;
        var kept = 0;
        for (var i = 0; i < foreign.Count; i++)
            if (!foreign[i]) draft.Blocks[kept++] = draft.Blocks[i];
        draft.Blocks.RemoveRange(kept, draft.Blocks.Count - kept);
    }
}
