using AngleSharp.Html;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// Maps each character of a decoded text run back to the source range it was decoded from:
/// literal characters to themselves, a character reference (&amp;amp;, &amp;#233;) to its '&amp;',
/// a CR LF pair to the CR. Linear in the length of the run.
/// </summary>
internal static class CharacterReferenceAligner
{
    private const int LongestEntityName = 32;

    /// <summary>Fills <paramref name="map"/> with the source offset of each character of <paramref name="decoded"/>, which was read from source[start, end).</summary>
    /// <param name="decodesReferences">False for raw text (scripts, styles), where '&amp;' is only itself.</param>
    public static void Align(string source, int start, int end, string decoded, Span<int> map, bool decodesReferences = true)
    {
        end = Math.Min(end, source.Length);
        var p = Math.Max(0, start);
        var i = 0;
        while (i < decoded.Length)
        {
            if (p >= end)
            {
                // The tokenizer produced more than the range holds (end of file); keep offsets inside the source.
                map[i++] = Math.Max(0, Math.Min(end, source.Length) - 1);
                continue;
            }
            var c = source[p];
            if (c == '&' && decodesReferences && TryReadReference(source, p, end, out var length, out var symbol)
                && decoded.AsSpan(i).StartsWith(symbol, StringComparison.Ordinal))
            {
                for (var k = 0; k < symbol.Length; k++) map[i++] = p;
                p += length;
            }
            else if (c == decoded[i])
            {
                map[i++] = p++;
            }
            else if (c == '\r' && decoded[i] == '\n')
            {
                map[i++] = p++;
                if (p < end && source[p] == '\n') p++;
            }
            else
            {
                p++; // a source character the parser dropped (NUL, or a newline after <pre>)
            }
        }
    }

    /// <summary>Reads the character reference starting at source[p] == '&amp;': its length in the source and what it stands for.</summary>
    public static bool TryReadReference(string source, int p, int end, out int length, out string symbol)
    {
        length = 0;
        symbol = "";
        var q = p + 1;
        if (q < end && source[q] == '#') return TryReadNumeric(source, p, q + 1, end, out length, out symbol);

        var nameEnd = q;
        while (nameEnd < end && nameEnd - q < LongestEntityName && char.IsAsciiLetterOrDigit(source[nameEnd])) nameEnd++;
        if (nameEnd == q) return false;
        var resolver = HtmlEntityProvider.Resolver;
        if (nameEnd < end && source[nameEnd] == ';')
        {
            var full = resolver.GetSymbol(source.Substring(q, nameEnd - q + 1));
            if (!string.IsNullOrEmpty(full))
            {
                length = nameEnd + 1 - p;
                symbol = full;
                return true;
            }
        }
        // Legacy references without ';' (&copy2): the longest known prefix wins.
        for (var k = nameEnd; k > q + 1; k--)
        {
            var legacy = resolver.GetSymbol(source.Substring(q, k - q));
            if (string.IsNullOrEmpty(legacy)) continue;
            length = k - p;
            symbol = legacy;
            return true;
        }
        return false;
    }

    private static bool TryReadNumeric(string source, int p, int q, int end, out int length, out string symbol)
    {
        length = 0;
        symbol = "";
        var hex = q < end && (source[q] == 'x' || source[q] == 'X');
        if (hex) q++;
        var digitsStart = q;
        long value = 0;
        while (q < end && (hex ? char.IsAsciiHexDigit(source[q]) : char.IsAsciiDigit(source[q])))
        {
            var digit = source[q] <= '9' ? source[q] - '0' : (source[q] | 0x20) - 'a' + 10;
            if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + digit;
            q++;
        }
        if (q == digitsStart) return false;
        if (q < end && source[q] == ';') q++;
        length = q - p;
        symbol = Decode(value);
        return true;
    }

    private static string Decode(long value)
    {
        var code = (int)Math.Min(value, 0x110000);
        if (HtmlEntityProvider.IsInCharacterTable(code)) return HtmlEntityProvider.GetSymbolFromTable(code) ?? "\uFFFD";
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return "\uFFFD";
        return char.ConvertFromUtf32(code);
    }
}
