namespace Entente.Core.Ingest.Html;

/// <summary>
/// All text the tokenizer decoded, in source order, with each character's source offset.
/// Text nodes of the parsed tree are concatenations of these runs, so a node is located by
/// finding its text in this stream at or after the start tag that precedes it.
/// </summary>
internal sealed class SourceTextIndex
{
    // How far past the expected place a node's text is searched for before giving up.
    private const int SearchWindow = 4096;

    private readonly string _stream;
    private readonly int[] _offsets;
    private readonly int _sourceLength;

    private SourceTextIndex(string stream, int[] offsets, int sourceLength)
    {
        _stream = stream;
        _offsets = offsets;
        _sourceLength = sourceLength;
    }

    public static SourceTextIndex Build(string source, IReadOnlyList<CharacterRun> runs)
    {
        var total = 0;
        foreach (var run in runs) total += run.Text.Length;
        var text = new char[total];
        var offsets = new int[total];
        var at = 0;
        foreach (var run in runs)
        {
            run.Text.CopyTo(text.AsSpan(at));
            CharacterReferenceAligner.Align(source, run.Start, run.End, run.Text, offsets.AsSpan(at, run.Text.Length), decodesReferences: !run.IsRawText);
            at += run.Text.Length;
        }
        return new SourceTextIndex(new string(text), offsets, source.Length);
    }

    /// <summary>
    /// Source offsets of each character of a text node whose source lies at or after <paramref name="lowerBound"/>,
    /// looked for first after <paramref name="cursor"/> (where the previous node ended), which is moved past it.
    /// </summary>
    public int[] Locate(string data, int lowerBound, ref int cursor)
    {
        if (data.Length == 0) return [];
        lowerBound = Math.Clamp(lowerBound, 0, Math.Max(0, _sourceLength - 1));
        var fromLast = Math.Max(lowerBound, cursor);
        if (TryFind(data, fromLast, out var at) || (fromLast > lowerBound && TryFind(data, lowerBound, out at)))
        {
            var found = _offsets.AsSpan(at, data.Length).ToArray();
            cursor = found[^1] + 1;
            return found;
        }
        var aligned = TryAlign(data, fromLast) ?? (fromLast > lowerBound ? TryAlign(data, lowerBound) : null);
        if (aligned is not null)
        {
            cursor = aligned[^1] + 1;
            return aligned;
        }
        // Text the parser made up or moved far away: point at the nearest known place.
        var approximate = new int[data.Length];
        Array.Fill(approximate, lowerBound);
        return approximate;
    }

    private bool TryFind(string data, int sourceOffset, out int at)
    {
        var start = FirstAtOrAfter(sourceOffset);
        at = start;
        if (start + data.Length > _stream.Length) return false;
        if (_stream.AsSpan(start, data.Length).SequenceEqual(data)) return true;
        var window = Math.Min(_stream.Length - start, data.Length + SearchWindow);
        var index = _stream.AsSpan(start, window).IndexOf(data, StringComparison.Ordinal);
        at = start + index;
        return index >= 0;
    }

    /// <summary>
    /// Matches the node's characters one by one, skipping stream characters the tree builder
    /// dropped (NUL, a newline after &lt;pre&gt;); gives up after a window of skips.
    /// </summary>
    private int[]? TryAlign(string data, int sourceOffset)
    {
        var s = FirstAtOrAfter(sourceOffset);
        var skips = SearchWindow;
        var map = new int[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            while (s < _stream.Length && _stream[s] != data[i] && skips > 0)
            {
                s++;
                skips--;
            }
            if (s >= _stream.Length || _stream[s] != data[i]) return null;
            map[i] = _offsets[s++];
        }
        return map;
    }

    private int FirstAtOrAfter(int sourceOffset)
    {
        int lo = 0, hi = _offsets.Length;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (_offsets[mid] < sourceOffset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

/// <summary>One character token: text read from source[Start, End), with character references decoded unless it is raw text (script, style).</summary>
internal readonly record struct CharacterRun(int Start, int End, string Text, bool IsRawText);
