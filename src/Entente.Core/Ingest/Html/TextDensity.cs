using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// How much visible text (weighed by <see cref="TextWeight"/>), and how much of it inside links, every element holds: measured once per
/// page in one post-order walk (linear, iterative), so class hints can be weighed against what an
/// element really contains.
/// </summary>
internal sealed class TextDensity
{
    // An element holding this much text with few links reads as prose, whatever its class says.
    private const int ProseChars = 400;
    private const double ProseLinkDensity = 0.3;

    private readonly Dictionary<IElement, (int Chars, int LinkChars)> _measures = new(ReferenceEqualityComparer.Instance);

    public static TextDensity Measure(IElement root)
    {
        var density = new TextDensity();
        var work = new Stack<(INode Node, bool Exit)>();
        var totals = new Stack<(int Chars, int LinkChars)>();
        var linkDepth = 0;
        work.Push((root, false));
        while (work.Count > 0)
        {
            var (node, exit) = work.Pop();
            if (node is IText text)
            {
                if (totals.Count == 0) continue;
                var visible = 0;
                foreach (var c in text.Data)
                    if (!char.IsWhiteSpace(c)) visible += TextWeight.IsUnspaced(c) ? TextWeight.UnspacedCharacter : 1;
                var (chars, links) = totals.Pop();
                totals.Push((chars + visible, links + (linkDepth > 0 ? visible : 0)));
                continue;
            }
            if (node is not IElement element) continue;
            if (exit)
            {
                var measure = totals.Pop();
                density._measures[element] = measure;
                if (ElementRules.IsLink(element)) linkDepth--;
                if (totals.Count > 0)
                {
                    var (chars, links) = totals.Pop();
                    totals.Push((chars + measure.Chars, links + measure.LinkChars));
                }
                continue;
            }
            if (ElementRules.IsSkipped(element)) continue;
            if (ElementRules.IsLink(element)) linkDepth++;
            totals.Push((0, 0));
            work.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) work.Push((children[i], false));
        }
        return density;
    }

    /// <summary>True when the element holds enough text, mostly outside links, to be read as prose.</summary>
    public bool HoldsProse(IElement element) =>
        _measures.TryGetValue(element, out var m) && m.Chars >= ProseChars && m.LinkChars <= m.Chars * ProseLinkDensity;
}
