using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Core.Ingest.Html;

/// <summary>An HTML source parsed by AngleSharp, with the means to map its text back to source offsets.</summary>
internal sealed class ParsedHtml
{
    private ParsedHtml(string source, IDocument document, SourceTextIndex text)
    {
        Source = source;
        Document = document;
        Text = text;
    }

    public string Source { get; }
    public IDocument Document { get; }
    public SourceTextIndex Text { get; }

    public static ParsedHtml Parse(string source)
    {
        var runs = new List<CharacterRun>();
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            OnToken = (token, range) =>
            {
                if (token.Type == HtmlTokenType.Character)
                    runs.Add(new CharacterRun(range.Start.Index, range.End.Index, token.Data));
            },
        };
        var document = new HtmlParser(options).ParseDocument(source);
        return new ParsedHtml(source, document, SourceTextIndex.Build(source, runs));
    }

    /// <summary>Where an element's start tag begins in the source, or -1 for elements the parser implied.</summary>
    public static int StartOf(IElement element) => element.SourceReference?.Position.Index ?? -1;
}
