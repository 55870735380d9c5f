using System.Diagnostics;
using System.Net;
using System.Text;
using Entente.Core.Cleaning;
using Entente.Core.Ingest;
using Entente.Core.Ingest.Html;

namespace Entente.Bench;

/// <summary>
/// Times the HTML reader (decoding and reading, then the whole cleaning pipeline) on generated pages
/// of several sizes and layouts: a news page with menus, sidebar and comments, a nested-table layout of
/// the 2000s, and a forum thread. Time per MB that stays flat from small to large pages shows the
/// reader is linear in page size.
/// </summary>
public static class HtmlBenchmark
{
    private static readonly int[] PageSizes = [5_000, 20_000, 100_000, 500_000, 2_000_000];

    public static void Run(double megabytesPerSize)
    {
        var generator = new CorpusGenerator(seed: 7);
        var pipeline = new ArticlePipelineBuilder().UseDefaults().Build();
        var reader = new HtmlReader();
        var context = new CleaningContext();
        // CPU time of this process, not wall time: the machine may be shared, and reading one page is single-threaded.
        Console.WriteLine($"{"page size",10} {"pages",6} {"MB",6} {"read MB/s",10} {"read ms/MB",11} {"pipeline MB/s",14} {"wall MB/s",10}  (MB/s and ms/MB in CPU time)");
        foreach (var size in PageSizes)
        {
            var pages = new List<byte[]>();
            long total = 0;
            for (var i = 0; total < megabytesPerSize * 1_000_000 || pages.Count < 3; i++)
            {
                var bytes = Encoding.UTF8.GetBytes(Page(generator, size, i % 3));
                pages.Add(bytes);
                total += bytes.Length;
            }
            // Warm up the JIT and the lexicons on one page.
            pipeline.Process(InputDecoder.Decode("warm.html", pages[0]), context).Count();

            var read = Measure(() =>
            {
                foreach (var page in pages) reader.Read(InputDecoder.Decode("page.html", page)).Count();
            });
            var whole = Measure(() =>
            {
                foreach (var page in pages) pipeline.Process(InputDecoder.Decode("page.html", page), context).Count();
            });
            var mb = total / 1e6;
            Console.WriteLine($"{size / 1000,8} KB {pages.Count,6} {mb,6:F1} {mb / read.Cpu,10:F1} {read.Cpu * 1000 / mb,11:F1} {mb / whole.Cpu,14:F1} {mb / read.Wall,10:F1}");
        }
    }

    private static (double Cpu, double Wall) Measure(Action work)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        work();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalSeconds, wall.Elapsed.TotalSeconds);
    }

    /// <summary>A page of about <paramref name="size"/> bytes in one of three layouts.</summary>
    private static string Page(CorpusGenerator generator, int size, int layout)
    {
        var story = new StringBuilder();
        while (story.Length < size * 0.6) story.Append(generator.Article());
        var paragraphs = story.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => WebUtility.HtmlEncode(p) ?? "").ToList();
        var html = new StringBuilder(size + 8192);
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(paragraphs[0]).Append(" | Example News</title></head><body>");
        html.Append("<nav class=\"main-nav\"><ul>");
        for (var i = 0; i < 30; i++) html.Append("<li><a href=\"/s").Append(i).Append("\">Section ").Append(i).Append("</a></li>");
        html.Append("</ul></nav>");
        switch (layout)
        {
            case 0:
                html.Append("<div class=\"columns\"><article class=\"story\"><h1>").Append(paragraphs[0]).Append("</h1><div class=\"story-body\">");
                foreach (var p in paragraphs.Skip(1)) html.Append("<p>").Append(p).Append("</p>\n");
                html.Append("</div></article><aside class=\"sidebar\"><h3>Most read</h3><ul>");
                for (var i = 0; i < 10; i++) html.Append("<li><a href=\"/a").Append(i).Append("\">").Append(paragraphs[i % paragraphs.Count][..Math.Min(60, paragraphs[i % paragraphs.Count].Length)]).Append("</a></li>");
                html.Append("</ul></aside></div><section id=\"comments\" class=\"comments\"><ol>");
                for (var i = 0; i < 5; i++) html.Append("<li class=\"comment\"><div class=\"comment-meta\">Reader ").Append(i).Append(" says:</div><div class=\"comment-content\"><p>I agree with the point about trade.</p></div></li>");
                html.Append("</ol></section>");
                break;
            case 1:
                html.Append("<a name=\"top\"><table width=\"760\"><tr><td class=\"nav-left\"><table>");
                for (var i = 0; i < 12; i++) html.Append("<tr><td class=\"menu\"><a href=\"/m").Append(i).Append("\">Menu ").Append(i).Append("</a></td></tr>");
                html.Append("</table></td><td class=\"nav-new-1-pixel\"><table><tr><td><font size=\"4\"><b>").Append(paragraphs[0]).Append("</b></font><br><br><font size=\"2\">");
                foreach (var p in paragraphs.Skip(1)) html.Append(p).Append("<br><br>\n");
                html.Append("</font></td></tr></table></td></tr></table>");
                break;
            default:
                html.Append("<h2 class=\"topic-title\">").Append(paragraphs[0]).Append("</h2><div id=\"posts\">");
                var post = 0;
                foreach (var p in paragraphs.Skip(1))
                    html.Append("<div class=\"post bg").Append(++post % 2 + 1).Append("\"><div class=\"postprofile\"><a href=\"/u\">user").Append(post)
                        .Append("</a> Posts: 12</div><div class=\"postbody\"><div class=\"content\">").Append(p).Append("</div></div></div>\n");
                html.Append("</div>");
                break;
        }
        html.Append("<footer><p>All rights reserved.</p></footer></body></html>");
        return html.ToString();
    }
}
