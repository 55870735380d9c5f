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

    /// <summary>
    /// The text's words joined by single spaces, in lower case: what <c>string.Split</c> at white space and a join would
    /// give, made in one pass without a string per word (a block of a text without line breaks can be megabytes long).
    /// </summary>
    private static string Key(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }
            if (space) chars[n++] = ' ';
            space = false;
            chars[n++] = c;
        }
        return new string(chars, 0, n).ToLowerInvariant();
    }
}
