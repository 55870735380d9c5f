namespace Entente.Core.Cleaning;

/// <summary>Settings shared by the stages of one run.</summary>
public sealed record CleaningContext
{
    /// <summary>A publication date given by the user (--published), which wins over every other source.</summary>
    public string? PublishedOverride { get; init; }
}
