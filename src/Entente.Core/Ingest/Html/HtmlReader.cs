namespace Entente.Core.Ingest.Html;

/// <summary>
/// Reads a saved web page as one article: the blocks of its main content (story paragraphs,
/// sub-headings, list items; no menus, share bars, teasers or comments) and its metadata.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    // Below this many characters the story the markup gave may have been hidden by misleading class words.
    private const int ShortStory = 200;

    /// <summary>When true, readers' comments are read too, as a second article with <see cref="RawArticle.Part"/> "comments".</summary>
    public bool KeepComments { get; init; }

    private static readonly HashSet<string> Extensions = new(StringComparer.Ordinal) { "html", "htm", "xhtml", "shtml" };

    public bool CanRead(SourceDocument document) =>
        Extensions.Contains(document.Extension) || HtmlSniffer.LooksLikeHtml(document.Text);

    public IEnumerable<RawArticle> Read(SourceDocument document)
    {
        var source = document.Text;
        if (string.IsNullOrWhiteSpace(source)) throw new InputException("The page is empty.");
        if (HtmlSniffer.LooksBinary(source)) throw new InputException("The page holds binary data, not HTML text.");

        var page = ParsedHtml.Parse(source);
        var metadata = MetadataReader.Read(page);
        var body = page.Document.Body ?? page.Document.DocumentElement;
        var collected = BlockCollector.Collect(page, body, useClassHints: true);
        var title = TitleCleaner.HeadlinePart(metadata.Title, collected.Blocks.Select(b => b.Text)) ?? metadata.Title;
        var blocks = BlockFilter.Keep(ContentSelector.Choose(collected, body), title);
        if (Length(blocks) < ShortStory)
        {
            // Class words can mislead ("story-body social-tools"); read again trusting tags alone.
            var bare = BlockCollector.Collect(page, body, useClassHints: false);
            var retry = BlockFilter.Keep(ContentSelector.Choose(bare, body), title);
            if (Length(retry) >= 2 * Math.Max(Length(blocks), ShortStory / 2)) (collected, blocks) = (bare, retry);
        }
        if (metadata.BodyScript is { } script)
        {
            var fromJson = JsonLdBody.Read(page, script);
            // Sites that render with scripts, or truncate for a paywall, often carry the whole story here.
            if (Length(fromJson) > 1.5 * Length(blocks)) blocks = fromJson;
        }
        if (blocks.Count == 0)
            throw new InputException(collected.Blocks.Count == 0 ? "the page holds no readable text" : "the page has no article text, only navigation, links or page furniture");

        var story = Article(document, blocks, title, metadata, part: null);
        if (!KeepComments || CommentBlocks.Find(collected, body) is not { Count: > 0 } comments) return [story];
        return [story, Article(document, comments, title, metadata, part: "comments")];
    }

    private static RawArticle Article(SourceDocument document, List<TextBlock> blocks, string? title, HtmlMetadata metadata, string? part)
    {
        var (start, end) = Span(blocks);
        return new RawArticle
        {
            Document = document,
            Blocks = blocks.Select(b => new Block(b.Content, b.Kind)).ToList(),
            Start = start,
            End = end,
            Title = title,
            Published = metadata.Published,
            Url = metadata.Url,
            Outlet = metadata.Outlet,
            Language = metadata.Language,
            Part = part,
        };
    }

    private static int Length(IReadOnlyList<TextBlock> blocks) => blocks.Sum(b => TextWeight.Of(b.Text));

    private static (int Start, int End) Span(IReadOnlyList<TextBlock> blocks)
    {
        if (blocks.Count == 0) return (0, 0);
        int start = int.MaxValue, end = 0;
        foreach (var block in blocks)
        {
            foreach (var offset in block.Content.RawIndex)
            {
                start = Math.Min(start, offset);
                end = Math.Max(end, offset + 1);
            }
        }
        return (start, end);
    }
}
