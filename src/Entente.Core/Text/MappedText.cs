namespace Entente.Core.Text;

/// <summary>
/// Text derived from an input, with the input offset of every character, so that any
/// span of the derived text can be traced back to the exact place it came from.
/// </summary>
public sealed class MappedText
{
    public MappedText(string text, int[] rawIndex)
    {
        if (text.Length != rawIndex.Length)
            throw new ArgumentException("Every character needs an input offset.", nameof(rawIndex));
        Text = text;
        RawIndex = rawIndex;
    }

    public string Text { get; }

    /// <summary>RawIndex[i] is the offset in the input of Text[i].</summary>
    public int[] RawIndex { get; }

    public int Length => Text.Length;

    /// <summary>Text taken verbatim from input[start, start + length).</summary>
    public static MappedText Verbatim(string input, int start, int length)
    {
        var map = new int[length];
        for (var i = 0; i < length; i++) map[i] = start + i;
        return new MappedText(input.Substring(start, length), map);
    }

    public MappedText Slice(int start, int length) =>
        new(Text.Substring(start, length), RawIndex.AsSpan(start, length).ToArray());

    public MappedText Trim()
    {
        var s = 0;
        var e = Text.Length;
        while (s < e && IsTrimmable(Text[s])) s++;
        while (e > s && IsTrimmable(Text[e - 1])) e--;
        return s == 0 && e == Text.Length ? this : Slice(s, e - s);
    }

    /// <summary>A copy with a space inserted before each of the given positions (ascending).</summary>
    public MappedText InsertSpaces(IReadOnlyList<int> positions)
    {
        if (positions.Count == 0) return this;
        var builder = new MappedTextBuilder(Text.Length + positions.Count);
        var next = 0;
        for (var i = 0; i < Text.Length; i++)
        {
            while (next < positions.Count && positions[next] == i)
            {
                builder.Append(' ', RawIndex[i]);
                next++;
            }
            builder.Append(Text[i], RawIndex[i]);
        }
        return builder.Build();
    }

    // A byte-order mark is invisible and carries nothing, so it trims like white space.
    internal static bool IsTrimmable(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    public override string ToString() => Text;
}
