using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// Finds the element that holds the story, in the manner of Readability: every substantial
/// paragraph votes for its container and, less, for the containers above it; votes are weighted
/// by tag and class hints and discounted by link density; the best element and those of its
/// siblings that look like story too become the content.
/// </summary>
internal sealed class ContentSelector
{
    private const int MinimumParagraph = 25;
    private const int VotingLevels = 5;
    private const int LeadSearchLimit = 300;
    private const int MinimumLead = 40;

    private sealed class ElementStats
    {
        public double Score;
        public bool IsCandidate;
        public int Chars;
        public int LinkChars;
        public int FurnitureChars;
        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
    }

    private readonly Dictionary<IElement, ElementStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly IElement _body;

    private ContentSelector(IElement body) => _body = body;

    /// <summary>The blocks of <paramref name="blocks"/> that lie in the story container(s), in order; all blocks when no container stands out.</summary>
    public static ContentChoice Choose(CollectedText page, IElement body)
    {
        var blocks = page.Blocks;
        var selector = new ContentSelector(body);
        selector.Measure(page);
        selector.Vote(blocks);
        var top = selector.Best();
        if (top is null) return new ContentChoice(blocks, selector.LinkDensityOf);
        var inside = Subtrees(selector.RootsAround(top));
        var chosen = blocks.Where(b => inside.Contains(b.Container)).ToList();
        return new ContentChoice(chosen, selector.LinkDensityOf);
    }

    private double LinkDensityOf(IElement element) => _stats.TryGetValue(element, out var s) ? s.LinkDensity : 0;

    private ElementStats StatsOf(IElement element)
    {
        if (!_stats.TryGetValue(element, out var stats)) _stats[element] = stats = new ElementStats();
        return stats;
    }

    /// <summary>Text and link length of every element, summed from the blocks it holds: children before parents, so linear in the page.</summary>
    private void Measure(CollectedText page)
    {
        foreach (var block in page.Blocks)
        {
            var stats = StatsOf(block.Container);
            if (block.Furniture)
            {
                stats.FurnitureChars += block.Text.Length;
                continue;
            }
            stats.Chars += block.Text.Length;
            stats.LinkChars += block.LinkChars;
        }
        for (var i = page.Elements.Count - 1; i >= 0; i--)
        {
            var element = page.Elements[i];
            if (ReferenceEquals(element, _body) || element.ParentElement is not { } parent) continue;
            if (!_stats.TryGetValue(element, out var stats) || stats.Chars + stats.FurnitureChars == 0) continue;
            var parentStats = StatsOf(parent);
            parentStats.Chars += stats.Chars;
            parentStats.LinkChars += stats.LinkChars;
            parentStats.FurnitureChars += stats.FurnitureChars;
        }
    }

