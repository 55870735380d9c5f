using System.Net;
using Markdig;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>
/// A brief as one self-contained HTML page: Markdown rendered with Markdig (footnotes with their quotes
/// and links; raw HTML in the text is shown as text, never rendered), the chart embedded as a data URI.
/// </summary>
public static class BriefHtml
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseAutoLinks().DisableHtml().Build();

    public static string Render(Brief brief)
    {
        var body = Markdig.Markdown.ToHtml(brief.Markdown, Markdown);
        if (brief.TradeChartPng is { } png)
            body = body.Replace($"src=\"{Brief.ChartFile}\"", $"src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"", StringComparison.Ordinal);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{{WebUtility.HtmlEncode(brief.Pair)}} briefing note</title>
            <style>
            body { font-family: Georgia, serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
            h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; }
            table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .25rem .5rem; }
            img { max-width: 100%; }
            .footnotes { font-size: .9rem; }
            </style>
            </head>
            <body>
            {{body}}
            </body>
            </html>
            """;
    }
}
