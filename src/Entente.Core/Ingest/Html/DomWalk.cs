using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>Document-order traversal with an explicit stack: AngleSharp's own tree helpers recurse, and pages can nest deeply.</summary>
internal static class DomWalk
{
    public static IEnumerable<IElement> Elements(INode root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement element) yield return element;
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push(child);
        }
    }

    /// <summary>The concatenated data of the text nodes under an element (what TextContent gives, without its recursion).</summary>
    public static string Text(IElement element)
    {
        var text = new System.Text.StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t) text.Append(t.Data);
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return text.ToString();
    }
}
