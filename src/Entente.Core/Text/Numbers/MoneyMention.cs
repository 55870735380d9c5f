using Entente.Core.Domain;

namespace Entente.Core.Text.Numbers;

/// <summary>
/// An amount of money found in text[Start, End); Max is the upper end of a range in the same
/// currency, Qualifier the approximation in front ("almost"), lower case.
/// </summary>
public readonly record struct MoneyMention(int Start, int End, Money Value, decimal? Max = null, string? Qualifier = null);
