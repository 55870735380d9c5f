namespace Entente.Core.Cleaning.Stages;

/// <summary>Drops a block that repeats an earlier one word for word (teasers and pull quotes printed twice).</summary>
public sealed class DuplicateBlockStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (draft.Title is not null) seen.Add(Key(draft.Title));
        draft.Blocks.RemoveAll(b => !seen.Add(Key(b.Text)));
    }

    private static string Key(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
