namespace Entente.Core.Text.Time;

/// <summary>Whether the text around a date speaks of the past or the future, where known.</summary>
public enum Tense
{
    Unknown,
    Past,
    Future,
}
