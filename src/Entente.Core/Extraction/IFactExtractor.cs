using Entente.Core.Domain;

namespace Entente.Core.Extraction;

/// <summary>Reads the facts of one family (trade, visits, mechanisms…) from an article.</summary>
public interface IFactExtractor
{
    IEnumerable<Fact> Extract(ArticleContext context);
}
