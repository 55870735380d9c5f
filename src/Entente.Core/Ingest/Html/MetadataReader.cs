using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>Reads title, date, address, outlet and language from meta tags, JSON-LD and the markup.</summary>
internal static class MetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "publication_date", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
        "citation_publication_date", "sailthru.date", "parsely-pub-date", "article.published", "datepublished",
    ];

    private sealed class Found
    {
        public readonly Dictionary<string, string> Meta = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<IElement> JsonLd = [];
        public readonly List<string> Headings = [];
        public string? Language;
        public string? Canonical;
        public string? DocumentTitle;
        public string? ItempropDate;
        public string? TimeDate;
    }

    public static HtmlMetadata Read(ParsedHtml page)
    {
        var found = Scan(page.Document);
        var jsonLdTexts = found.JsonLd.Select(DomWalk.Text).ToList();
        var jsonLd = JsonLdArticle.Read(jsonLdTexts);
        var outlet = Clean(Meta(found, "og:site_name") ?? jsonLd?.Publisher);
        var title = FirstNonEmpty(
            TitleCleaner.Clean(Meta(found, "og:title"), outlet),
            TitleCleaner.Clean(Meta(found, "twitter:title"), outlet),
            TitleCleaner.Clean(jsonLd?.Headline, outlet),
            TitleCleaner.Clean(MainHeading(found), outlet),
            TitleCleaner.Clean(found.DocumentTitle, outlet));
        var published = MetadataDate.Normalize(jsonLd?.DatePublished)
            ?? DateMetaNames.Select(name => MetadataDate.Normalize(Meta(found, name))).FirstOrDefault(d => d is not null)
            ?? MetadataDate.Normalize(found.ItempropDate)
            ?? MetadataDate.Normalize(found.TimeDate);
        var url = Clean(found.Canonical ?? Meta(found, "og:url") ?? jsonLd?.Url);
        var language = Clean(found.Language ?? Meta(found, "content-language") ?? Meta(found, "og:locale")?.Replace('_', '-'));
        var bodyScript = jsonLd?.Body is null ? null
            : found.JsonLd.FirstOrDefault(s => DomWalk.Text(s).Contains("\"articleBody\"", StringComparison.Ordinal));
        return new HtmlMetadata(title, published, url, outlet, language, bodyScript);
    }

    private static Found Scan(IDocument document)
    {
        var found = new Found();
        foreach (var element in DomWalk.Elements(document))
        {
            switch (element.LocalName)
            {
                case "html":
                    found.Language ??= Clean(element.GetAttribute("lang") ?? element.GetAttribute("xml:lang"));
                    break;
                case "meta":
                    var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("http-equiv") ?? element.GetAttribute("itemprop");
                    var content = element.GetAttribute("content");
                    if (key is not null && !string.IsNullOrWhiteSpace(content)) found.Meta.TryAdd(key.Trim(), content.Trim());
                    break;
                case "link":
                    if ((element.GetAttribute("rel") ?? "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
                        found.Canonical ??= Clean(element.GetAttribute("href"));
                    break;
                case "title":
                    if (element.ParentElement?.LocalName != "svg") found.DocumentTitle ??= DomWalk.Text(element);
                    break;
                case "h1":
                    // A caption set in a heading inside a figure names the photo, not the story.
                    if (found.Headings.Count < 10 && element.Closest("figure, figcaption") is null) found.Headings.Add(DomWalk.Text(element));
                    break;
                case "time":
                    found.TimeDate ??= Clean(element.GetAttribute("datetime"));
                    break;
                case "script":
                    if (string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                        found.JsonLd.Add(element);
                    break;
            }
            if (element.LocalName != "meta" && string.Equals(element.GetAttribute("itemprop"), "datePublished", StringComparison.Ordinal))
                found.ItempropDate ??= Clean(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? DomWalk.Text(element));
        }
        return found;
    }

    /// <summary>The h1 that the document title repeats, else the only h1.</summary>
    private static string? MainHeading(Found found)
    {
        var headings = found.Headings.Select(Clean).OfType<string>().ToList();
        if (found.DocumentTitle is { } title)
        {
            var titleLetters = Letters(title);
            var echoed = headings.FirstOrDefault(h => Letters(h) is { Length: > 0 } letters && titleLetters.Contains(letters));
            if (echoed is not null) return echoed;
        }
        return headings.Count == 1 ? headings[0] : null;
    }

    private static string? Meta(Found found, string key) => found.Meta.GetValueOrDefault(key);

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Clean(string? value)
    {
        if (value is null) return null;
        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static string Letters(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
