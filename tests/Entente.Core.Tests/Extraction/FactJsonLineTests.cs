using System.Text.Json;
using Entente.Core.Cleaning;
using Entente.Core.Domain;
using Domain = Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Ingest;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Extraction;

/// <summary>`extract` writes each fact through <see cref="EntenteJson.Line"/>, which must equal the polymorphic serializer's line.</summary>
public class FactJsonLineTests
{
    private static string Polymorphic(Fact fact) => JsonSerializer.Serialize(fact, EntenteJson.Options);

    [Fact]
    public void Every_fact_of_the_team_corpus_is_written_as_the_polymorphic_serializer_writes_it()
    {
        var articles = new ArticlePipelineBuilder().UseDefaults().Build();
        var extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
        var paths = Directory.GetFiles(Path.Combine(SharedFiles.Repository, "tests", "corpus", "facts"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(SharedFiles.Repository, "samples"), "*.txt"));
        var types = new HashSet<string>();
        foreach (var path in paths)
            foreach (var article in articles.Process(InputDecoder.Decode(path, File.ReadAllBytes(path)), new CleaningContext()))
                foreach (var fact in extraction.Extract(article))
                {
                    Assert.Equal(Polymorphic(fact), EntenteJson.Line(fact));
                    types.Add(fact.Type);
                }
        // Every type's own properties were compared at least once.
        Assert.Equal(FactTypes.All.Order(), types.Order());
    }

    [Fact]
    public void Facts_with_nested_values_arrays_text_to_escape_or_no_field_at_all_are_written_alike()
    {
        var evidence = new Evidence("a \"quoted\" name.txt", 3, 40, "Ana Díaz said: \"we agree\" \u2014 then left\n");
        Fact[] facts =
        [
            new Visit(new Person("Ana Díaz", "Minister"), "CL", "PE", Period.Single("2025-05-02")) { Places = [new Place("Lima", "PE")], Evidence = evidence },
            new Domain.Trade(["VN", "JP"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024")) { Qualifier = "almost" },
            new CandidacySupport(null!, null!, null!),
        ];
        foreach (var fact in facts) Assert.Equal(Polymorphic(fact), EntenteJson.Line(fact));
        Assert.Equal("{\"type\":\"candidacy_support\"}", EntenteJson.Line(facts[2]));
    }
}
