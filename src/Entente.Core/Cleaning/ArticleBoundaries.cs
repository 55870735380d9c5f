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

    /// <summary>
    /// The input's stories, given out as they are found: blocks are read from the reader one by one and a story
    /// over the limit is given out piece by piece, so a huge input is never held as drafts all at once.
    /// </summary>
    public static IEnumerable<ArticleDraft> Split(RawArticle raw) =>
        raw.MayHoldSeveralArticles ? Stories(raw) : Bounded(ArticleDraft.From(raw));

    private static IEnumerable<ArticleDraft> Stories(RawArticle raw)
    {
        var story = new List<Block>();
        long length = 0;
        // Set once the story is known to be over the limit: from then on its blocks go straight into pieces.
        PieceCutter? cutter = null;
        foreach (var block in raw.Blocks)
        {
            if (cutter is not null)
            {
                foreach (var piece in cutter.Add(block)) yield return piece;
            }
            else
            {
                story.Add(block);
                length += block.Content.Length;
                if (length > MaxArticleLength)
                {
                    cutter = new PieceCutter(Draft(raw, story));
                    foreach (var piece in story.SelectMany(cutter.Add)) yield return piece;
                    story = [];
                }
            }
            if (EndMarkers.MarkerLength(block.Text) > 0)
            {
                foreach (var draft in Finish()) yield return draft;
            }
        }
        foreach (var draft in Finish()) yield return draft;

        IEnumerable<ArticleDraft> Finish()
        {
            List<ArticleDraft> ended = cutter is null ? story.Count > 0 ? [Draft(raw, story)] : [] : cutter.Finish();
            (story, length, cutter) = ([], 0, null);
            return ended;
        }
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
        var cutter = new PieceCutter(draft);
        foreach (var block in draft.Blocks)
            foreach (var piece in cutter.Add(block)) yield return piece;
        foreach (var piece in cutter.Finish()) yield return piece;
    }

    /// <summary>Gathers a story's blocks, long ones cut first, into pieces of at most <see cref="MaxArticleLength"/> characters.</summary>
    private sealed class PieceCutter(ArticleDraft whole)
    {
        private List<Block> _piece = [];
        private long _length;
        private bool _first = true;

        /// <summary>The pieces that this block completes, made as they are taken (a huge block is never cut all at once); take them all before the next block.</summary>
        public IEnumerable<ArticleDraft> Add(Block block)
        {
            foreach (var part in Pieces(block))
            {
                if (_piece.Count > 0 && _length + part.Content.Length > MaxArticleLength)
                {
                    yield return Piece(whole, _piece, _first);
                    (_piece, _length, _first) = ([], 0, false);
                }
                _piece.Add(part);
                _length += part.Content.Length;
            }
        }

        /// <summary>The last piece, when it holds anything.</summary>
        public List<ArticleDraft> Finish() => _piece.Count > 0 ? [Piece(whole, _piece, _first)] : [];
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
