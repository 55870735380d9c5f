namespace Entente.Core.Text.Numbers;

/// <summary>
/// A numeral read from tokens First..Last inclusive, before any reading of what it counts. Value
/// includes the scale; Scale is 1 when no scale word was given.
/// </summary>
internal readonly record struct ParsedNumber(int First, int Last, decimal Value, decimal Scale, bool Ordinal, bool Words, bool YearShaped)
{
    public bool Scaled => Scale != 1;
}
