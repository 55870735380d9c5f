using System.Net;
using System.Text;
using Entente.Core.Storage;

namespace Entente.Web.Text;

/// <summary>A stretch of an article's clean text: plain, or the quote of a fact.</summary>
public sealed record TextSegment(string Text, long? FactId);

/// <summary>
/// Places a stored quote inside its article's clean text. The stored offsets are into the input as
/// read (raw text, HTML source), and cleaning inserts spaces, joins lines and drops markup, so the
/// quote is matched on its letters and digits alone; where it occurs more than once, the stored
/// offsets pick the occurrence at the same relative place in the article.
/// </summary>
public static class QuoteLocator
{
    public static (int Start, int End)? Locate(StoredArticle article, string quote, int rawStart)
    {
        var (letters, map) = Project(article.Text);
        var wanted = Project(quote).Letters;
        if (wanted.Length == 0) wanted = Project(StripMarkup(quote)).Letters;
        var at = Nearest(letters, wanted, article, rawStart);
        if (at < 0)
        {
            wanted = Project(StripMarkup(quote)).Letters;
            at = wanted.Length == 0 ? -1 : Nearest(letters, wanted, article, rawStart);
        }
        if (at < 0) return null;
        var start = map[at];
        var end = map[at + wanted.Length - 1] + 1;
        // Punctuation that closes the quote (a full stop, a bracket) belongs to it when the text has it too.
        var closing = quote.TrimEnd().Length - 1 - quote.TrimEnd().AsSpan().LastIndexOfAnyExcept(ClosingPunctuation);
        while (closing-- > 0 && end < article.Text.Length && !char.IsLetterOrDigit(article.Text[end]) && !char.IsWhiteSpace(article.Text[end])) end++;
        return (start, end);
    }

    private static readonly System.Buffers.SearchValues<char> ClosingPunctuation = System.Buffers.SearchValues.Create(".,;:!?)]}\"'’”>%");

    /// <summary>The article's text cut into plain stretches and quotes of the given statements (overlaps go to the earlier quote).</summary>
    public static IReadOnlyList<TextSegment> Segments(StoredArticle article, IEnumerable<ArticleStatement> statements)
    {
        var spans = statements
            .Select(s => (Span: Locate(article, s.Quote, s.Start), s.FactId))
            .Where(s => s.Span is not null)
            .Select(s => (s.Span!.Value.Start, s.Span.Value.End, s.FactId))
            .OrderBy(s => s.Start).ThenBy(s => s.FactId)
            .ToList();
        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var (start, end, factId) in spans)
        {
            if (start < position) continue;
            if (start > position) segments.Add(new TextSegment(article.Text[position..start], null));
            segments.Add(new TextSegment(article.Text[start..end], factId));
            position = end;
        }
        if (position < article.Text.Length) segments.Add(new TextSegment(article.Text[position..], null));
        return segments;
    }

    private static int Nearest(string letters, string wanted, StoredArticle article, int rawStart)
    {
        var span = Math.Max(1, article.End - article.Start);
        var expected = (long)letters.Length * Math.Clamp(rawStart - article.Start, 0, span) / span;
        var best = -1;
        for (var at = letters.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = letters.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - expected) < Math.Abs(best - expected)) best = at;
            if (at > expected) break;
        }
        return best;
    }

    /// <summary>The text's letters and digits folded to lower case, and for each the index it came from.</summary>
    private static (string Letters, int[] Map) Project(string text)
    {
        var letters = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i])) continue;
            letters.Append(char.ToLowerInvariant(text[i]));
            map.Add(i);
        }
        return (letters.ToString(), [.. map]);
    }

    /// <summary>An HTML quote's text: tags dropped, character references decoded.</summary>
    private static string StripMarkup(string quote)
    {
        var text = new StringBuilder(quote.Length);
        var inTag = false;
        foreach (var c in quote)
        {
            if (c == '<') inTag = true;
            else if (c == '>' && inTag) inTag = false;
            else if (!inTag) text.Append(c);
        }
        return WebUtility.HtmlDecode(text.ToString());
    }
}
