namespace Entente.Core.Extraction.People;

/// <summary>
/// A person named in an article: the name as written, the office as written (null when none is
/// given) and the country the text ties them to. [Start, End) covers the office and the name.
/// </summary>
public sealed record PersonMention(int Start, int End, string Name, string? Office, string? Country)
{
    /// <summary>Where the name itself starts.</summary>
    public int NameStart { get; init; }
}
