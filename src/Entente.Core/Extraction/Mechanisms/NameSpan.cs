namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// A mechanism or agreement name found in a sentence: words First..Last (inclusive), the head noun
/// ("committee", "agreement"), and whether it only refers back to a name given elsewhere ("the commission").
/// </summary>
internal sealed record NameSpan(int First, int Last, int Start, int End, string Head, bool IsReference);
