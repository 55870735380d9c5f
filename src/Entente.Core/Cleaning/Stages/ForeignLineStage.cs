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
        if (LanguageGuess.IsMostlyForeign(draft.Blocks.Select(b => b.Text))) return;
        draft.Blocks.RemoveAll(b => LanguageGuess.IsForeign(b.Text));
    }
}
