namespace Entente.Core.Extraction.Time;

/// <summary>Whether the text around a date speaks of the past or the future, where known.</summary>
public enum Tense
{
    Unknown,
    Past,
    Future,
}
