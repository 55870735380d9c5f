using System.Text;

namespace Entente.Core.Text;

/// <summary>Builds a <see cref="MappedText"/> one character or one mapped run at a time.</summary>
public sealed class MappedTextBuilder(int capacity = 256)
{
    private readonly StringBuilder _text = new(capacity);
    private readonly List<int> _map = new(capacity);

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public MappedTextBuilder Append(char c, int rawIndex)
    {
        _text.Append(c);
        _map.Add(rawIndex);
        return this;
    }

    public MappedTextBuilder Append(MappedText text)
    {
        _text.Append(text.Text);
        _map.AddRange(text.RawIndex);
        return this;
    }

    /// <summary>Appends text that has no single source character (a paragraph break), mapped to one offset.</summary>
    public MappedTextBuilder AppendSynthetic(string text, int rawIndex)
    {
        foreach (var c in text) Append(c, rawIndex);
        return this;
    }

    public void TrimEnd()
    {
        var n = _text.Length;
        while (n > 0 && char.IsWhiteSpace(_text[n - 1])) n--;
        _map.RemoveRange(n, _text.Length - n);
        _text.Length = n;
    }

    public MappedText Build() => new(_text.ToString(), _map.ToArray());
}
