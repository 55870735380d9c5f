using System.Text;

namespace Entente.Core.Ingest;

/// <summary>
/// Finds the character encoding a page declares in its first bytes (&lt;meta charset&gt;, &lt;meta
/// http-equiv="Content-Type" content="…; charset=…"&gt;, &lt;?xml … encoding="…"?&gt;) and maps labels
/// as browsers do: ISO-8859-1 and ASCII are read as windows-1252, GB2312 as GBK, EUC-KR as its
/// windows-949 superset, Shift_JIS as windows-31J.
/// </summary>
internal static class CharsetDeclaration
{
    private static readonly Dictionary<string, int> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = 65001, ["utf8"] = 65001, ["unicode-1-1-utf-8"] = 65001,
        // A page that says UTF-16 in a meta tag was read as ASCII to find it, so it is not UTF-16.
        ["utf-16"] = 65001, ["utf-16le"] = 65001, ["utf-16be"] = 65001, ["unicode"] = 65001,
        ["windows-1252"] = 1252, ["cp1252"] = 1252, ["x-cp1252"] = 1252, ["iso-8859-1"] = 1252, ["iso8859-1"] = 1252,
        ["iso_8859-1"] = 1252, ["latin1"] = 1252, ["l1"] = 1252, ["us-ascii"] = 1252, ["ascii"] = 1252,
        ["windows-1250"] = 1250, ["cp1250"] = 1250, ["windows-1251"] = 1251, ["cp1251"] = 1251, ["x-cp1251"] = 1251,
        ["windows-1253"] = 1253, ["windows-1254"] = 1254, ["iso-8859-9"] = 1254, ["latin5"] = 1254,
        ["windows-1255"] = 1255, ["windows-1256"] = 1256, ["windows-1257"] = 1257, ["windows-1258"] = 1258,
        ["windows-874"] = 874, ["tis-620"] = 874, ["iso-8859-11"] = 874,
        ["koi8-r"] = 20866, ["koi8"] = 20866, ["cskoi8r"] = 20866, ["koi8-u"] = 21866, ["koi8-ru"] = 21866,
        ["gb2312"] = 936, ["gbk"] = 936, ["x-gbk"] = 936, ["cp936"] = 936, ["gb_2312-80"] = 936, ["csgb2312"] = 936,
        ["chinese"] = 936, ["euc-cn"] = 936, ["gb18030"] = 54936,
        ["big5"] = 950, ["big5-hkscs"] = 950, ["cn-big5"] = 950, ["x-x-big5"] = 950, ["csbig5"] = 950,
        ["shift_jis"] = 932, ["shift-jis"] = 932, ["sjis"] = 932, ["x-sjis"] = 932, ["ms_kanji"] = 932,
        ["windows-31j"] = 932, ["csshiftjis"] = 932, ["cp932"] = 932,
        ["euc-jp"] = 51932, ["x-euc-jp"] = 51932, ["iso-2022-jp"] = 50220,
        ["euc-kr"] = 949, ["ks_c_5601-1987"] = 949, ["windows-949"] = 949, ["cseuckr"] = 949, ["korean"] = 949, ["cp949"] = 949,
    };

    private static readonly Dictionary<int, string> Names = new()
    {
        [65001] = "utf-8", [936] = "gbk", [950] = "big5", [932] = "shift_jis", [949] = "euc-kr", [51932] = "euc-jp",
        [50220] = "iso-2022-jp", [20866] = "koi8-r", [21866] = "koi8-u", [54936] = "gb18030",
    };

    /// <summary>The encoding for a label, or null when the label names none we can decode.</summary>
    public static Encoding? ForLabel(string label)
    {
        label = label.Trim().Trim('"', '\'').Trim();
        if (Labels.TryGetValue(label, out var codePage)) return ForCodePage(codePage);
        if (label.StartsWith("iso-8859-", StringComparison.OrdinalIgnoreCase) || label.StartsWith("windows-", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
        return null;
    }

    public static Encoding ForCodePage(int codePage) =>
        codePage == 65001 ? Encoding.UTF8 : CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);

    /// <summary>The name an article record gives the encoding ("windows-1251", "gbk", "shift_jis").</summary>
    public static string NameOf(Encoding encoding) =>
        Names.TryGetValue(encoding.CodePage, out var name) ? name
        : encoding.CodePage is >= 1250 and <= 1258 or 874 ? $"windows-{encoding.CodePage}"
        : encoding.WebName;

    /// <summary>The declared encoding in the first <paramref name="window"/> bytes, or null when none is declared or known.</summary>
    public static Encoding? Find(ReadOnlySpan<byte> bytes, int window)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, window)]);
        if (head.StartsWith("<?xml", StringComparison.Ordinal) && Attribute(head, 0, head.IndexOf("?>", StringComparison.Ordinal), "encoding") is { } xml
            && ForLabel(xml) is { } fromXml)
            return fromXml;
        var at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = head.IndexOf('>', at);
            if (end < 0) break;
            if (Attribute(head, at, end, "charset") is { } label && ForLabel(label) is { } declared) return declared;
            at = end;
        }
        return null;
    }

    /// <summary>The value after "name=" inside head[start, end): quoted, or up to a space, quote, ';' or '&gt;'.</summary>
    private static string? Attribute(string head, int start, int end, string name)
    {
        if (end < 0) return null;
        var at = head.IndexOf(name, start, end - start, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var p = at + name.Length;
        while (p < end && head[p] == ' ') p++;
        if (p >= end || head[p] != '=') return null;
        p++;
        while (p < end && head[p] is ' ' or '"' or '\'') p++;
        var valueStart = p;
        while (p < end && head[p] is not (' ' or '"' or '\'' or ';' or '>' or '/')) p++;
        return p > valueStart ? head[valueStart..p] : null;
    }
}
