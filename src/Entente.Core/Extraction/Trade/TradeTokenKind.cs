namespace Entente.Core.Extraction.Trade;

/// <summary>What a trade token stands for: recognised mentions are collapsed into one token each.</summary>
internal enum TradeTokenKind
{
    Word,
    Punct,

    /// <summary>A country of the article's pair (name or demonym), or an anaphor for one ("the Kingdom").</summary>
    Country,

    /// <summary>A country outside the pair, a bloc or a world region: a third party.</summary>
    Outsider,

    Money,

    /// <summary>A year-on-year change: a signed percentage or a factor.</summary>
    Change,
}
