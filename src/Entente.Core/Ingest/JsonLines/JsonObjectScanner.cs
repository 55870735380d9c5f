using System.Globalization;
using Entente.Core.Text;

namespace Entente.Core.Ingest.JsonLines;

/// <summary>
/// Reads the top-level members of one JSON object on one line and decodes its string values with a
/// map from every decoded character back to its offset in the input, so that quotes taken from a
/// news-crawler record can point into the .jsonl file. Nested values are skipped without recursion.
/// </summary>
internal sealed class JsonObjectScanner(string text, int lineStart, int end)
{
    private readonly int _lineStart = lineStart;
    private int _pos = lineStart;

    /// <summary>Top-level string members (other member types are skipped); throws FormatException on malformed JSON.</summary>
    public Dictionary<string, MappedText> ReadStringMembers()
    {
        var members = new Dictionary<string, MappedText>(StringComparer.OrdinalIgnoreCase);
        SkipWhiteSpace();
        Expect('{');
        SkipWhiteSpace();
        if (Peek() == '}') { _pos++; return EnsureEnd(members); }
        while (true)
        {
            SkipWhiteSpace();
            var key = ReadString().Text;
            SkipWhiteSpace();
            Expect(':');
            SkipWhiteSpace();
            if (Peek() == '"') members[key] = ReadString();
            else SkipValue();
            SkipWhiteSpace();
            var c = Next();
            if (c == '}') return EnsureEnd(members);
            if (c != ',') throw Error($"expected ',' or '}}' but found '{c}'");
        }
    }

    private Dictionary<string, MappedText> EnsureEnd(Dictionary<string, MappedText> members)
    {
        SkipWhiteSpace();
        if (_pos < end) throw Error("text after the end of the object");
        return members;
    }

    private MappedText ReadString()
    {
        Expect('"');
        var builder = new MappedTextBuilder();
        while (true)
        {
            var at = _pos;
            var c = Next();
            if (c == '"') return builder.Build();
            if (c != '\\')
            {
                if (c < ' ') throw Error("control character inside a string");
                builder.Append(c, at);
                continue;
            }
            var escape = Next();
            switch (escape)
            {
                case 'n': builder.Append('\n', at); break;
                case 't': builder.Append('\t', at); break;
                case 'r': builder.Append('\r', at); break;
                case 'b': builder.Append('\b', at); break;
                case 'f': builder.Append('\f', at); break;
                case '/' or '\\' or '"': builder.Append(escape, at); break;
                case 'u':
                    if (_pos + 4 > end || !int.TryParse(text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        throw Error("bad \\u escape");
                    _pos += 4;
                    builder.Append((char)code, at);
                    break;
                default: throw Error($"bad escape '\\{escape}'");
            }
        }
    }

    /// <summary>Skips a number, literal, array or object, counting brackets instead of recursing.</summary>
    private void SkipValue()
    {
        var depth = 0;
        do
        {
            SkipWhiteSpace();
            var c = Peek();
            if (c == '"') { ReadString(); }
            else if (c is '{' or '[') { depth++; _pos++; }
            else if (c is '}' or ']') { if (depth == 0) throw Error($"unexpected '{c}'"); depth--; _pos++; }
            else if (c is ',' or ':') { if (depth == 0) throw Error($"unexpected '{c}'"); _pos++; }
            else
            {
                var from = _pos;
                while (_pos < end && (char.IsLetterOrDigit(text[_pos]) || text[_pos] is '-' or '+' or '.')) _pos++;
                if (_pos == from) throw Error($"unexpected '{c}'");
            }
        }
        while (depth > 0);
    }

    private void SkipWhiteSpace()
    {
        while (_pos < end && text[_pos] is ' ' or '\t' or '\r' or '\n' or '\uFEFF') _pos++;
    }

    private char Peek() => _pos < end ? text[_pos] : throw Error("unexpected end of line");

    private char Next() => _pos < end ? text[_pos++] : throw Error("unexpected end of line");

    private void Expect(char c)
    {
        if (Next() != c) throw Error($"expected '{c}'");
    }

    private FormatException Error(string message) => new($"{message} at column {_pos - _lineStart + 1}");
}
