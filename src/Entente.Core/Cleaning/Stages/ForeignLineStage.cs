namespace Entente.Core.Cleaning.Stages;

/// <summary>Drops lines in another language than the article's (an English article is assumed unless metadata says otherwise).</summary>
public sealed class ForeignLineStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        if (draft.Language is { } language && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return;
        draft.Blocks.RemoveAll(b => LanguageGuess.IsForeign(b.Text));
    }
}
