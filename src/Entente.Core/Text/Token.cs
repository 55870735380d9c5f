namespace Entente.Core.Text;

/// <summary>What a token is: a word (starting with a letter), a number (starting with a digit), or one other character.</summary>
public enum TokenKind
{
    Word,
    Digits,
    Symbol,
}

/// <summary>
/// A token of an article at [Start, End) of its text: Text as written and its lower-cased form, each string
/// shared by every token of the same spelling (<see cref="Spellings"/>), and the word classes of that spelling.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, string Text, string Lower, WordClass Classes)
{
    public int Length => End - Start;

    public bool IsCapitalized => char.IsUpper(Text[0]);

    public bool IsSymbol => Kind == TokenKind.Symbol;

    /// <summary>A word or a number, not a mark (<see cref="TokenList.IsWord"/> asks for letters only).</summary>
    public bool IsWord => Kind != TokenKind.Symbol;

    public bool IsDigits => Kind == TokenKind.Digits;

    /// <summary>The token is the given word, ignoring case.</summary>
    public bool Is(string word) => Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A hyphen or dash written as a token of its own ("Vietnam – Laos").</summary>
    public bool IsDash => Text is "-" or "–" or "—" or "‐";
}
