using Entente.Core.Text;

namespace Entente.Core.Ingest.JsonLines;

/// <summary>
/// Reads news-crawler JSON Lines (news-please and similar): one article per line. A malformed line is
/// reported in the document's errors and the other lines are still read. Share prompts the crawler glued
/// into the text are cut out (<see cref="SharePrompts"/>); a null or missing date stays null here, and a
/// year cleaning infers later is marked inferred on the article.
/// </summary>
public sealed class JsonLinesReader : IDocumentReader
{
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] TextFields = ["maintext", "text", "content", "body", "article", "articleBody"];
    private static readonly string[] DateFields = ["date_publish", "date_published", "datePublished", "published", "publish_date", "pubDate", "date"];
    private static readonly string[] UrlFields = ["url", "link"];
    private static readonly string[] OutletFields = ["source_domain", "site_name", "outlet", "source"];

    public bool CanRead(SourceDocument document) =>
        document.Extension is "jsonl" or "ndjson" or "json" || document.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{');

    public IEnumerable<RawArticle> Read(SourceDocument document)
    {
        var text = document.Text;
        var lineNumber = 0;
        var withoutText = new List<int>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lineNumber++;
            var article = ReadLine(document, start, end, lineNumber, withoutText);
            if (article is not null) yield return article;
            start = end + 1;
        }
        // One line for all records without text, so a file of other records gives one message, not thousands.
        if (withoutText.Count > 0)
            document.Errors.Add($"{(withoutText.Count == 1 ? "line" : "lines")} {string.Join(", ", withoutText.Take(5))}{(withoutText.Count > 5 ? $" and {withoutText.Count - 5} more" : "")}: no article text (expected one of: {string.Join(", ", TextFields)})");
    }

    private static RawArticle? ReadLine(SourceDocument document, int start, int end, int lineNumber, List<int> withoutText)
    {
        if (string.IsNullOrWhiteSpace(document.Text.AsSpan(start, end - start).ToString().TrimStart('\uFEFF'))) return null;
        Dictionary<string, MappedText> members;
        try
        {
            members = new JsonObjectScanner(document.Text, start, end).ReadStringMembers();
        }
        catch (FormatException e)
        {
            document.Errors.Add($"line {lineNumber}: not a JSON object ({e.Message})");
            return null;
        }

        var body = First(members, TextFields);
        if (body is null || body.Text.Trim().Length == 0)
        {
            withoutText.Add(lineNumber);
            return null;
        }
        return new RawArticle
        {
            Document = document,
            Blocks = Paragraphs(body),
            Start = start,
            End = end,
            Title = NonEmpty(First(members, TitleFields)?.Text),
            Published = MetadataDate.Normalize(First(members, DateFields)?.Text),
            Url = NonEmpty(First(members, UrlFields)?.Text),
            Outlet = NonEmpty(First(members, OutletFields)?.Text),
            Language = NonEmpty(First(members, ["language", "lang"])?.Text),
        };
    }

    private static List<Block> Paragraphs(MappedText body)
    {
        var blocks = new List<Block>();
        var from = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && body.Text[i] != '\n') continue;
            var paragraph = body.Slice(from, i - from).Trim();
            if (paragraph.Length > 0) blocks.AddRange(SharePrompts.Without(paragraph).Select(p => new Block(p)));
            from = i + 1;
        }
        return blocks;
    }

    private static MappedText? First(Dictionary<string, MappedText> members, string[] names)
    {
        foreach (var name in names)
            if (members.TryGetValue(name, out var value) && value.Text.Trim().Length > 0) return value;
        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
