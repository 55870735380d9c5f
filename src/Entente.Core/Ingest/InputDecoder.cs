using System.Text;

namespace Entente.Core.Ingest;

/// <summary>
/// Decodes the bytes of an input: UTF-8 with or without BOM, UTF-16 with BOM. Invalid bytes are
/// replaced and reported; binary and empty inputs are refused with a one-line reason.
/// </summary>
public static class InputDecoder
{
    /// <summary>Inputs above this size are refused, which bounds memory per input.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceDocument Decode(string source, byte[] bytes)
    {
        if (bytes.Length == 0) throw new InputException("the input is empty");
        if (bytes.Length > MaxBytes) throw new InputException($"the input is {bytes.Length / (1024 * 1024)} MB, above the {MaxBytes / (1024 * 1024)} MB limit");

        var warnings = new List<string>();
        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else
        {
            if (LooksBinary(bytes)) throw new InputException("the input looks binary (it holds NUL or control bytes), not text");
            text = DecodeUtf8(bytes, warnings);
        }
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' '))) throw new InputException("the input holds only white space");
        return new SourceDocument(source, text, warnings);
    }

    // The UTF-8 BOM is kept as character 0 so offsets agree with readers that decode plain "utf-8".
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

    /// <summary>Text has no NUL bytes and few C0 control bytes other than tab, newline and carriage return.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 64 * 1024);
        var control = 0;
        for (var i = 0; i < sample; i++)
        {
            var b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C) control++;
        }
        return control > sample / 100 + 2;
    }
}
