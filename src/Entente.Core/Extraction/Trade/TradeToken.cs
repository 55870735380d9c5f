using Entente.Core.Domain;
using Entente.Core.Text.Numbers;

namespace Entente.Core.Extraction.Trade;

/// <summary>
/// A word, a punctuation mark or a whole recognised mention of a sentence, at [Start, End) of the
/// article text. Lower is the lower-cased word ("’" read as "'").
/// </summary>
internal sealed record TradeToken(TradeTokenKind Kind, int Start, int End, string Lower)
{
    /// <summary>For a Country token: its ISO code; null for an anaphor ("the Gulf nation"), which means the other side of the pair.</summary>
    public string? Code { get; init; }

    public MoneyMention Money { get; init; }

    public Change? Change { get; init; }

    /// <summary>For a Country token: written as a demonym or adjective ("Vietnamese"), which cannot act alone.</summary>
    public bool IsDemonym { get; init; }

    /// <summary>True when the word starts with a capital letter.</summary>
    public bool Capitalised { get; init; }

    public bool IsWord(string lower) => Kind == TradeTokenKind.Word && Lower == lower;

    public bool IsPunct(string mark) => Kind == TradeTokenKind.Punct && Lower == mark;

    public bool IsAnaphor => Kind == TradeTokenKind.Country && Code is null;
}
