using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// Tells data tables (rows of short values, read a row at a time) from layout tables (cells that
/// hold paragraphs, menus and line breaks, whose cells are separate blocks).
/// </summary>
internal static class TableKind
{
    // Enough of a cell to see whether it holds running text; bounded so that each table costs little.
    private const int NodesLookedAtPerCell = 64;

    private static readonly HashSet<string> LayoutMarkers = new(StringComparer.Ordinal)
    {
        "p", "div", "br", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "form", "img",
    };

    public static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") is "presentation" or "none") return false;
        var cells = 0;
        foreach (var row in Rows(table))
        {
            foreach (var cell in row.Children)
            {
                if (!ElementRules.IsTableCell(cell)) continue;
                if (HoldsLayout(cell)) return false;
                cells++;
            }
        }
        return cells >= 2;
    }

    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") yield return child;
            else if (child.LocalName is "tbody" or "thead" or "tfoot")
                foreach (var row in child.Children)
                    if (row.LocalName == "tr") yield return row;
        }
    }

    private static bool HoldsLayout(IElement cell)
    {
        var stack = new Stack<IElement>();
        stack.Push(cell);
        var looked = 0;
        while (stack.Count > 0 && looked++ < NodesLookedAtPerCell)
        {
            foreach (var child in stack.Pop().Children)
            {
                if (LayoutMarkers.Contains(child.LocalName)) return true;
                stack.Push(child);
            }
        }
        return false;
    }
}
