namespace Entente.Core.Ingest.Html;

/// <summary>
/// Removes from the chosen content what is still not story: furniture, link lists, prompts,
/// repeats, the title heading, and headings left with nothing under them.
/// </summary>
internal static class BlockFilter
{
    private const double MaxLinkDensity = 0.5;

    public static List<TextBlock> Keep(ContentChoice choice, string? title)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<TextBlock>();
        var titleWords = title is null ? null : Normalize(title);
        var storyStarted = false;
        foreach (var block in choice.Blocks)
        {
            if (block.Furniture || block.LinkDensity > MaxLinkDensity) continue;
            if (block.Kind == BlockKind.ListItem && block.Container.ParentElement is { } list
                && choice.LinkDensity(list) > MaxLinkDensity) continue;
            if (BoilerplateLines.IsBoilerplate(block.Text)) continue;
            if (titleWords is not null && IsTitle(block.Text, titleWords)) continue; // set as a heading or in bold
            // Above the story, the headline may share a line with its section and date ("Economy | 14.05.2007 <br> Headline").
            if (titleWords is not null && !storyStarted && EndsWithTitle(block.Text, titleWords)) continue;
            if (!seen.Add(block.Text)) continue;
            // An h1 above the story is its headline, which the title already holds.
            if (block.HeadingLevel == 1 && !storyStarted) continue;
            storyStarted |= block.HeadingLevel == 0;
            kept.Add(block);
        }
        return DropEmptyHeadings(kept);
    }

    /// <summary>A heading is kept only when text (not another heading) follows it before a heading of its rank or higher.</summary>
    private static List<TextBlock> DropEmptyHeadings(List<TextBlock> blocks)
    {
        // Scan backwards so each heading knows what follows it.
        var keep = new bool[blocks.Count];
        var textFollowsAtLevel = new bool[7];
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var level = blocks[i].HeadingLevel;
            if (level == 0)
            {
                keep[i] = true;
                Array.Fill(textFollowsAtLevel, true);
                continue;
            }
            keep[i] = textFollowsAtLevel[level];
            // Text below this heading belongs to it, not to headings of its rank or lower above it.
            for (var l = level; l <= 6; l++) textFollowsAtLevel[l] = false;
        }
        return blocks.Where((_, i) => keep[i]).ToList();
    }

    private static bool IsTitle(string text, string titleWords) =>
        text.Length <= 2 * titleWords.Length + 20 && Normalize(text) == titleWords;

    private static bool EndsWithTitle(string text, string titleWords)
    {
        if (titleWords.Length < 15 || text.Length > 2 * titleWords.Length + 40) return false;
        var letters = Normalize(text);
        return letters.Length - titleWords.Length <= 30 && letters.EndsWith(titleWords, StringComparison.Ordinal);
    }

    private static string Normalize(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
