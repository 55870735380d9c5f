using Microsoft.AspNetCore.Html;

namespace Entente.Web.Text;

/// <summary>
/// Article text with quotes marked, as HTML: every stretch of text is encoded, and the only markup
/// is ours (a mark, and a link to the fact when the quote belongs to one). Built without white space
/// between the parts, since the text is shown with its own line breaks.
/// </summary>
public static class MarkedText
{
    public static IHtmlContent Html(IEnumerable<TextSegment> segments, bool linkFacts)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            if (segment.FactId is not { } fact)
            {
                html.Append(segment.Text);
                continue;
            }
            html.AppendHtml(linkFacts ? $"<a class=\"mark\" href=\"/facts/{fact}\" title=\"fact {fact}\"><mark>" : "<mark class=\"quote\">");
            html.Append(segment.Text);
            html.AppendHtml(linkFacts ? "</mark></a>" : "</mark>");
        }
        return html;
    }
}
