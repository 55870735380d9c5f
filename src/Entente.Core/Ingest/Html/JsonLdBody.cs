using AngleSharp.Dom;
using Entente.Core.Text;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// Reads the "articleBody" string of a JSON-LD script straight from the source, so every
/// character keeps its offset: JSON escapes and HTML character references are decoded (mapped
/// to their first character), embedded markup is dropped, and line breaks or block tags separate paragraphs.
/// </summary>
internal static class JsonLdBody
{
    private const string Key = "\"articleBody\"";
    private const int LongestTag = 200;

    public static List<TextBlock> Read(ParsedHtml page, IElement script)
    {
        var blocks = new List<TextBlock>();
        var data = DomWalk.Text(script);
        var key = data.IndexOf(Key, StringComparison.Ordinal);
        if (key < 0) return blocks;
        var p = SkipSpace(data, key + Key.Length);
        if (p >= data.Length || data[p] != ':') return blocks;
        p = SkipSpace(data, p + 1);
        if (p >= data.Length || data[p] != '"') return blocks;
        var cursor = 0;
        var offsets = page.Text.Locate(data, ParsedHtml.StartOf(script), ref cursor);
        var (text, map) = DecodeString(data, p + 1, offsets);
        Split(text, map, script, blocks);
        return blocks;
    }

    private static int SkipSpace(string data, int p)
    {
        while (p < data.Length && char.IsWhiteSpace(data[p])) p++;
        return p;
    }

    /// <summary>The JSON string starting after its opening quote, with each character's source offset.</summary>
    private static (string Text, List<int> Map) DecodeString(string data, int p, int[] offsets)
    {
        var text = new System.Text.StringBuilder();
        var map = new List<int>();
        while (p < data.Length && data[p] != '"')
        {
            var at = offsets[p];
            if (data[p] != '\\' || p + 1 >= data.Length)
            {
                text.Append(data[p++]);
                map.Add(at);
                continue;
            }
            var escape = data[p + 1];
            p += 2;
            char decoded;
            if (escape == 'u' && p + 4 <= data.Length && ushort.TryParse(data.AsSpan(p, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
            {
                decoded = (char)code;
                p += 4;
            }
            else
            {
                decoded = escape switch { 'n' or 'r' => '\n', 't' or 'b' or 'f' => ' ', _ => escape };
            }
            text.Append(decoded);
            map.Add(at);
        }
        return (text.ToString(), map);
    }

    /// <summary>Cuts the decoded body into paragraphs at line breaks and block tags, dropping other tags and collapsing spaces.</summary>
    private static void Split(string text, List<int> map, IElement script, List<TextBlock> blocks)
    {
        var builder = new MappedTextBuilder();
        var pendingSpace = -1;
        void Flush()
        {
            builder.TrimEnd();
            if (builder.Length > 0) blocks.Add(new TextBlock(builder.Build(), script, 0, false, 0));
            builder = new MappedTextBuilder();
            pendingSpace = -1;
        }
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && TagEnd(text, i) is var end and > 0)
            {
                if (IsBlockTag(text, i)) Flush();
                else if (builder.Length > 0 && pendingSpace < 0) pendingSpace = map[i];
                i = end;
                continue;
            }
            if (c == '&' && CharacterReferenceAligner.TryReadReference(text, i, text.Length, out var length, out var symbol))
            {
                // Some sites escape the body for HTML as well as for JSON.
                if (pendingSpace >= 0) builder.Append(' ', pendingSpace);
                pendingSpace = -1;
                foreach (var decoded in symbol) builder.Append(decoded, map[i]);
                i += length;
                continue;
            }
            if (c == '\n') Flush();
            else if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && pendingSpace < 0) pendingSpace = map[i];
            }
            else
            {
                if (pendingSpace >= 0) builder.Append(' ', pendingSpace);
                pendingSpace = -1;
                builder.Append(c, map[i]);
            }
            i++;
        }
        Flush();
    }

    private static int TagEnd(string text, int start)
    {
        if (start + 1 >= text.Length || !(char.IsAsciiLetter(text[start + 1]) || text[start + 1] == '/')) return -1;
        var limit = Math.Min(text.Length, start + LongestTag);
        for (var i = start + 1; i < limit; i++) if (text[i] == '>') return i + 1;
        return -1;
    }

    private static bool IsBlockTag(string text, int start)
    {
        var i = start + 1;
        if (i < text.Length && text[i] == '/') i++;
        var nameStart = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) i++;
        var name = text[nameStart..i].ToLowerInvariant();
        return name is "p" or "br" or "div" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "tr";
    }
}
