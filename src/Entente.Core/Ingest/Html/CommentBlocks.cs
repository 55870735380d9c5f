using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// The text of readers' comments, kept apart from the story when asked for: the paragraphs inside
/// comment containers, without their furniture (who wrote it and when, reply links, the reply form,
/// the "3 thoughts on…" heading).
/// </summary>
internal static class CommentBlocks
{
    public static List<TextBlock> Find(CollectedText page, IElement body)
    {
        var roots = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in page.Elements)
            if (ClassHints.Of(element).Comments) roots.Add(element);
        var kept = new List<TextBlock>();
        if (roots.Count == 0) return kept;
        var verdicts = new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
        foreach (var block in page.Blocks)
        {
            if (block.HeadingLevel > 0 || block.LinkDensity > 0.5 || BoilerplateLines.IsBoilerplate(block.Text)) continue;
            if (IsCommentText(block.Container, roots, body, verdicts)) kept.Add(block);
        }
        return kept;
    }

    /// <summary>True when the element lies in a comment container and nothing between them is furniture; remembered per element.</summary>
    private static bool IsCommentText(IElement element, HashSet<IElement> roots, IElement body, Dictionary<IElement, bool> verdicts)
    {
        var path = new List<IElement>();
        var verdict = false;
        for (IElement? at = element; at is not null && !ReferenceEquals(at, body); at = at.ParentElement)
        {
            if (verdicts.TryGetValue(at, out var known))
            {
                verdict = known;
                break;
            }
            path.Add(at);
            if (at.LocalName == "form" || ElementRules.IsFurniture(at) || ClassHints.Of(at).FurnitureBesideComments)
            {
                verdict = false;
                break;
            }
            if (roots.Contains(at))
            {
                verdict = true;
                break;
            }
        }
        foreach (var visited in path) verdicts[visited] = verdict;
        return verdict;
    }
}
