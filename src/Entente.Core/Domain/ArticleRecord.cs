using System.Text.Json.Serialization;

namespace Entente.Core.Domain;

/// <summary>The schema's article record, as exported and stored.</summary>
public sealed record ArticleRecord(
    string Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Published,
    string Text,
    int Start,
    int End)
{
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Encoding { get; init; }
    public string? Part { get; init; }

    /// <summary>True when `published` was inferred from the content (no metadata date, no stated date); left out otherwise.</summary>
    public bool? PublishedInferred { get; init; }

    public static ArticleRecord From(Article article) =>
        new(article.Source, article.Title, article.Published, article.Text, article.Start, article.End)
        {
            Url = article.Url,
            Outlet = article.Outlet,
            Encoding = article.Encoding,
            Part = article.Part,
            PublishedInferred = article.PublishedInferred ? true : null,
        };
}
