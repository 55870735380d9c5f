namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// One spelling of an entry as stored in the trie: its tokens as written (acronyms must match them
/// exactly), the gaps between them, whether the text must capitalise it, and its priority
/// (lower first) among readings of the same words.
/// </summary>
internal sealed record NameSurface(
    GazetteerEntry Entry,
    string[] RawTokens,
    GapKind[] Gaps,
    bool RequireCapital,
    int Priority);
