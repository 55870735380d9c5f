namespace Entente.Core.Text.Numbers;

/// <summary>
/// A number found in text[Start, End). Max is the upper end of a range ("500–600"), and Qualifier
/// the approximation in front of it ("almost", "more than"), lower case.
/// </summary>
public readonly record struct NumberMention(int Start, int End, decimal Value, NumberKind Kind, decimal? Max = null, string? Qualifier = null);
