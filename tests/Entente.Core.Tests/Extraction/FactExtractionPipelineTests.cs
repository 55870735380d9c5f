using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Extraction;

public class FactExtractionPipelineTests
{
    [Fact]
    public void Reading_articles_in_parallel_gives_the_same_facts_in_the_same_order()
    {
        var folder = Path.Combine(SharedFiles.Repository, "tests", "corpus", "facts");
        var text = string.Join("./.\n\n", Directory.GetFiles(folder, "f*_*.txt").Order(StringComparer.Ordinal).Take(12).Select(File.ReadAllText));
        var articles = new ArticlePipelineBuilder().UseDefaults().Build().Process(new SourceDocument("many.txt", text, []), new CleaningContext()).ToList();
        Assert.True(articles.Count >= 10);
        var pipeline = new FactExtractionPipelineBuilder().UseDefaults().Build();
        var sequential = articles.Select(a => pipeline.Extract(a).Select(FactKeys.Of).ToList()).ToList();
        var parallel = pipeline.AnalyseAll(articles).Select(r => r.Facts.Select(FactKeys.Of).ToList()).ToList();
        Assert.Equal(sequential, parallel);
        Assert.True(sequential.Sum(f => f.Count) > 50);
    }
}
