using Entente.Core.Knowledge.Briefing;
using Ganss.Xss;
using Markdig;

namespace Entente.Web.Text;

/// <summary>
/// A brief's Markdown as HTML for the pair page. The Markdown carries untrusted text (titles,
/// names, outlets), so raw HTML in it is written out as text (Markdig's DisableHtml), and the result
/// is sanitised (only plain formatting, footnotes, links to http(s) or this site, images from this site).
/// </summary>
public static class BriefMarkup
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseAutoLinks().DisableHtml().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Html(Brief brief, string chartUrl)
    {
        var html = Markdown.ToHtml(brief.Markdown, Pipeline)
            .Replace($"src=\"{Brief.ChartFile}\"", $"src=\"{chartUrl}\"", StringComparison.Ordinal);
        // The page has its own title; the brief's first heading goes.
        var h1End = html.IndexOf("</h1>", StringComparison.Ordinal);
        if (html.StartsWith("<h1", StringComparison.Ordinal) && h1End > 0) html = html[(h1End + 5)..];
        return Sanitizer.Sanitize(html);
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedAttributes.Remove("style");
        // Footnote links and their targets.
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}
