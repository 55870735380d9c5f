using System.Text;

namespace Entente.Core.Ingest;

/// <summary>
/// Decodes the bytes of an input into text and says which character encoding it used. In order:
/// a byte order mark; UTF-16 recognised by its pattern of zero bytes; UTF-8 when the bytes are valid
/// UTF-8 (pages saved again as UTF-8 often keep their old declaration); the charset a page declares
/// (&lt;meta charset&gt;, http-equiv, XML declaration); else the legacy encoding whose decoding reads most
/// like text (<see cref="EncodingSniffer"/>). Invalid bytes are replaced and reported. Empty and
/// binary inputs are refused with a one-line reason; a NUL byte alone does not make an input binary.
/// </summary>
public static class InputDecoder
{
    /// <summary>Inputs above this size are refused, which bounds memory per input.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    // How much of the start is looked at to recognise UTF-16, binary data and a declared charset.
    private const int Sample = 64 * 1024;
    private const int DeclarationWindow = 16 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceDocument Decode(string source, byte[] bytes)
    {
        if (bytes.Length == 0) throw new InputException("the input is empty");
        if (bytes.Length > MaxBytes) throw new InputException($"the input is {bytes.Length / (1024 * 1024)} MB, above the {MaxBytes / (1024 * 1024)} MB limit");

        var warnings = new List<string>();
        var (text, name) = DecodeText(bytes, warnings);
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ').Replace('\0', ' '))) throw new InputException("the input holds only white space");
        // NUL is never text; a space in its place keeps every offset and lets the readers go on.
        if (text.Contains('\0')) text = text.Replace('\0', ' ');
        return new SourceDocument(source, text, warnings) { Encoding = name };
    }

    private static (string Text, string Encoding) DecodeText(byte[] bytes, List<string> warnings)
    {
        // The UTF-8 BOM is kept as character 0 so offsets agree with readers that decode plain "utf-8".
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return (DecodeUtf8(bytes, warnings), "utf-8");
        if (bytes is [0xFF, 0xFE, ..]) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        if (bytes is [0xFE, 0xFF, ..]) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be");
        if (Utf16Pattern(bytes) is { } utf16)
            return (utf16.GetString(bytes, 0, bytes.Length & ~1), utf16.CodePage == Encoding.Unicode.CodePage ? "utf-16le" : "utf-16be");
        if (BinarySignature(bytes) is { } format) throw new InputException($"the input is binary ({format}), not text");
        if (LooksBinary(bytes)) throw new InputException("the input looks binary (it holds many control bytes), not text");

        var utf8 = Utf8Validity.Of(bytes);
        if (utf8.Invalid == 0) return (StrictUtf8.GetString(bytes), "utf-8");
        if (CharsetDeclaration.Find(bytes, DeclarationWindow) is { } declared)
        {
            if (declared.CodePage == Encoding.UTF8.CodePage) return (DecodeUtf8(bytes, warnings), "utf-8");
            return (DecodeLegacy(bytes, declared, warnings), CharsetDeclaration.NameOf(declared));
        }
        // Mostly valid multi-byte UTF-8 with a few broken sequences is damaged UTF-8, not another encoding;
        // so are bytes that no legacy encoding turns into text.
        if (utf8.Valid < 2 * utf8.Invalid && EncodingSniffer.Guess(bytes.AsSpan(0, Math.Min(bytes.Length, Sample))) is { } sniffed)
            return (DecodeLegacy(bytes, sniffed, warnings), CharsetDeclaration.NameOf(sniffed));
        return (DecodeUtf8(bytes, warnings), "utf-8");
    }

    private static string DecodeUtf8(byte[] bytes, List<string> warnings)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var replaced = text.Count(c => c == '\uFFFD');
            warnings.Add($"invalid UTF-8 (first at byte {e.Index}): {replaced} sequence(s) replaced with U+FFFD");
            return text;
        }
    }

    private static string DecodeLegacy(byte[] bytes, Encoding encoding, List<string> warnings)
    {
        var text = encoding.GetString(bytes);
        var replaced = text.Count(c => c == '\uFFFD');
        if (replaced > 0) warnings.Add($"{replaced} byte sequence(s) not valid in {CharsetDeclaration.NameOf(encoding)} replaced with U+FFFD");
        return text;
    }

    /// <summary>
    /// UTF-16 without a byte order mark: text in Latin, Cyrillic or markup puts a zero in the high
    /// byte of most characters, so one of the two byte positions is mostly zero and the other is not.
    /// </summary>
    private static Encoding? Utf16Pattern(byte[] bytes)
    {
        var pairs = Math.Min(bytes.Length, Sample) / 2;
        if (pairs < 2) return null;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenZero++;
            if (bytes[2 * i + 1] == 0) oddZero++;
        }
        if (oddZero * 10 >= pairs * 4 && evenZero * 20 <= pairs) return Encoding.Unicode;
        if (evenZero * 10 >= pairs * 4 && oddZero * 20 <= pairs) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>The file formats whose first bytes say they are not text, whatever follows.</summary>
    private static string? BinarySignature(byte[] bytes) => bytes switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "a GIF image",
        [(byte)'P', (byte)'K', 0x03, 0x04, ..] => "a ZIP archive or office document",
        [0x1F, 0x8B, ..] => "gzip-compressed",
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => "a PDF document",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "an executable",
        [(byte)'M', (byte)'Z', ..] when bytes.Length > 64 && bytes.AsSpan(0, 64).Contains((byte)0) => "an executable",
        _ => null,
    };

    /// <summary>
    /// Text has few C0 control bytes other than tab, newline, form feed, carriage return and escape
    /// (ISO-2022); NUL bytes are not counted, so padding or a stray NUL leaves a page readable.
    /// </summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, Sample);
        var control = 0;
        for (var i = 0; i < sample; i++)
        {
            var b = bytes[i];
            if (b is > 0 and < 0x20 and not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1B)) control++;
        }
        return control > sample / 20 + 2;
    }
}
