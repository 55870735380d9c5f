namespace Entente.Core.Extraction.Sentences;

/// <summary>A sentence of an article's clean text: [Start, End) in that text.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text)
{
    public int Length => End - Start;
}