    private void Vote(IReadOnlyList<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var weight = TextWeight.Of(block.Text);
            if (block.Furniture || block.HeadingLevel > 0 || weight < MinimumParagraph) continue;
            var points = 1.0 + TextWeight.Commas(block.Text) + Math.Min(weight / 100, 3);
            points *= 1 - block.LinkDensity;
            var element = IsParagraphLike(block.Container) ? block.Container.ParentElement : block.Container;
            for (var level = 0; level < VotingLevels && element is not null; level++)
            {
                var stats = StatsOf(element);
                if (!stats.IsCandidate)
                {
                    stats.IsCandidate = true;
                    stats.Score = InitialScore(element);
                }
                stats.Score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (ReferenceEquals(element, _body)) break;
                element = element.ParentElement;
            }
        }
    }

    private IElement? Best()
    {
        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, stats) in _stats)
        {
            if (!stats.IsCandidate) continue;
            var score = FinalScore(element);
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }
        if (best is null || bestScore <= 0) return null;
        // An only child adds nothing; its parent's siblings are the ones worth comparing.
        while (!ReferenceEquals(best, _body) && best.ParentElement is { } parent && parent.ChildElementCount == 1)
            best = parent;
        return best;
    }

    private double FinalScore(IElement element)
    {
        var stats = _stats[element];
        return stats.Score * (1 - stats.LinkDensity);
    }

    /// <summary>The best element plus siblings that read like more of the same story.</summary>
    private HashSet<IElement> RootsAround(IElement top)
    {
        var roots = new HashSet<IElement>(ReferenceEqualityComparer.Instance) { top };
        if (ReferenceEquals(top, _body) || top.ParentElement is not { } parent) return roots;
        var topScore = _stats.TryGetValue(top, out var topStats) && topStats.IsCandidate ? FinalScore(top) : 0;
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.ClassName;
        foreach (var sibling in parent.Children)
        {
            if (ReferenceEquals(sibling, top) || !_stats.TryGetValue(sibling, out var stats) || stats.Chars == 0) continue;
            var bonus = !string.IsNullOrEmpty(topClass) && sibling.ClassName == topClass ? topScore * 0.2 : 0;
            var score = stats.IsCandidate ? FinalScore(sibling) : 0;
            // Story text cut off from the container by a stray closing tag, or split into sections;
            // a box mostly of furniture (a sidebar with a line of text) is not.
            var prose = (IsParagraphLike(sibling) || stats.IsCandidate) && stats.LinkDensity < 0.25 && stats.Chars >= 80
                && stats.FurnitureChars < stats.Chars;
            if (score + bonus >= threshold || prose) roots.Add(sibling);
        }
        AddLead(top, roots);
        AddRepeats(top, roots);
        return roots;
    }

    /// <summary>
    /// Posts of a forum thread, answers, or entries of a blog page repeat one structure: when the
    /// chosen element (or one of its nearest ancestors) has neighbours of the same tag and first
    /// class, the element at the same place inside each of them is more of the page's text.
    /// </summary>
    private void AddRepeats(IElement top, HashSet<IElement> roots)
    {
        var path = new List<IElement>();
        var unit = top;
        for (var up = 0; up < 3 && !ReferenceEquals(unit, _body) && unit.ParentElement is { } parent; up++, unit = parent)
        {
            var kind = FirstClass(unit);
            if (kind.Length > 0)
            {
                var found = new List<IElement>();
                foreach (var neighbour in Neighbours(unit, kind))
                {
                    if (Follow(neighbour, path) is { } same && _stats.TryGetValue(same, out var stats)
                        && stats.Chars >= MinimumParagraph && stats.LinkDensity < 0.25)
                        found.Add(same);
                }
                if (found.Count > 0)
                {
                    roots.UnionWith(found);
                    return;
                }
            }
            path.Insert(0, unit);
        }
    }

    /// <summary>The run of siblings around <paramref name="unit"/> with its tag and first class; elements without text may sit between them.</summary>
    private IEnumerable<IElement> Neighbours(IElement unit, string kind)
    {
        foreach (var forward in new[] { true, false })
        {
            for (var sibling = forward ? unit.NextElementSibling : unit.PreviousElementSibling; sibling is not null;
                 sibling = forward ? sibling.NextElementSibling : sibling.PreviousElementSibling)
            {
                if (sibling.LocalName == unit.LocalName && FirstClass(sibling) == kind) yield return sibling;
                else if (_stats.TryGetValue(sibling, out var stats) && stats.Chars + stats.FurnitureChars > 0) break;
            }
        }
    }

    /// <summary>The element reached from <paramref name="start"/> by the same steps (tag and class) that lead from the repeated unit to the chosen element.</summary>
    private static IElement? Follow(IElement start, List<IElement> path)
    {
        var at = start;
        foreach (var step in path)
        {
            IElement? next = null;
            foreach (var child in at.Children)
            {
                if (child.LocalName != step.LocalName || child.ClassName != step.ClassName) continue;
                next = child;
                break;
            }
            if (next is null) return null;
            at = next;
        }
        return at;
    }

    private static string FirstClass(IElement element)
    {
        var name = element.ClassName;
        if (string.IsNullOrWhiteSpace(name)) return "";
        var trimmed = name.AsSpan().Trim();
        var space = trimmed.IndexOfAny(' ', '\t', '\n');
        return (space < 0 ? trimmed : trimmed[..space]).ToString();
    }

    /// <summary>News sites often set the lead paragraph apart, above the body; it is part of the story.</summary>
    private void AddLead(IElement top, HashSet<IElement> roots)
    {
        var looked = 0;
        IElement? level = top;
        for (var up = 0; up < 2 && level is not null && !ReferenceEquals(level, _body); up++, level = level.ParentElement)
        {
            for (var sibling = level.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            {
                foreach (var element in DomWalk.Elements(sibling))
                {
                    if (++looked > LeadSearchLimit) return;
                    if (!ClassHints.Of(element).Lead || !_stats.TryGetValue(element, out var stats)) continue;
                    if (stats.Chars < MinimumLead || stats.LinkDensity >= 0.3) continue;
                    roots.Add(element);
                    return;
                }
            }
        }
    }

    private static HashSet<IElement> Subtrees(HashSet<IElement> roots)
    {
        var inside = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
            foreach (var element in DomWalk.Elements(root))
                inside.Add(element);
        return inside;
    }

    private static bool IsParagraphLike(IElement element) =>
        element.LocalName is "p" or "li" or "pre" or "blockquote" or "td" or "th" or "tr" or "dd" or "dt"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static double InitialScore(IElement element)
    {
        double score = element.LocalName switch
        {
            "article" => 10,
            "div" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => -5,
            _ => 0,
        };
        var hints = ClassHints.Of(element);
        if (hints.Positive) score += 25;
        if (hints.Negative) score -= 25;
        if (hints.ArticleBody) score += 50;
        return score;
    }
}

/// <summary>The blocks in the chosen story container(s), and the link density of any element.</summary>
internal sealed record ContentChoice(IReadOnlyList<TextBlock> Blocks, Func<IElement, double> LinkDensity);
