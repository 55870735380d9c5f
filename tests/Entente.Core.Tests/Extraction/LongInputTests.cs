using Entente.Core.Tests.Support;
using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Extraction;

/// <summary>
/// Generated long inputs (one huge sentence, many short ones, many numbers, many names, many titled names with their short forms): what is read does not
/// depend on how many times the pattern repeats, and something is read. Time per MB is the benchmark's business
/// (`Entente.Bench scaling`); this checks that bounding the work did not change or lose the output.
/// </summary>
public class LongInputTests
{
    private static readonly ArticlePipeline Cleaning = new ArticlePipelineBuilder().UseDefaults().Build();
    private static readonly FactExtractionPipeline Extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();

    public static TheoryData<string, string> Patterns => new()
    {
        // Many short sentences.
        { "Laos and Thailand: trade ties\n\n", "Trade between Laos and Thailand reached US$5 billion in 2023. " },
        // One huge sentence without a full stop: clauses joined by commas.
        { "Kenya and Uganda\n\n", "Kenya's Foreign Minister Musalia Mudavadi met his Ugandan counterpart Jeje Odongo in Kampala on 3 March 2024 to talk about the road and the rail line and the power link and the lake ports that the two countries share with their neighbours, " },
        // Many numbers in one long sentence.
        { "Vietnam and Belarus\n\n", "some 1,200 Vietnamese students study in Belarus and 3,400 Vietnamese people live there as of 2023, " },
        // Many names, sentence after sentence.
        { "Chile and Singapore\n\n", "Chilean President Gabriel Boric received Singaporean Prime Minister Lawrence Wong in Santiago on 12 June 2024. " },
        // Many titled names, each full name with its country stated and then a short form of it without one (every person of the
        // article is matched against every other's name there, which must stay linear in their number).
        { "Peru and Malaysia\n\n", "Peruvian Trade Minister Elena Sofia Quispe Huamani hosted Malaysian Trade Minister Tengku Zafrul Aziz in Lima on 4 May 2024. Trade Minister Elena Quispe then travelled to Malaysia on 9 May 2024. " },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void The_facts_read_do_not_depend_on_how_long_the_input_is(string head, string pattern)
    {
        var shorter = Facts(head + string.Concat(Enumerable.Repeat(pattern, 40)));
        var longer = Facts(head + string.Concat(Enumerable.Repeat(pattern, 400)));
        Assert.NotEmpty(shorter);
        Assert.Equal(shorter, longer);
    }

    private static IReadOnlyList<string> Facts(string text) =>
        Cleaning.Process(new SourceDocument("long.txt", text, []), new CleaningContext())
            .SelectMany(a => Extraction.Analyse(a).Facts)
            .Select(FactKeys.Of)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
