using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// Tells the folded rest of a story (a "read more" box that holds paragraphs) from a "read more"
/// list of links: the story is prose, the list is mostly link text.
/// </summary>
internal static class FoldedStory
{
    private const int MinimumProse = 200;
    private const double MaxLinkShare = 0.3;
    // Bounds the look inside, so nested expanders cannot make the reader quadratic.
    private const int ElementLimit = 3000;

    public static bool Holds(IElement element)
    {
        int prose = 0, links = 0, seen = 0;
        foreach (var inner in DomWalk.Elements(element))
        {
            if (++seen > ElementLimit) break;
            if (inner.LocalName == "p" && inner.Closest("a") is null) prose += ProseLength(inner, ref links);
        }
        return prose >= MinimumProse && links <= prose * MaxLinkShare;
    }

    private static int ProseLength(IElement paragraph, ref int links)
    {
        var text = DomWalk.Text(paragraph).Trim().Length;
        foreach (var inner in DomWalk.Elements(paragraph))
            if (inner.LocalName == "a") links += DomWalk.Text(inner).Trim().Length;
        return text;
    }
}
