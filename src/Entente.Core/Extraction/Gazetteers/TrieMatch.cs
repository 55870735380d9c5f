namespace Entente.Core.Extraction.Gazetteers;

/// <summary>The longest name found from a token: its first and last tokens and its readings, preferred first.</summary>
internal sealed record TrieMatch(int FirstToken, int LastToken, bool EndsAtStem, IReadOnlyList<GazetteerEntry> Entries);
