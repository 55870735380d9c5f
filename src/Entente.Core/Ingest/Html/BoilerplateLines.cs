namespace Entente.Core.Ingest.Html;

/// <summary>Short lines that are page furniture whatever element holds them: share prompts, "Read more", credits.</summary>
internal static class BoilerplateLines
{
    // A line starting with one of these (case-insensitive) and short enough to be a prompt is furniture.
    private static readonly string[] Openings =
    [
        "read more", "read also", "also read", "see also", "related:", "related articles", "related stories",
        "related news", "related posts", "more on this", "more stories", "more from", "most read", "most popular",
        "advertisement", "advertising", "sponsored", "share this", "share on", "share:", "follow us", "sign up",
        "subscribe", "click here", "tap here", "copyright", "©", "all rights reserved", "photo:", "photo credit",
        "photos:", "image:", "image credit", "video:", "leave a comment", "leave a reply", "posted in",
        "filed under", "tags:", "tagged:", "we use cookies", "this website uses cookies", "this site uses cookies",
        "accept cookies", "accept all", "print this", "email this", "skip to", "back to top", "loading",
        "get the latest", "don't miss", "recommended for you", "you may also like", "you might also like",
        "join the conversation", "comments", "next article", "previous article", "next post", "previous post",
    ];

    private const int PromptLength = 160;
    private const int BylineLength = 80;

    public static bool IsBoilerplate(string line)
    {
        if (line.Length > PromptLength) return false;
        if (IsByline(line)) return true;
        var trimmed = line.TrimStart(' ', '>', '»', '•', '-', '|', '*', '(', '[', '\u2192');
        foreach (var opening in Openings)
        {
            if (trimmed.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>"By Jane Doe, Trade Correspondent": short, capitalised after "By", and not a sentence.</summary>
    private static bool IsByline(string line) =>
        line.Length <= BylineLength && line.StartsWith("By ", StringComparison.Ordinal)
        && line.Length > 3 && char.IsUpper(line[3]) && line[^1] is not ('.' or '!' or '?');
}
