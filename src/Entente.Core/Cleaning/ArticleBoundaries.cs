using Entente.Core.Ingest;

namespace Entente.Core.Cleaning;

/// <summary>
/// Splits text that may hold several stories into one draft per story: an agency end marker closes
/// a story, and the block after it starts the next (its headline).
/// </summary>
public static class ArticleBoundaries
{
    public static IEnumerable<ArticleDraft> Split(RawArticle raw)
    {
        if (!raw.MayHoldSeveralArticles)
        {
            yield return ArticleDraft.From(raw);
            yield break;
        }
        var current = new List<Block>();
        foreach (var block in raw.Blocks)
        {
            current.Add(block);
            if (EndMarkers.MarkerLength(block.Text) > 0)
            {
                yield return Draft(raw, current);
                current = [];
            }
        }
        if (current.Count > 0) yield return Draft(raw, current);
    }

    private static ArticleDraft Draft(RawArticle raw, List<Block> blocks) => new()
    {
        Document = raw.Document,
        Blocks = blocks,
        Start = blocks[0].Content.RawIndex[0],
        Url = raw.Url,
        Outlet = raw.Outlet,
        Language = raw.Language,
        Published = raw.Published,
        MayHoldSeveralArticles = true,
    };
}
