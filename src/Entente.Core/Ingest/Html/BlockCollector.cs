using AngleSharp.Dom;
using Entente.Core.Text;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// Walks the page (iteratively, so depth costs heap, not stack) and cuts its visible text into
/// blocks at block-level elements and line breaks, collapsing whitespace and keeping every
/// character's source offset.
/// </summary>
internal sealed class BlockCollector
{
    private readonly ParsedHtml _page;
    private readonly List<TextBlock> _blocks = [];
    private readonly List<IElement> _elements = [];

    private MappedTextBuilder _text = new();
    private IElement? _container;
    private bool _blockFurniture;
    private int _linkChars;
    private int _pendingSpace = -1;
    private bool _afterBreak;
    private int _lastElementStart;
    private int _textCursor;

    private readonly bool _useClassHints;
    private readonly TextDensity? _density;

    private BlockCollector(ParsedHtml page, IElement root, bool useClassHints)
    {
        _page = page;
        _useClassHints = useClassHints;
        if (useClassHints) _density = TextDensity.Measure(root);
    }

    /// <summary>The blocks under <paramref name="root"/>, and the elements that were read, both in document order.</summary>
    /// <param name="useClassHints">Whether class and id words may mark furniture; without them only tags and roles do.</param>
    public static CollectedText Collect(ParsedHtml page, IElement root, bool useClassHints)
    {
        var collector = new BlockCollector(page, root, useClassHints);
        collector.Walk(root);
        return new CollectedText(collector._blocks, collector._elements);
    }

    /// <param name="InDataTable">True when the nearest table holds data, so its cells join into one line per row.</param>
    private readonly record struct Context(IElement Container, bool InLink, bool Furniture, bool ContainerFurniture, bool InDataTable);

    private void Walk(IElement root)
    {
        var work = new Stack<(INode Node, bool Exit)>();
        var contexts = new Stack<Context>();
        var rootFurniture = IsFurniture(root);
        contexts.Push(new Context(root, false, rootFurniture, rootFurniture, false));
        _elements.Add(root);
        PushChildren(work, root);
        while (work.Count > 0)
        {
            var (node, exit) = work.Pop();
            if (node is IText text)
            {
                Append(text, contexts.Peek());
                continue;
            }
            if (node is not IElement element) continue;
            if (exit)
            {
                if (ReferenceEquals(contexts.Pop().Container, element)) Flush(); // a block ends with its element
                continue;
            }
            if (ElementRules.IsSkipped(element)) continue;
            var start = ParsedHtml.StartOf(element);
            if (start >= 0) _lastElementStart = start;
            else start = _lastElementStart;
            if (element.LocalName == "br")
            {
                Break(start);
                continue;
            }
            var parent = contexts.Peek();
            var cell = ElementRules.IsTableCell(element) && parent.InDataTable;
            var inline = ElementRules.IsInline(element) || cell;
            if (!inline) Flush();
            if (cell) Separate(start);
            var furniture = parent.Furniture || IsFurniture(element);
            _elements.Add(element);
            contexts.Push(new Context(
                inline ? parent.Container : element,
                // A link left open before a layout table does not make the page a list of links.
                (parent.InLink && element.LocalName != "table") || ElementRules.IsLink(element),
                furniture,
                inline ? parent.ContainerFurniture : furniture,
                element.LocalName == "table" ? TableKind.IsDataTable(element) : parent.InDataTable));
            work.Push((element, true));
            PushChildren(work, element);
        }
        Flush();
    }

    private static void PushChildren(Stack<(INode, bool)> work, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--) work.Push((children[i], false));
    }

    private bool IsFurniture(IElement element) =>
        element.LocalName is not ("html" or "body" or "main" or "article")
        && (ElementRules.IsFurniture(element) || (_useClassHints && IsFurnitureByClass(element)));

    /// <summary>
    /// Furniture words veto; other negative words ("nav", "author", "widget") count only when no
    /// content word is beside them and the element does not hold prose.
    /// </summary>
    private bool IsFurnitureByClass(IElement element)
    {
        var hints = ClassHints.Of(element);
        if (!hints.IsFurniture) return false;
        if (hints.ExpanderOnly && FoldedStory.Holds(element)) return false;
        return hints.AlwaysFurniture || !_density!.HoldsProse(element);
    }

    private void Append(IText node, Context context)
    {
        var data = node.Data;
        if (data.Length == 0) return;
        // Furniture inside a kept line (an inline share link, a caption span) is dropped on its own.
        if (context.Furniture && !context.ContainerFurniture) return;
        var offsets = _page.Text.Locate(data, _lastElementStart, ref _textCursor);
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (char.IsWhiteSpace(c))
            {
                if (_text.Length > 0 && _pendingSpace < 0) _pendingSpace = offsets[i];
                continue;
            }
            if (c is '\u00AD' or '\u200B' or '\uFEFF') continue; // invisible: soft hyphen, zero-width space, BOM
            if (_text.Length == 0)
            {
                _container = context.Container;
                _blockFurniture = context.ContainerFurniture;
            }
            if (_pendingSpace >= 0) _text.Append(' ', _pendingSpace);
            _pendingSpace = -1;
            _afterBreak = false;
            _text.Append(c, offsets[i]);
            if (context.InLink) _linkChars++;
        }
    }

    /// <summary>A line break ends the block after a finished sentence or when doubled; otherwise it is a space.</summary>
    private void Break(int offset)
    {
        if (_text.Length == 0) return;
        if (_afterBreak || EndsSentence()) Flush();
        else
        {
            _afterBreak = true;
            if (_pendingSpace < 0) _pendingSpace = Math.Max(0, offset);
        }
    }

    private void Separate(int offset)
    {
        if (_text.Length == 0) return;
        _text.AppendSynthetic(" |", Math.Max(0, offset));
        _pendingSpace = Math.Max(0, offset);
    }

    private bool EndsSentence()
    {
        var last = _text[_text.Length - 1];
        return last is '.' or '!' or '?' or ':' or ';' or '"' or '\u201D' or '\u2019' or ')';
    }

    /// <summary>A lead paragraph set in a heading element is prose, not a sub-heading.</summary>
    private static bool LooksLikeProse(string text) =>
        text.Length > 150 || (text.Length > 80 && text[^1] is '.' or '!' or '?');

    private void Flush()
    {
        _pendingSpace = -1;
        _afterBreak = false;
        if (_text.Length > 0 && _container is not null)
        {
            _text.TrimEnd();
            var content = _text.Build();
            var level = LooksLikeProse(content.Text) ? 0 : ElementRules.HeadingLevel(_container);
            _blocks.Add(new TextBlock(content, _container, _linkChars, _blockFurniture, level));
            _text = new MappedTextBuilder();
        }
        _container = null;
        _linkChars = 0;
    }
}

/// <summary>What <see cref="BlockCollector"/> found: text blocks, and the elements read (not skipped) in document order.</summary>
internal sealed record CollectedText(IReadOnlyList<TextBlock> Blocks, IReadOnlyList<IElement> Elements);
