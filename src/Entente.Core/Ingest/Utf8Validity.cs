namespace Entente.Core.Ingest;

/// <summary>How many multi-byte UTF-8 sequences in some bytes are well formed, and how many bytes are not.</summary>
internal readonly record struct Utf8Validity(int Valid, int Invalid)
{
    public static Utf8Validity Of(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            var length = b switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            if (length == 0 || i + length > bytes.Length || !Continues(bytes.Slice(i + 1, length - 1)) || Overlong(bytes, i, b))
            {
                invalid++;
                i++;
                continue;
            }
            valid++;
            i += length;
        }
        return new Utf8Validity(valid, invalid);
    }

    private static bool Continues(ReadOnlySpan<byte> tail)
    {
        foreach (var t in tail) if ((t & 0xC0) != 0x80) return false;
        return true;
    }

    // Overlong forms, surrogates and code points above U+10FFFF, which strict decoders refuse.
    private static bool Overlong(ReadOnlySpan<byte> bytes, int i, byte lead) => lead switch
    {
        0xE0 => bytes[i + 1] < 0xA0,
        0xED => bytes[i + 1] > 0x9F,
        0xF0 => bytes[i + 1] < 0x90,
        0xF4 => bytes[i + 1] > 0x8F,
        _ => false,
    };
}
