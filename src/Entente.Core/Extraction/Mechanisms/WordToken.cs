namespace Entente.Core.Extraction.Mechanisms;

/// <summary>A word or punctuation mark at [Start, End) in the article text; Lower is its lower-case form.</summary>
internal sealed record WordToken(int Start, int End, string Text, string Lower)
{
    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalized => char.IsUpper(Text[0]);

    public bool IsDigits => char.IsDigit(Text[0]);

    /// <summary>A dash written as a word of its own ("Vietnam – Laos").</summary>
    public bool IsDash => Text is "-" or "–" or "—" or "‐";
}
