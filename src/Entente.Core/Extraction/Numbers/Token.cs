namespace Entente.Core.Extraction.Numbers;

internal enum TokenKind
{
    Word,
    Digits,
    Symbol,
}

/// <summary>A run of letters, a run of ASCII digits, or one other non-space character.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    public int Length => End - Start;
}
