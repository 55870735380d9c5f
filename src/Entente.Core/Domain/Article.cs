namespace Entente.Core.Domain;

/// <summary>
/// One article found in an input: its clean text, and for every character of that text the
/// position in the input it came from, so that quotes can be highlighted in the original.
/// </summary>
public sealed class Article
{
    public required string Source { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }

    /// <summary>True when no metadata or stated date gave the publication date and its year was inferred from the content.</summary>
    public bool PublishedInferred { get; init; }
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }

    /// <summary>The character encoding the input was decoded from.</summary>
    public string? Encoding { get; init; }

    /// <summary>Null for a story; "comments" for readers' comments kept apart from the story of a page.</summary>
    public string? Part { get; init; }

    /// <summary>RawIndex[i] is the offset in the input of Text[i]; inserted spaces map to the next character.</summary>
    public required int[] RawIndex { get; init; }

    /// <summary>The decoded input this article came from.</summary>
    public required string RawText { get; init; }

    private Entente.Core.Text.TextReading? _reading;

    /// <summary>A reading of <see cref="Text"/> made while cleaning, if one was; the first analysis of the article takes it.</summary>
    internal Entente.Core.Text.TextReading? Reading { init => _reading = value; }

    /// <summary>The reading made while cleaning, once: the article analysis that takes it owns it (it is not thread-safe).</summary>
    internal Entente.Core.Text.TextReading? TakeReading() => Interlocked.Exchange(ref _reading, null);

    /// <summary>The raw range covering clean text [start, end).</summary>
    public (int Start, int End) RawRange(int start, int end)
    {
        if (end <= start) return (RawIndex[start], RawIndex[start]);
        return (RawIndex[start], RawIndex[end - 1] + 1);
    }
}
