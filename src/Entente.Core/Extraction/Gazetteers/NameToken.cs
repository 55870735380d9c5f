namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// A word of a text: letters and digits, with inner apostrophes. A trailing possessive ("Vietnam's")
/// also gives a stem that ends at StemEnd, so that "Vietnam's" can end a name as "Vietnam".
/// </summary>
public readonly record struct NameToken(int Start, int End, string Folded, int StemEnd, string? FoldedStem, GapKind GapBefore);
