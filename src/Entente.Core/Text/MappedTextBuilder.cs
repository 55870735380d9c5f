namespace Entente.Core.Text;

/// <summary>
/// Builds a <see cref="MappedText"/> one character or one mapped run at a time. Given the final length as its
/// capacity, it fills one array of offsets and hands it to the text it builds, so a long text's map (four bytes
/// a character) is neither regrown nor copied.
/// </summary>
public sealed class MappedTextBuilder(int capacity = 256)
{
    private char[] _text = new char[Math.Max(1, capacity)];
    private int[] _map = new int[Math.Max(1, capacity)];
    private int _length;

    public int Length => _length;

    public char this[int index] => (uint)index < (uint)_length ? _text[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public MappedTextBuilder Append(char c, int rawIndex)
    {
        Reserve(1);
        _text[_length] = c;
        _map[_length++] = rawIndex;
        return this;
    }

    public MappedTextBuilder Append(MappedText text)
    {
        Reserve(text.Length);
        text.Text.CopyTo(_text.AsSpan(_length));
        text.RawIndex.CopyTo(_map.AsSpan(_length));
        _length += text.Length;
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
        while (_length > 0 && char.IsWhiteSpace(_text[_length - 1])) _length--;
    }

    /// <summary>The text built so far; the builder starts empty again (it gives its map away when it is full).</summary>
    public MappedText Build()
    {
        var text = new string(_text, 0, _length);
        var map = _length == _map.Length ? _map : _map[.._length];
        (_text, _map, _length) = (new char[1], new int[1], 0);
        return new MappedText(text, map);
    }

    private void Reserve(int more)
    {
        if (_length + more <= _map.Length) return;
        var size = Math.Max(_length + more, 2 * _map.Length);
        Array.Resize(ref _text, size);
        Array.Resize(ref _map, size);
    }
}
