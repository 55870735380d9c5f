using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Entente.Core.Text;

/// <summary>
/// A MinHash signature of a text's five-word shingles: the share of equal slots between two signatures
/// estimates the Jaccard similarity of the texts, so the same wire story on two sites is found
/// without comparing it against every stored article (the signature is also cut into LSH bands).
/// </summary>
public sealed class MinHashSignature
{
    public const int Slots = 64;
    public const int Bands = 16;
    private const int RowsPerBand = Slots / Bands;
    private const int ShingleWords = 5;

    private static readonly ulong[] Seeds = MakeSeeds();

    private MinHashSignature(ulong[] values) => Values = values;

    public ulong[] Values { get; }

    public static MinHashSignature Of(string text)
    {
        var values = new ulong[Slots];
        Array.Fill(values, ulong.MaxValue);
        var words = Words(text);
        var count = Math.Max(1, words.Count - ShingleWords + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            for (var j = i; j < Math.Min(words.Count, i + ShingleWords); j++) builder.Append(words[j]).Append(' ');
            var shingle = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(builder.ToString().AsSpan()));
            for (var s = 0; s < Slots; s++)
            {
                var h = Mix(shingle ^ Seeds[s]);
                if (h < values[s]) values[s] = h;
            }
        }
        return new MinHashSignature(values);
    }

    public static MinHashSignature FromBytes(byte[] bytes) => new(MemoryMarshal.Cast<byte, ulong>(bytes).ToArray());

    public byte[] ToBytes() => MemoryMarshal.AsBytes(Values.AsSpan()).ToArray();

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets.</summary>
    public double Similarity(MinHashSignature other)
    {
        var equal = 0;
        for (var i = 0; i < Slots; i++)
            if (Values[i] == other.Values[i]) equal++;
        return equal / (double)Slots;
    }

    /// <summary>One hash per band; two texts sharing any band hash are candidates for comparison.</summary>
    public long[] BandHashes()
    {
        var bands = new long[Bands];
        for (var b = 0; b < Bands; b++)
            bands[b] = (long)XxHash64.HashToUInt64(MemoryMarshal.AsBytes(Values.AsSpan(b * RowsPerBand, RowsPerBand)), b);
        return bands;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    // SplitMix64 finaliser: turns one shingle hash into independent-looking hashes per slot.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Slots];
        ulong state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Slots; i++) seeds[i] = Mix(state += 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
