namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Where the clauses of a tokenised sentence begin: after ";" or ":", at "while"/"whereas", and at
/// a comma followed by a clause opener (", while", ", and", ", with").
/// </summary>
internal sealed class Clauses
{
    private readonly int[] _startOf;
    private readonly int[] _endOf;

    private Clauses(int[] startOf, int[] endOf)
    {
        _startOf = startOf;
        _endOf = endOf;
    }

    public static Clauses Of(IReadOnlyList<TradeToken> tokens)
    {
        var n = tokens.Count;
        var opens = new bool[n + 1];
        opens[0] = true;
        opens[n] = true;
        for (var i = 0; i < n; i++)
        {
            var t = tokens[i];
            if (t.IsPunct(";") || t.IsPunct(":")) opens[i + 1] = true;
            else if (t.IsWord("while") || t.IsWord("whereas")) opens[i] = true;
            else if (t.IsPunct(",") && i + 1 < n && tokens[i + 1].Kind == TradeTokenKind.Word && TradeVocabulary.ClauseOpeners.Contains(tokens[i + 1].Lower))
                opens[i] = true;
        }
        var startOf = new int[n];
        var endOf = new int[n];
        var start = 0;
        for (var i = 0; i < n; i++)
        {
            if (opens[i]) start = i;
            startOf[i] = start;
        }
        var end = n;
        for (var i = n - 1; i >= 0; i--)
        {
            endOf[i] = end;
            if (opens[i]) end = i;
        }
        return new Clauses(startOf, endOf);
    }

    /// <summary>The first token of the clause holding token i.</summary>
    public int StartOf(int i) => _startOf[i];

    /// <summary>One past the last token of the clause holding token i.</summary>
    public int EndOf(int i) => _endOf[i];
}
