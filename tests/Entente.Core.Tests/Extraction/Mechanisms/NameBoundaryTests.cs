using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>Where a document's or a body's name ends, read from the sentence's structure.</summary>
public class NameBoundaryTests
{
    [Theory]
    // "between A … and B": the parties may be described in lower case or listed with commas; the subject follows them.
    [InlineData("Peru and Chile met. The ministers signed an agreement between the government of Peru and the government of Chile on cooperation in fisheries research.",
        "agreement between the government of Peru and the government of Chile on cooperation in fisheries research")]
    [InlineData("Peru and Chile met. The ministers witnessed the signing of a Memorandum of Understanding between Lima Export Agency, Andes Tourism Board and Santiago Trade Office.",
        "Memorandum of Understanding between Lima Export Agency, Andes Tourism Board and Santiago Trade Office")]
    [InlineData("Peru and Chile met. The two sides praised the Agreement on Fisheries Research between Peru and the Pacific Fisheries Council of Chile.",
        "Agreement on Fisheries Research between Peru and the Pacific Fisheries Council of Chile")]
    // In a title, a lower-case word right after a capitalised one ends the name unless it joins the title's words.
    [InlineData("Chile and Peru met. The Joint Plan of Action covers trade, energy and mining.", "Joint Plan of Action")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Framework Agreement on Fisheries Cooperation guiding their ties for a decade.",
        "Framework Agreement on Fisheries Cooperation")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Action Plan on Energy Cooperation towards a cleaner grid.", "Action Plan on Energy Cooperation")]
    // A title's list of capitalised fields goes on; a country before a lower-case word keeps the title going.
    [InlineData("Chile and Peru met. Chile and Peru signed a Memorandum of Understanding on the Prevention, Detection and Control of Wildfires in May 2024.",
        "Memorandum of Understanding on the Prevention, Detection and Control of Wildfires")]
    [InlineData("Chile and Peru met. Chile and Peru signed a Plan for the Celebration of the Anniversary of Chile-Peru diplomatic relations.",
        "Plan for the Celebration of the Anniversary of Chile-Peru diplomatic relations")]
    // "between the two states" after a declaration's title does not hide its adoption.
    [InlineData("Chile and Peru met. A Declaration on Deepening Strategic Partnership between the two states was adopted during the visit.",
        "Declaration on Deepening Strategic Partnership")]
    public void A_name_runs_to_its_natural_end(string text, string name)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text));
        Assert.Equal(name, agreement.Name);
    }

    [Theory]
    // A comma before a new clause or an office is no list of titles.
    [InlineData("Chile and Peru met. Chile and Peru signed the Treaty on Fisheries Research, Foreign Minister Ana Soto said.", "Treaty on Fisheries Research")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on fisheries research, which takes effect in June.", "agreement on fisheries research")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Agreement on Fisheries Research, Minister Soto added.", "Agreement on Fisheries Research")]
    [InlineData("Chile and Peru met. They signed a memorandum of understanding on fisheries policy, research and the exchange of data in Lima.",
        "memorandum of understanding on fisheries policy, research and the exchange of data")]
    [InlineData("Chile and Peru met. They signed a cooperation agreement between the Chilean Council for Mining and Peru's Union of Industry, Trade and Crafts (UITC).",
        "cooperation agreement between the Chilean Council for Mining and Peru's Union of Industry, Trade and Crafts (UITC)")]
    public void A_comma_before_a_clause_ends_the_name(string text, string name)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text));
        Assert.Equal(name, agreement.Name);
    }

    [Theory]
    // An acronym after the first side's name shows an "and" before it was inside that name: the second side after it is the name's too.
    [InlineData("Chile and Peru met. They signed an agreement between Chile's Fisheries and Aquaculture Service (FAS) and Peru's Port Authority on fishing quotas.",
        "agreement between Chile's Fisheries and Aquaculture Service (FAS) and Peru's Port Authority on fishing quotas")]
    [InlineData("Chile and Peru met. Officials signed a memorandum of understanding between the Chilean Mining and Energy Council (CMEC) and the Peruvian Geology Institute.",
        "memorandum of understanding between the Chilean Mining and Energy Council (CMEC) and the Peruvian Geology Institute")]
    [InlineData("Chile and Peru met. The ministers witnessed a protocol between the Science and Innovation Agency (SIA) and Peru's Space Office on satellite data.",
        "protocol between the Science and Innovation Agency (SIA) and Peru's Space Office on satellite data")]
    public void An_acronym_ends_a_first_side_whose_name_holds_and(string text, string name)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text));
        Assert.Equal(name, agreement.Name);
    }

    [Theory]
    // A document named after the acronym's "and" is a second document, not the second side.
    [InlineData("Chile and Peru met. They signed an agreement between the Fisheries and Aquaculture Service (FAS) and a protocol on port security.",
        "protocol on port security")]
    [InlineData("Chile and Peru met. They signed a memorandum between Trade and Export Board (TEB) and the Treaty on Port Security.",
        "Treaty on Port Security")]
    [InlineData("Chile and Peru met. They signed an accord between the Mining Office (MO) and the Energy Council (EC) and an agreement on fisheries.",
        "agreement on fisheries")]
    public void An_acronym_before_a_document_keeps_the_first_name(string text, string other) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == other);

    [Theory]
    // A weekday after "on" or "for" says when, also in a story whose own day is unknown: it is never the document's subject.
    [InlineData("Chile and Peru met. Chile and Peru signed a fisheries agreement on Tuesday to widen their quotas.", "fisheries agreement")]
    [InlineData("Chile and Peru met. The ministers of Chile and Peru inked the Treaty on Port Security on Friday in Lima.", "Treaty on Port Security")]
    [InlineData("Chile and Peru met. Chile and Peru had set the border protocol for Sunday, officials said.", "border protocol")]
    public void A_weekday_ends_the_name(string text, string name) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text), a => a.Name != name && a.Name.StartsWith(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile and Peru met. Both presidents praised the Chilean National Development Plan and Peru's growth agenda.")]
    [InlineData("Chile and Peru met. Peru's National Action Plan on Fisheries was presented to Chilean ministers.")]
    [InlineData("Chile and Peru met. The Peruvian National Investment Programme was discussed with Chile.")]
    public void One_side_s_national_plan_is_no_agreement(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed three bilateral agreements on fisheries and mining in Lima.")]
    [InlineData("Chile and Peru met. Chile and Peru signed five sectoral agreements on fisheries and mining.")]
    [InlineData("Chile and Peru met. Chile and Peru signed four cooperation agreements on fisheries, energy and mining.")]
    public void A_count_before_modifiers_that_is_not_the_fields_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Fact]
    public void A_count_before_modifiers_that_is_the_fields_gives_each()
    {
        var agreements = FactsOf.Of<Agreement>("Chile and Peru met. Chile and Peru signed two bilateral agreements on fisheries and mining in Lima.");
        Assert.Equal(2, agreements.Count);
    }

    [Fact]
    public void A_title_still_running_after_forty_words_gives_nothing()
    {
        var fields = string.Join(" and ", Enumerable.Range(1, 25).Select(i => $"Field{(char)('A' + i % 26)}{i} Research"));
        var text = $"Chile and Peru met. Chile and Peru signed the Agreement on {fields} in Lima.";
        Assert.Empty(FactsOf.Of<Agreement>(text));
    }

    [Theory]
    [InlineData("Chile and Peru met. The Joint Commission for Bilateral Cooperation (JCBC) met in Lima. The JCBC is the primary dialogue mechanism between Chile and Peru.")]
    [InlineData("Chile and Peru met. The Joint Commission for Bilateral Cooperation (JCBC) met in Lima. The JCBC serves as the main consultation mechanism between Chile and Peru.")]
    [InlineData("Chile and Peru met. The Joint Commission for Bilateral Cooperation (JCBC) met in Lima. It remains the key dialogue mechanism between the two countries.")]
    public void A_description_after_a_copula_is_no_second_mechanism(string text)
    {
        var mechanism = Assert.Single(FactsOf.Of<Mechanism>(text));
        Assert.Equal("Joint Commission for Bilateral Cooperation (JCBC)", mechanism.Name);
    }

    [Fact]
    public void A_named_body_after_a_copula_is_still_a_mechanism()
    {
        var mechanisms = FactsOf.Of<Mechanism>("Chile and Peru met. Their main forum is the Chile-Peru Joint Trade Committee, which met in Lima.");
        Assert.Equal("Chile-Peru Joint Trade Committee", Assert.Single(mechanisms).Name);
    }

    [Theory]
    [InlineData("Chile and Peru met. The Joint Commission for Bilateral Cooperation between Chile and Peru met in Lima in 2023. The Chile-Peru Joint Commission for Bilateral Cooperation (JCBC) meets every year.")]
    [InlineData("Chile and Peru met. The Chile-Peru Permanent Joint Commission on Cooperation met in Lima in 2023. The Permanent Joint Commission for Cooperation (PJCC) meets every year.")]
    [InlineData("Chile and Peru met. The Joint Trade Committee between Chile and Peru met in Lima in 2023. The Chile-Peru Joint Trade Committee (JTC) meets every year.")]
    public void One_body_named_two_ways_is_one_mechanism(string text)
    {
        Assert.Single(FactsOf.Of<Mechanism>(text));
    }
}
