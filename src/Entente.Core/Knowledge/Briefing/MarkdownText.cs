using System.Text;

namespace Entente.Core.Knowledge.Briefing;

/// <summary>Text from sources placed in Markdown: characters Markdown would read as markup are escaped, line breaks flattened.</summary>
public static class MarkdownText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
