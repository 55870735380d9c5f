using Entente.Core.Domain;

namespace Entente.Core.Extraction;

/// <summary>Turns a span of an article's clean text into evidence: the exact text of the input it came from.</summary>
public static class EvidenceBuilder
{
    public static Evidence For(Article article, int start, int end)
    {
        var (rawStart, rawEnd) = article.RawRange(start, end);
        rawEnd = Math.Min(rawEnd, article.RawText.Length);
        return new Evidence(article.Source, rawStart, rawEnd, article.RawText[rawStart..rawEnd]);
    }
}
