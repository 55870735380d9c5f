using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Entente.Core.Text;

/// <summary>
/// The lexicon's words, lower-cased, in one character buffer with an open-addressing index over it: a few
/// arrays instead of a string and a dictionary node per word, so that lookups by span allocate nothing and the
/// whole table can be written once at build time (tools/ResourceCompiler) and read back as four blocks.
/// </summary>
internal sealed class WordTable
{
    /// <summary>The rank of a word that came without one.</summary>
    public const int Unranked = int.MaxValue;

    // "ENTLEX" and a format version: a table written by another version is refused, not misread.
    private const long Magic = 0x0001_5845_4C54_4E45;

    // A slot holds the entry's index + 1 in its low bits (0: empty) and bits of the word's hash above them, so a
    // probe reads a word's characters only when its hash bits agree.
    private const int IndexBits = 21;
    private const int IndexMask = (1 << IndexBits) - 1;

    private char[] _chars;
    private int _charCount;
    // Entry i spans _chars[_starts[i].._starts[i + 1]].
    private int[] _starts;
    private Entry[] _entries;
    // Never more than half full.
    private int[] _slots;
    private char[] _lower = new char[64];

    /// <param name="capacity">How many words to make room for at once (more can be added).</param>
    public WordTable(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity * 10];
        _starts = new int[capacity + 1];
        _entries = new Entry[capacity];
        _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)(2 * capacity))];
    }

    public readonly record struct Entry(int Rank, bool InDictionary);

    /// <summary>A table of the frequency list's words (ranked in order) and the dictionary's (marked as common words).</summary>
    public static WordTable Of(IEnumerable<string> byFrequency, IEnumerable<string> dictionary)
    {
        var table = new WordTable();
        foreach (var word in byFrequency) table.AddRanked(word);
        foreach (var word in dictionary) table.AddDictionaryWord(word);
        return table;
    }

    public int Count { get; private set; }

    /// <summary>How many words came with a frequency rank.</summary>
    public int RankedCount { get; private set; }

    /// <summary>Adds the next word of the frequency list (rank = order of first appearance); repeats are ignored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddRanked(ReadOnlySpan<char> word)
    {
        var key = Lower(word);
        if (key.Length == 0 || Find(key) >= 0) return;
        Insert(key, new Entry(RankedCount++, false));
    }

    /// <summary>Marks a word as a common dictionary word, adding it unranked when it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddDictionaryWord(ReadOnlySpan<char> word)
    {
        var key = Lower(word);
        if (key.Length == 0) return;
        var index = Find(key);
        if (index >= 0) _entries[index] = _entries[index] with { InDictionary = true };
        else Insert(key, new Entry(Unranked, true));
    }

    /// <summary>Looks up a word already in lower case.</summary>
    public bool TryGet(ReadOnlySpan<char> lower, out Entry entry)
    {
        var index = Find(lower);
        entry = index >= 0 ? _entries[index] : default;
        return index >= 0;
    }

    public bool Contains(ReadOnlySpan<char> lower) => Find(lower) >= 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> Lower(ReadOnlySpan<char> word)
    {
        if (_lower.Length < word.Length) _lower = new char[word.Length * 2];
        var written = word.ToLowerInvariant(_lower);
        return _lower.AsSpan(0, written);
    }

    // Not AggressiveOptimization, unlike the building methods: that would keep ReadyToRun from compiling it ahead,
    // and every run looks words up.
    private int Find(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        var tag = hash & ~IndexMask;
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var held = _slots[slot];
            if (held == 0) return -1;
            if ((held & ~IndexMask) != tag) continue;
            var index = (held & IndexMask) - 1;
            if (_chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]).SequenceEqual(key)) return index;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(ReadOnlySpan<char> key, Entry entry)
    {
        if (Count + 1 >= IndexMask) throw new InvalidOperationException($"A word table holds at most {IndexMask - 1} words.");
        if (2 * (Count + 1) > _slots.Length) Rehash(2 * _slots.Length);
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, 2 * _entries.Length);
            Array.Resize(ref _starts, _entries.Length + 1);
        }
        if (_charCount + key.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(2 * _chars.Length, _charCount + key.Length));
        key.CopyTo(_chars.AsSpan(_charCount));
        _starts[Count] = _charCount;
        _charCount += key.Length;
        _starts[Count + 1] = _charCount;
        _entries[Count] = entry;
        Place(key, Count);
        Count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Place(ReadOnlySpan<char> key, int index)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = (hash & ~IndexMask) | (index + 1);
    }

    // The same in every process (string hashes are randomised per process), so a table written at build time is
    // read back as it is: FNV-1a over the characters, then mixed so that low and high bits both vary.
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return (int)hash;
    }

    /// <summary>Writes the table in the form <see cref="ReadFrom"/> reads.</summary>
    public void WriteTo(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Count);
        writer.Write(RankedCount);
        writer.Write(_charCount);
        writer.Write(_slots.Length);
        writer.Flush();
        stream.Write(MemoryMarshal.AsBytes(_chars.AsSpan(0, _charCount)));
        stream.Write(MemoryMarshal.AsBytes(_starts.AsSpan(0, Count + 1)));
        stream.Write(MemoryMarshal.AsBytes(_entries.AsSpan(0, Count)));
        stream.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
    }

    /// <summary>A table written by <see cref="WriteTo"/>: four blocks copied, nothing hashed.</summary>
    public static WordTable ReadFrom(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt64() != Magic) throw new InvalidDataException("The word table was written by another version.");
        var count = reader.ReadInt32();
        var table = new WordTable(0)
        {
            Count = count,
            RankedCount = reader.ReadInt32(),
            _charCount = reader.ReadInt32(),
        };
        table._chars = new char[table._charCount];
        table._starts = new int[count + 1];
        table._entries = new Entry[count];
        table._slots = new int[reader.ReadInt32()];
        stream.ReadExactly(MemoryMarshal.AsBytes(table._chars.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(table._starts.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(table._entries.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(table._slots.AsSpan()));
        return table;
    }

    private void Rehash(int size)
    {
        _slots = new int[size];
        for (var i = 0; i < Count; i++) Place(_chars.AsSpan(_starts[i], _starts[i + 1] - _starts[i]), i);
    }
}
