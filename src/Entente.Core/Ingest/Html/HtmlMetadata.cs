using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>What a page says about itself outside its body text.</summary>
/// <param name="BodyScript">The JSON-LD script whose article object carries an articleBody, if any.</param>
internal sealed record HtmlMetadata(
    string? Title, string? Published, string? Url, string? Outlet, string? Language, IElement? BodyScript);
