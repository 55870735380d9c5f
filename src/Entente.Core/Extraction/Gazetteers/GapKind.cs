namespace Entente.Core.Extraction.Gazetteers;

/// <summary>What separates two tokens; a name may only span gaps of the kinds its own spelling has.</summary>
public enum GapKind
{
    /// <summary>Spaces or hyphens on one line: "Ho Chi Minh", "Ba Ria-Vung Tau".</summary>
    Joiner,
    Comma,
    Period,
    /// <summary>A line break, bracket, quote or other punctuation: no name spans it.</summary>
    Break,
}
