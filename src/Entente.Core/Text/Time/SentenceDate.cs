namespace Entente.Core.Text.Time;

/// <summary>A date mention with its tokens First..Last and the first token of its sentence.</summary>
internal readonly record struct SentenceDate(DateMention Mention, int First, int Last, int Sentence)
{
    /// <summary>A single year, month or day written with its year ("in 1974", "Aug. 15, 1974"), not a span.</summary>
    public bool IsWrittenPoint => !Mention.Relative && !Mention.IsPeriod;

    public int Year => Mention.From.Year;
}
