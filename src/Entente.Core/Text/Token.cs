namespace Entente.Core.Text;

/// <summary>What a token is: a word (starting with a letter), a number (starting with a digit), or one other character.</summary>
public enum TokenKind
{
    Word,
    Digits,
    Symbol,
}

/// <summary>
/// A token of an article at [Start, End) of its text. Lower is its lower-cased form, shared by every
/// token of the same spelling (<see cref="LowerForms"/>); IsCapitalized says its first character is upper case.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, string Lower, bool IsCapitalized)
{
    public int Length => End - Start;

    public bool IsSymbol => Kind == TokenKind.Symbol;

    public bool IsDigits => Kind == TokenKind.Digits;

    /// <summary>A hyphen or dash written as a token of its own ("Vietnam – Laos").</summary>
    public bool IsDash => Lower is "-" or "–" or "—" or "‐";
}
