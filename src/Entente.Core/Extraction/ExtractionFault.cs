namespace Entente.Core.Extraction;

/// <summary>
/// An extractor failed on one sentence of an article (a bug of ours): that sentence gave this extractor
/// nothing, and everything else was still read.
/// </summary>
/// <param name="Extractor">The failing extractor's type name.</param>
/// <param name="Offset">Where the sentence starts in the input (not the clean text), or the article's start when no single sentence is to blame.</param>
/// <param name="WholeArticle">No single sentence was to blame: the extractor (or the article's analysis) gave this article nothing.</param>
/// <param name="Error">What was thrown.</param>
public sealed record ExtractionFault(string Extractor, int Offset, bool WholeArticle, Exception Error)
{
    /// <summary>One line for standard error, without the word "internal error": the input did not fail.</summary>
    public string Describe() => WholeArticle
        ? $"{Extractor} failed on the article at offset {Offset} ({Error.GetType().Name}: {Error.Message}); it gave that article nothing"
        : $"{Extractor} failed on the sentence at offset {Offset} ({Error.GetType().Name}: {Error.Message}); that sentence was skipped";
}
