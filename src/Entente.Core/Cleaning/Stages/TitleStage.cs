namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Finds the headline of an article without a metadata title. The lines before the first body
/// paragraph form the page head (site name, section, "Press release", headline, a date line); the
/// headline is the last head line that reads like one, and the rest of the head is dropped. A
/// metadata title repeated as the first line is dropped.
/// </summary>
public sealed class TitleStage : ICleaningStage
{
    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        if (draft.Blocks.Count == 0) return;
        if (draft.Title is not null)
        {
            if (Normalize(draft.Blocks[0].Text) == Normalize(draft.Title)) draft.Blocks.RemoveAt(0);
            return;
        }
        var bodyStart = draft.Blocks.FindIndex(b => IsBodyParagraph(b.Text));
        if (bodyStart <= 0) return;

        var head = draft.Blocks.Take(bodyStart).Select(b => b.Text.Trim()).ToList();
        var title = BestHeadline(head, draft.Blocks.Skip(bodyStart).Take(3).Select(b => b.Text));
        if (title < 0) return;
        draft.Title = string.Join(' ', head[title].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var line in head)
            if (StatedDates.Parse(line) is { Length: 10 } date && line.Length < 60) draft.StatedDate ??= date;
        draft.Blocks.RemoveRange(0, bodyStart);
    }

    /// <summary>
    /// Among the head lines that read like headlines (four words or more where there are such), the
    /// one sharing the most words with the opening paragraphs: a headline sums up the lede, a masthead
    /// ("Ministry of Foreign Affairs") or a blog's name does not. Ties go to the later line.
    /// </summary>
    private static int BestHeadline(List<string> head, IEnumerable<string> opening)
    {
        var candidates = Enumerable.Range(0, head.Count).Where(i => IsHeadline(head[i]) && WordCount(head[i]) >= 4).ToList();
        if (candidates.Count == 0) candidates = Enumerable.Range(0, head.Count).Where(i => IsHeadline(head[i])).ToList();
        if (candidates.Count <= 1) return candidates.Count == 1 ? candidates[0] : -1;
        var body = ContentWords(string.Join(' ', opening));
        return candidates.OrderBy(i => ContentWords(head[i]).Count(body.Contains)).ThenBy(i => i).Last();
    }

    private static HashSet<string> ContentWords(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', ':', ';', '"', '\'', '’', '(', ')', '–', '-', '?', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w is not ("with" or "from" or "that" or "this" or "their" or "have" or "will" or "been" or "into" or "over"))
            .Select(w => w.TrimEnd('s'))
            .ToHashSet();

    /// <summary>A paragraph of prose: a long line, or a sentence of five words or more ending in a full stop or exclamation mark (a question is more often a headline).</summary>
    public static bool IsBodyParagraph(string text)
    {
        var words = WordCount(text);
        // Chinese and Japanese put no spaces between words: count their characters instead.
        var unspaced = UnspacedScriptLetters(text);
        if (words >= 25 || unspaced >= 40) return true;
        var trimmed = text.TrimEnd();
        return (words >= 5 || unspaced >= 10) && trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '"' or '”' or '。' or '！' or '」';
    }

    private static int UnspacedScriptLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF') count++;
        return count;
    }

    public static bool IsHeadline(string line)
    {
        if (line.Length is < 8 or > 250) return false;
        var words = WordCount(line);
        if (words is < 2 or > 30) return false;
        if (!char.IsUpper(line[0]) && !char.IsDigit(line[0]) && line[0] is not ('"' or '“' or '‘' or '\'')) return false;
        var last = line[^1];
        if (last == '.' && !line.EndsWith("...", StringComparison.Ordinal)) return false;
        if (last is ',' or ';' or ':') return false;
        if (line.Contains(" | ", StringComparison.Ordinal)) return false;
        return StatedDates.Dateline(line) is null && StatedDates.Parse(line) is not { Length: 10 };
    }

    /// <summary>The words between white space (as <c>Split(null, RemoveEmptyEntries)</c> counts them), counted without making them.</summary>
    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant().Replace('’', '\'');
}
