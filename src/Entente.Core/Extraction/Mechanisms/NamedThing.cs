namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// A mechanism or agreement named in an article: its name as written, key words, its words in order
/// (Core, space-padded, without country names), parties and the sentence that names it.
/// </summary>
internal sealed record NamedThing(string Name, HashSet<string> Key, string Core, string[] Parties, int SentenceIndex)
{
    /// <summary>
    /// True when one full name is the other with more words around it ("Intergovernmental Committee" in
    /// "Vietnam-Belarus Intergovernmental Committee on Trade"); the same words in another order name another body.
    /// </summary>
    public bool SameAs(NamedThing other) =>
        Core.Contains(other.Core, StringComparison.Ordinal) || other.Core.Contains(Core, StringComparison.Ordinal);

    /// <summary>The acronym a name ends with ("Joint Trade Committee (JTC)" gives "JTC"), or null.</summary>
    public string? Acronym
    {
        get
        {
            if (!Name.EndsWith(')')) return null;
            var open = Name.LastIndexOf('(');
            var inner = open < 0 ? "" : Name[(open + 1)..^1];
            return inner.Length >= 2 && inner.Any(char.IsLetter) && inner.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-') ? inner : null;
        }
    }

    /// <summary>True when the other's key words are all among this one's.</summary>
    public bool Covers(IReadOnlySet<string> other) => other.Count > 0 && other.IsSubsetOf(Key);
}
