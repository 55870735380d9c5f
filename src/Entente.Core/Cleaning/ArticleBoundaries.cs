using Entente.Core.Ingest;

namespace Entente.Core.Cleaning;

/// <summary>
/// Splits text that may hold several stories into one draft per story: an agency end marker closes
/// a story, and the block after it starts the next (its headline).
/// </summary>
public static class ArticleBoundaries
{
    /// <summary>
    /// The longest paragraph and story read as one. No news story comes near (long reads run to some 50,000
    /// characters); text beyond is cut into pieces, so that memory and work per article stay bounded and the
    /// pieces of one huge input are cleaned and read on every core.
    /// </summary>
    public const int MaxBlockLength = 50_000;

    public const int MaxArticleLength = 200_000;

    public static IEnumerable<ArticleDraft> Split(RawArticle raw) => Stories(raw).SelectMany(Bounded);

    private static IEnumerable<ArticleDraft> Stories(RawArticle raw)
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

    /// <summary>The draft as it is, or cut into pieces of at most <see cref="MaxArticleLength"/> characters; pieces after the first have no title.</summary>
    private static IEnumerable<ArticleDraft> Bounded(ArticleDraft draft)
    {
        if (draft.Blocks.Sum(b => (long)b.Content.Length) <= MaxArticleLength)
        {
            yield return draft;
            yield break;
        }
        var piece = new List<Block>();
        var length = 0;
        var first = true;
        foreach (var block in draft.Blocks.SelectMany(Pieces))
        {
            if (piece.Count > 0 && length + block.Content.Length > MaxArticleLength)
            {
                yield return Piece(draft, piece, first);
                (piece, length, first) = ([], 0, false);
            }
            piece.Add(block);
            length += block.Content.Length;
        }
        if (piece.Count > 0) yield return Piece(draft, piece, first);
    }

    private static ArticleDraft Piece(ArticleDraft whole, List<Block> blocks, bool first) => new()
    {
        Document = whole.Document,
        Blocks = blocks,
        Start = first ? whole.Start : blocks[0].Content.RawIndex[0],
        Title = first ? whole.Title : null,
        TitleFromMetadata = first && whole.TitleFromMetadata,
        Published = whole.Published,
        Url = whole.Url,
        Outlet = whole.Outlet,
        Language = whole.Language,
        MayHoldSeveralArticles = whole.MayHoldSeveralArticles,
    };

    /// <summary>A block of at most <see cref="MaxBlockLength"/> characters as it is, a longer one cut after a sentence's end or at a space.</summary>
    private static IEnumerable<Block> Pieces(Block block)
    {
        var text = block.Text;
        var start = 0;
        while (text.Length - start > MaxBlockLength)
        {
            var limit = start + MaxBlockLength;
            var cut = text.LastIndexOf(". ", limit - 1, MaxBlockLength / 2, StringComparison.Ordinal) is var stop and >= 0 ? stop + 2
                : text.LastIndexOf(' ', limit - 1, MaxBlockLength / 2) is var space and >= 0 ? space + 1
                : char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
            yield return block with { Content = block.Content.Slice(start, cut - start) };
            start = cut;
        }
        yield return start == 0 ? block : block with { Content = block.Content.Slice(start, text.Length - start) };
    }
}
