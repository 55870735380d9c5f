namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Finds the headline of an article without a metadata title: a short first line that does not end
/// a sentence and is followed by body text. A metadata title repeated as the first line is dropped.
/// </summary>
public sealed class TitleStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        if (draft.Blocks.Count == 0) return;
        var first = draft.Blocks[0].Text.Trim();
        if (draft.Title is not null)
        {
            if (Normalize(first) == Normalize(draft.Title)) draft.Blocks.RemoveAt(0);
            return;
        }
        if (draft.Blocks.Count > 1 && IsHeadline(first))
        {
            draft.Title = string.Join(' ', first.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            draft.Blocks.RemoveAt(0);
        }
    }

    public static bool IsHeadline(string line)
    {
        if (line.Length is < 8 or > 250) return false;
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 30) return false;
        if (!char.IsUpper(line[0]) && !char.IsDigit(line[0]) && line[0] is not ('"' or '“' or '‘' or '\'')) return false;
        var last = line[^1];
        if (last == '.' && !line.EndsWith("...", StringComparison.Ordinal)) return false;
        if (last is ',' or ';' or ':') return false;
        return StatedDates.Dateline(line) is null;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant().Replace('’', '\'');
}
