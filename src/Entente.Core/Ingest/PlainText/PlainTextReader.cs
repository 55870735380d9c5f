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
        var groups = LineGroups(text);
        var hardWrapped = IsHardWrapped(text, groups);
        var blocks = new List<Block>();
        foreach (var group in groups)
        {
            if (hardWrapped)
                blocks.Add(new Block(JoinLines(text, group)));
            else
                blocks.AddRange(group.Select(line => new Block(MappedText.Verbatim(text, line.Start, line.Length).Trim())));
        }
        blocks.RemoveAll(b => b.Content.Length == 0);
        var header = blocks.Count > 0 ? DateHeader.Read(blocks[0].Text) : null;
        if (header is { } h)
        {
            var rest = blocks[0].Content.Slice(h.Length, blocks[0].Content.Length - h.Length).Trim();
            if (rest.Length == 0) blocks.RemoveAt(0);
            else blocks[0] = blocks[0] with { Content = rest };
        }
        yield return new RawArticle
        {
            Document = document,
            Blocks = blocks,
            Start = 0,
            End = text.Length,
            Published = header?.Date,
            MayHoldSeveralArticles = true,
        };
    }

    private readonly record struct Line(int Start, int Length);

    /// <summary>Runs of non-blank lines, separated by blank lines.</summary>
    private static List<List<Line>> LineGroups(string text)
    {
        var groups = new List<List<Line>>();
        var current = new List<Line>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var length = end - start;
            if (length > 0 && text[start + length - 1] == '\r') length--;
            if (IsBlank(text.AsSpan(start, length)))
            {
                if (current.Count > 0) groups.Add(current);
                current = [];
            }
            else
            {
                current.Add(new Line(start, length));
            }
            start = end + 1;
        }
        if (current.Count > 0) groups.Add(current);
        return groups;
    }

    /// <summary>
    /// Hard-wrapped prose, judged over the whole file: nearly every line is at most 100 characters,
    /// and many lines inside paragraphs run on without closing a sentence.
    /// </summary>
    private static bool IsHardWrapped(string text, List<List<Line>> groups)
    {
        int lines = 0, short_ = 0, runOn = 0;
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                var line = text.AsSpan(group[i].Start, group[i].Length).TrimEnd();
                lines++;
                if (line.Length <= 100) short_++;
                if (i < group.Count - 1 && line.Length >= 40 && line.Length <= 100 && !EndsSentence(line)) runOn++;
            }
        }
        return lines >= 3 && short_ * 10 >= lines * 9 && runOn * 10 >= lines * 3;
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
