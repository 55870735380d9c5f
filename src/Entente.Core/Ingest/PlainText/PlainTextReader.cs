using Entente.Core.Text;

namespace Entente.Core.Ingest.PlainText;

/// <summary>
/// Reads plain text: one block per paragraph. A paragraph is a line, except in hard-wrapped text,
/// where the lines between blank lines are joined back into one paragraph.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public bool CanRead(SourceDocument document) => true;

    public IEnumerable<RawArticle> Read(SourceDocument document)
    {
        var text = document.Text;
        var groups = LineGroups(text);
        var blocks = new List<Block>();
        foreach (var group in groups)
        {
            if (IsHardWrapped(text, group))
                blocks.Add(new Block(JoinLines(text, group)));
            else
                blocks.AddRange(group.Select(line => new Block(MappedText.Verbatim(text, line.Start, line.Length).Trim())));
        }
        blocks.RemoveAll(b => b.Content.Length == 0);
        yield return new RawArticle
        {
            Document = document,
            Blocks = blocks,
            Start = 0,
            End = text.Length,
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
    /// Hard-wrapped prose: most lines but the last run on without closing a sentence and are of a
    /// similar, longish width.
    /// </summary>
    private static bool IsHardWrapped(string text, List<Line> group)
    {
        if (group.Count < 2) return false;
        var runOn = 0;
        for (var i = 0; i < group.Count - 1; i++)
        {
            var line = text.AsSpan(group[i].Start, group[i].Length).TrimEnd();
            if (line.Length >= 40 && line.Length <= 100 && !EndsSentence(line)) runOn++;
        }
        return runOn * 2 > group.Count - 1;
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
