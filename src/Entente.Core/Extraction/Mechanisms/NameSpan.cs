namespace Entente.Core.Extraction.Mechanisms;

/// <summary>
/// A mechanism or agreement name found in a sentence: words First..Last (inclusive), the head noun
/// ("committee", "agreement"), and whether it only refers back to a name given elsewhere ("the commission").
/// </summary>
internal sealed record NameSpan(int First, int Last, int Start, int End, string Head, bool IsReference)
{
    /// <summary>The name to report when it is not the span's text as written ("memorandum … on X" without the signatories between).</summary>
    public string? Name { get; init; }
}
