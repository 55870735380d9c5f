namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// A name word of a text (<see cref="NameTokenizer"/>): a run of the shared tokens from Start to End, with the facts the
/// gazetteer matches on: its folded form, and for a trailing possessive ("Vietnam's") the stem ending at StemEnd, so
/// that "Vietnam's" can end a name as "Vietnam"; and what parts it from the word before.
/// </summary>
public readonly record struct NameToken(int Start, int End, string Folded, int StemEnd, string? FoldedStem, GapKind GapBefore);
