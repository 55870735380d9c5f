using Entente.Core.Domain;
using Entente.Core.Ingest;
using Entente.Core.Text;

namespace Entente.Core.Cleaning;

/// <summary>
/// Turns a decoded input into clean articles: the first reader that accepts the input reads it,
/// boundaries split it into stories, and the cleaning stages run on each story in order.
/// Build one with <see cref="ArticlePipelineBuilder"/>.
/// </summary>
public sealed class ArticlePipeline
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly IReadOnlyList<ICleaningStage> _stages;

    internal ArticlePipeline(IReadOnlyList<IDocumentReader> readers, IReadOnlyList<ICleaningStage> stages)
    {
        _readers = readers;
        _stages = stages;
    }

    public IEnumerable<Article> Process(SourceDocument document, CleaningContext context)
    {
        var reader = _readers.FirstOrDefault(r => r.CanRead(document))
                     ?? throw new InputException("no reader accepts this input");
        // The stories of one input are cleaned on every core (the stages hold no mutable state), a few at a time,
        // so that a huge input streams.
        var drafts = reader.Read(document).SelectMany(ArticleBoundaries.Split);
        foreach (var article in OrderedParallel.Map(drafts, d => Clean(d, context)))
            if (article is not null) yield return article;
    }

    /// <summary>A failing stage (a bug of ours) costs its article, reported as an error of the input, not the whole input.</summary>
    private Article? Clean(ArticleDraft draft, CleaningContext context)
    {
        var start = draft.Start;
        var step = "cleaning";
        try
        {
            foreach (var stage in _stages)
            {
                step = stage.GetType().Name;
                stage.Apply(draft, context);
            }
            step = "assembling";
            return draft.Blocks.Count == 0 ? null : Assemble(draft, start);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            lock (draft.Document.Errors)
                draft.Document.Errors.Add($"{step} failed on the article at offset {start} ({e.GetType().Name}: {e.Message}); that article was skipped");
            return null;
        }
    }

    private static Article Assemble(ArticleDraft draft, int start)
    {
        // Sized once: an article's text and map are not copied as they grow.
        var builder = new MappedTextBuilder(draft.Blocks.Sum(b => b.Content.Length) + 2 * draft.Blocks.Count);
        foreach (var block in draft.Blocks)
        {
            if (builder.Length > 0) builder.AppendSynthetic("\n\n", block.Content.RawIndex[0]);
            builder.Append(block.Content);
        }
        var text = builder.Build();
        return new Article
        {
            Source = draft.Document.Source,
            Title = draft.Title,
            Published = draft.Published,
            PublishedInferred = draft.PublishedInferred,
            Text = text.Text,
            RawIndex = text.RawIndex,
            RawText = draft.Document.Text,
            Start = Math.Min(start, text.RawIndex[0]),
            End = text.RawIndex[^1] + 1,
            Url = draft.Url,
            Outlet = draft.Outlet,
            Encoding = draft.Document.Encoding,
            Part = draft.Part,
            Reading = draft.Reading,
        };
    }
}
