using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Core.Ingest.Html;

/// <summary>An HTML source parsed by AngleSharp, with the means to map its text back to source offsets.</summary>
internal sealed class ParsedHtml
{
    // Elements whose text the tokenizer passes through undecoded ("&amp;" in a script stays five characters).
    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private ParsedHtml(IDocument document, SourceTextIndex text)
    {
        Document = document;
        Text = text;
    }
    public IDocument Document { get; }
    public SourceTextIndex Text { get; }

    public static ParsedHtml Parse(string source)
    {
        var runs = new List<CharacterRun>();
        var inRawText = false;
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            OnToken = (token, range) =>
            {
                if (token.Type == HtmlTokenType.Character)
                    runs.Add(new CharacterRun(range.Start.Index, range.End.Index, token.Data, inRawText));
                inRawText = token.Type == HtmlTokenType.StartTag && RawTextElements.Contains(token.Name);
            },
        };
        // Same length and text as the source, so offsets into one are offsets into the other.
        var limited = NestingLimiter.Limit(source);
        var document = new HtmlParser(options).ParseDocument(limited);
        return new ParsedHtml(document, SourceTextIndex.Build(limited, runs));
    }

    /// <summary>Where an element's start tag begins in the source, or -1 for elements the parser implied.</summary>
    public static int StartOf(IElement element) => element.SourceReference?.Position.Index ?? -1;
}
