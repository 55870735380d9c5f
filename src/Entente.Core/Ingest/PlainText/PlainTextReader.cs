using Entente.Core.Text;

namespace Entente.Core.Ingest.PlainText;

/// <summary>
/// Reads plain text: one block per paragraph. A paragraph is a line, except in hard-wrapped text,
/// where the lines between blank lines are joined back into one paragraph. A crawler's date header
/// opening the file is taken as the publication date.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public bool CanRead(SourceDocument document) => true;

    public IEnumerable<RawArticle> Read(SourceDocument document)
    {
        var text = document.Text;
        var hardWrapped = IsHardWrapped(text);
        var header = FindHeader(Paragraphs(text, hardWrapped).Take(2).ToList());
        yield return new RawArticle
        {
            Document = document,
            Blocks = Blocks(text, hardWrapped, header),
            Start = 0,
            End = text.Length,
            Published = header?.Date,
            MayHoldSeveralArticles = true,
        };
    }

    /// <summary>
    /// The paragraphs, made as they are read (a file of millions of lines is never held as blocks all at once),
    /// the date header taken off the first.
    /// </summary>
    private static IEnumerable<Block> Blocks(string text, bool hardWrapped, Header? header)
    {
        var index = 0;
        foreach (var block in Paragraphs(text, hardWrapped))
        {
            if (header is { } found && found.Block == index)
            {
                var rest = block.Content.Slice(found.Length, block.Content.Length - found.Length).Trim();
                if (rest.Length > 0) yield return block with { Content = rest };
            }
            else
            {
                yield return block;
            }
            index++;
        }
    }

    private readonly record struct Header(int Block, string Date, int Length);

    /// <summary>
    /// The date header: opening the first paragraph, or alone on the line after a headline ("Title", "date 2021-04-03").
    /// </summary>
    private static Header? FindHeader(List<Block> opening)
    {
        if (opening.Count > 0 && DateHeader.Read(opening[0].Text) is { } first) return new Header(0, first.Date, first.Length);
        if (opening.Count > 1 && IsLoneHeader(opening[1].Text) && DateHeader.Read(opening[1].Text) is { } second)
            return new Header(1, second.Date, second.Length);
        return null;
    }

    /// <summary>"date 2021-04-03" (or "date 2021-04", "date 2021") and nothing else on the line.</summary>
    private static bool IsLoneHeader(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return DateHeader.Read(trimmed.ToString()) is { } header && header.Length == trimmed.Length;
    }

    /// <summary>The non-empty paragraphs: each line, or in hard-wrapped text each run of lines between blank lines joined.</summary>
    private static IEnumerable<Block> Paragraphs(string text, bool hardWrapped)
    {
        var group = new List<Line>();
        foreach (var line in Lines(text))
        {
            if (!hardWrapped)
            {
                if (line.IsBlank(text)) continue;
                // Trimmed before it is copied (a line may be a whole file of many megabytes): the same as Verbatim(…).Trim().
                var (start, end) = (line.Start, line.Start + line.Length);
                while (start < end && MappedText.IsTrimmable(text[start])) start++;
                while (end > start && MappedText.IsTrimmable(text[end - 1])) end--;
                if (end > start) yield return new Block(MappedText.Verbatim(text, start, end - start));
            }
            else if (IsLoneHeader(text.AsSpan(line.Start, line.Length)))
            {
                // A crawler's date header on its own line is a paragraph of its own, never joined to the headline above it.
                if (group.Count > 0 && JoinLines(text, group) is { Length: > 0 } before) yield return new Block(before);
                group.Clear();
                yield return new Block(MappedText.Verbatim(text, line.Start, line.Length).Trim());
            }
            else if (!line.IsBlank(text))
            {
                group.Add(line);
            }
            else if (group.Count > 0)
            {
                var joined = JoinLines(text, group);
                group.Clear();
                if (joined.Length > 0) yield return new Block(joined);
            }
        }
        if (group.Count > 0 && JoinLines(text, group) is { Length: > 0 } last) yield return new Block(last);
    }

    private readonly record struct Line(int Start, int Length)
    {
        public bool IsBlank(string text) => PlainTextReader.IsBlank(text.AsSpan(Start, Length));
    }

    /// <summary>Every line, blank or not, without its line break.</summary>
    private static IEnumerable<Line> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var length = end - start;
            if (length > 0 && text[start + length - 1] == '\r') length--;
            yield return new Line(start, length);
            start = end + 1;
        }
    }

    /// <summary>
    /// Hard-wrapped prose, judged over the whole file: nearly every line is at most 100 characters,
    /// and many lines inside paragraphs run on without closing a sentence.
    /// </summary>
    private static bool IsHardWrapped(string text)
    {
        int lines = 0, short_ = 0, runOn = 0;
        Line? previous = null;
        foreach (var line in Lines(text))
        {
            var blank = line.IsBlank(text);
            if (previous is { } held) Count(held, lastOfParagraph: blank);
            previous = blank ? null : line;
        }
        if (previous is { } final) Count(final, lastOfParagraph: true);
        return lines >= 3 && short_ * 10 >= lines * 9 && runOn * 10 >= lines * 3;

        void Count(Line held, bool lastOfParagraph)
        {
            var line = text.AsSpan(held.Start, held.Length).TrimEnd();
            lines++;
            if (line.Length <= 100) short_++;
            if (!lastOfParagraph && line.Length >= 40 && line.Length <= 100 && !EndsSentence(line)) runOn++;
        }
    }

    private static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
            if (!char.IsWhiteSpace(c) && c != '\uFEFF') return false;
        return true;
    }

    private static bool EndsSentence(ReadOnlySpan<char> line) =>
        line.Length > 0 && ".!?:\"”’'".Contains(line[^1]);

    private static MappedText JoinLines(string text, List<Line> group)
    {
        var builder = new MappedTextBuilder();
        foreach (var line in group)
        {
            var piece = MappedText.Verbatim(text, line.Start, line.Length).Trim();
            if (piece.Length == 0) continue;
            if (builder.Length > 0)
            {
                // A word broken at a hyphen stays joined ("well-|known"); otherwise the newline becomes a space.
                var brokenAtHyphen = builder[builder.Length - 1] == '-' && builder.Length > 1 && char.IsLetter(builder[builder.Length - 2]);
                if (!brokenAtHyphen) builder.Append(' ', line.Start);
            }
            builder.Append(piece);
        }
        return builder.Build();
    }
}
