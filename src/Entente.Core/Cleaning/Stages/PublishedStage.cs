using System.Globalization;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Settles the publication date: the user's --published wins, then metadata, then a date the page
/// states (a "Published:" line, a dateline with a year, an "Issued on" closing line), then a
/// dateline's month and day with the year the content implies, then the year the content implies alone.
/// </summary>
/// <param name="inferYear">The earliest year a text (given as its tokens) can be from, given the latest year it can be
/// from (or null) and, to be called when needed, where the text's amounts end (as <see cref="TextReading.AmountEnds()"/>).</param>
public sealed class PublishedStage(Func<TokenList, int?, Func<IEnumerable<int>>, int?> inferYear) : ICleaningStage
{
    /// <param name="inferYear">The earliest year a text can be from, given the latest year it can be from (or null).</param>
    public PublishedStage(Func<string, int?, int?> inferYear) : this((tokens, notAfter, _) => inferYear(tokens.Text, notAfter))
    {
    }

    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        if (context.PublishedOverride is { } given)
        {
            draft.Published = given;
            return;
        }
        if (draft.Published is not null) return;
        if (draft.StatedDate is { } stated)
        {
            draft.Published = stated;
            return;
        }
        // A press release often dates itself in its closing lines.
        if (draft.Blocks.TakeLast(2).Select(b => StatedDates.SignOff(b.Text)).LastOrDefault(d => d is not null) is { } signed)
        {
            draft.Published = signed;
            return;
        }
        // Sentences never cross paragraphs; the title counts too ("Fifty years of ... relations"). Only
        // paragraphs naming a year or an anniversary can move the inference, so the others are skipped.
        var dateline = draft.Blocks.Count > 0 ? StatedDates.Dateline(draft.Blocks[0].Text) : null;
        int? year;
        if (dateline?.Year is { } datelineYear) year = datelineYear;
        else
        {
            // Block -1 is the title.
            var parts = draft.Blocks.Select((b, i) => (b.Text, Block: i)).Prepend((Text: draft.Title ?? "", Block: -1)).Where(p => CanDate(p.Text)).ToList();
            var body = string.Join("\n", parts.Select(p => p.Text));
            // The article's text is read once, here, and the reading kept for the article analysis.
            var reading = draft.Reading ??= new TextReading(string.Join("\n\n", draft.Blocks.Select(b => b.Text)));
            var layout = new Layout(draft.Blocks, parts);
            year = inferYear(layout.Tokens(body, parts, reading), context.ReferenceYear, () => layout.AmountEnds(parts, reading));
        }
        if (year is null) return;
        draft.PublishedInferred = dateline?.Year is null;
        draft.Published = dateline is { } d && d.Day <= DateTime.DaysInMonth(year.Value, d.Month)
            ? $"{year:D4}-{d.Month:D2}-{d.Day:D2}"
            : year.Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Where each block starts in the article's text (the blocks joined by blank lines, as the article is assembled)
    /// and in the dating text (the title and the blocks that can date joined by line breaks), so that what was read in
    /// the one is found in the other.
    /// </summary>
    private sealed class Layout
    {
        private readonly int[] _blockStart;
        // -1 for a block left out of the dating text.
        private readonly int[] _partStart;

        public Layout(List<Block> blocks, List<(string Text, int Block)> parts)
        {
            _blockStart = new int[blocks.Count];
            for (int i = 0, at = 0; i < blocks.Count; at += blocks[i].Text.Length + 2, i++) _blockStart[i] = at;
            _partStart = new int[blocks.Count];
            Array.Fill(_partStart, -1);
            for (int k = 0, at = 0; k < parts.Count; at += parts[k].Text.Length + 1, k++)
                if (parts[k].Block >= 0) _partStart[parts[k].Block] = at;
        }

        /// <summary>
        /// The dating text's tokens: the article's tokens of each block it holds, moved to where the block stands in it
        /// (a token never crosses a line break, so a block's tokens are the same wherever it stands); the title's read apart.
        /// </summary>
        public TokenList Tokens(string body, List<(string Text, int Block)> parts, TextReading reading)
        {
            var all = reading.Tokens;
            var titles = new List<TokenList>();
            for (int k = 0, at = 0; k < parts.Count; at += parts[k].Text.Length + 1, k++)
                if (parts[k].Block < 0) titles.Add(Tokenizer.Scan(body, at, at + parts[k].Text.Length, WordShape.Parts, reading.Spellings));
            // Filled in place: at most the article's tokens and the title's.
            var tokens = new Token[all.Count + titles.Sum(t => t.Count)];
            var count = 0;
            for (int k = 0, at = 0, title = 0; k < parts.Count; at += parts[k].Text.Length + 1, k++)
            {
                if (parts[k].Block < 0)
                {
                    foreach (var token in titles[title++]) tokens[count++] = token;
                    continue;
                }
                var start = _blockStart[parts[k].Block];
                var shift = at - start;
                for (var j = all.IndexAt(start); j < all.Count && all[j].Start < start + parts[k].Text.Length; j++)
                    tokens[count++] = all[j] with { Start = all[j].Start + shift, End = all[j].End + shift };
            }
            return new TokenList(body, tokens, 0, count);
        }

        /// <summary>Where amounts end in the dating text: the article's amounts in the blocks it holds, the title's read apart.</summary>
        public IEnumerable<int> AmountEnds(List<(string Text, int Block)> parts, TextReading reading)
        {
            var ends = new List<int>();
            for (int k = 0, at = 0; k < parts.Count; at += parts[k].Text.Length + 1, k++)
                if (parts[k].Block < 0) ends.AddRange(TextReading.AmountEnds(parts[k].Text).Select(end => at + end));
            foreach (var end in reading.AmountEnds())
            {
                var block = Array.BinarySearch(_blockStart, end);
                if (block < 0) block = ~block - 1;
                if (_partStart[block] >= 0) ends.Add(_partStart[block] + end - _blockStart[block]);
            }
            return ends;
        }
    }

    private static readonly string[] DatingWords = ["anniversar", "years", "century"];

    private static bool CanDate(string text) => HasYear(text) || PhraseMatcher.Of(DatingWords).OccursIn(text);

    private static bool HasYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (text[i] is not ('1' or '2') || !char.IsDigit(text[i + 1]) || !char.IsDigit(text[i + 2]) || !char.IsDigit(text[i + 3])) continue;
            if ((i == 0 || !char.IsDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]))) return true;
        }
        return false;
    }
}
