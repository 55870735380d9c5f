namespace Entente.Core.Cleaning;

/// <summary>Settings shared by the stages of one run.</summary>
public sealed record CleaningContext
{
    /// <summary>A publication date given by the user (--published), which wins over every other source.</summary>
    public string? PublishedOverride { get; init; }

    /// <summary>
    /// When the inputs were fetched (ISO 8601, at least the year; --reference-date): no article is dated after it.
    /// Without it, nothing is assumed: the machine's clock never decides what an article says.
    /// </summary>
    public string? ReferenceDate { get; init; }

    /// <summary>The year of <see cref="ReferenceDate"/>, or null.</summary>
    public int? ReferenceYear =>
        ReferenceDate is { Length: >= 4 } d && int.TryParse(d.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}
