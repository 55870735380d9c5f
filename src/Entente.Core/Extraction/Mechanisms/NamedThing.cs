namespace Entente.Core.Extraction.Mechanisms;

/// <summary>A mechanism or agreement named in an article: its name as written, key words, parties and the sentence that names it.</summary>
internal sealed record NamedThing(string Name, HashSet<string> Key, string[] Parties, int SentenceIndex)
{
    /// <summary>True when the other's key words are all among this one's.</summary>
    public bool Covers(IReadOnlySet<string> other) => other.Count > 0 && other.IsSubsetOf(Key);
}
