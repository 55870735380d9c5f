using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>Lists of signed documents set out with semicolons, numbered, after a passive signing, or in a sentence of their own.</summary>
public class AgreementListShapesTests
{
    internal static string Names(string text, string? published = null) =>
        string.Join("; ", FactsOf.Of<Agreement>(text, published).Select(a => a.Name).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed agreements in the fields of: Port Security; Fisheries Research; and Cultural Heritage.",
        "agreement on Cultural Heritage; agreement on Fisheries Research; agreement on Port Security")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru met. Three agreements were signed during the visit of the Peruvian president to Chile, in the following areas: (i) Port Security; (ii) Exchange of Fisheries Data between the Two Coast Guards; and (iii) Cultural Heritage.",
        "agreement on Cultural Heritage; agreement on Exchange of Fisheries Data between the Two Coast Guards; agreement on Port Security")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru inked memoranda of understanding on: (a) Seismic monitoring; (b) Water management; (c) Mining safety.",
        "memorandum of understanding on Mining safety; memorandum of understanding on Seismic monitoring; memorandum of understanding on Water management")]
    [InlineData("Chile and Peru met in Lima. The presidents of Chile and Peru witnessed the signing of three agreements and memoranda in the areas of fisheries, mining and tourism.",
        "agreement on fisheries; agreement on mining; agreement on tourism")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed three conventions in the fields of road safety, vocational training and water.",
        "convention on road safety; convention on vocational training; convention on water")]
    public void A_set_out_list_gives_one_document_per_item(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    // A semicolon that closes the list and opens another clause is no item mark.
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed three agreements on fisheries, mining and tourism; the ministers also discussed trade.",
        "agreement on fisheries; agreement on mining; agreement on tourism")]
    // Items that read as clauses give nothing.
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed agreements in the fields of: Fisheries; Mining will follow next year; Tourism.", "")]
    // Documents discussed, not signed.
    [InlineData("Chile and Peru met in Lima. Chile and Peru discussed agreements in the fields of: Port Security; Fisheries Research; and Cultural Heritage.", "")]
    // A passive signing of documents that are not listed after it.
    [InlineData("Chile and Peru met in Lima. Two agreements were signed during the visit and the leaders spoke on: trade; fisheries.", "")]
    public void Lists_not_set_out_as_signed_items_give_no_item(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Chile and Peru signed three agreements in Lima on Monday. The agreements cover fisheries, seismic monitoring and tourism.",
        "agreement on fisheries; agreement on seismic monitoring; agreement on tourism")]
    [InlineData("Chile and Peru signed three documents in Lima on Monday. According to the ministry, the documents are on fisheries, seismic monitoring and tourism.",
        "agreement on fisheries; agreement on seismic monitoring; agreement on tourism")]
    [InlineData("The presidents of Chile and Peru inked several memoranda in Lima on Monday. These memoranda relate to fisheries, mining and tourism.",
        "memorandum of understanding on fisheries; memorandum of understanding on mining; memorandum of understanding on tourism")]
    // The cooperation the documents are for.
    [InlineData("Chile has signed three memoranda with Peru in Lima on Monday. The memoranda were for mutual cooperation in fisheries, mining and combating smuggling.",
        "memorandum of understanding on combating smuggling; memorandum of understanding on fisheries; memorandum of understanding on mining")]
    [InlineData("Chile and Peru signed two agreements in Lima on Monday. The agreements are for cooperation in seismic monitoring and tourism.",
        "agreement on seismic monitoring; agreement on tourism")]
    [InlineData("Chile and Peru signed three protocols in Lima on Monday. The protocols were for bilateral cooperation on ports, roads and rail.",
        "protocol on ports; protocol on rail; protocol on roads")]
    // What the documents focus on, and a participle that only says they are the ones just signed.
    [InlineData("Chile and Peru signed three memoranda in Lima on Monday. The signed memoranda focused on fisheries, mining and tourism.",
        "memorandum of understanding on fisheries; memorandum of understanding on mining; memorandum of understanding on tourism")]
    [InlineData("Chile and Peru signed two agreements in Lima on Monday. The agreements focus on seismic monitoring and tourism.",
        "agreement on seismic monitoring; agreement on tourism")]
    [InlineData("Chile and Peru inked three protocols in Lima on Monday. The inked protocols focused on ports, roads and rail.",
        "protocol on ports; protocol on rail; protocol on roads")]
    public void Fields_in_the_sentence_after_the_signing_are_its_documents(string text, string expected)
    {
        Assert.Equal(expected, Names(text, "2024-06-05"));
        Assert.All(FactsOf.Of<Agreement>(text, "2024-06-05"), a => Assert.Equal("2024-06-03", a.Signed));
    }

    [Theory]
    // No signing told just before.
    [InlineData("Chile and Peru met in Lima on Monday. The agreements cover fisheries, mining and tourism.")]
    // A signing by a third country.
    [InlineData("Chile and Peru met in Lima. Chile and Peru discussed trade. Chile and Peru praised their ties. Brazil and Bolivia signed three agreements on Monday. The agreements cover fisheries, mining and tourism.")]
    // The signing told too far before.
    [InlineData("Chile and Peru signed three agreements in Lima on Monday. Trade grew. Exports rose. Mining boomed. The agreements cover fisheries, mining and tourism.")]
    // The fields do not close the sentence.
    [InlineData("Chile and Peru signed three agreements in Lima on Monday. The agreements cover fisheries, mining and tourism until the end of the decade.")]
    // Other topics than the documents' fields.
    [InlineData("Chile and Peru signed three agreements in Lima on Monday. The talks covered fisheries, mining and tourism.")]
    [InlineData("Chile and Peru signed three agreements in Lima on Monday. The agreements were for a start of cooperation in fisheries, mining and tourism.")]
    // Documents a signing counts otherwise, and a focus of talks rather than of documents.
    [InlineData("Chile and Peru signed five memoranda in Lima on Monday. The signed memoranda focused on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru signed three agreements in Lima on Monday. The talks focused on fisheries, mining and tourism.")]
    public void Fields_without_a_signing_of_the_pair_just_before_give_nothing(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text, "2024-06-05"), a => a.Name.Contains("fisheries", StringComparison.Ordinal));

    [Theory]
    // The signing counts more documents than the fields given after it: the fields are their topics.
    [InlineData("Chile and Peru signed five agreements in Lima on Monday. The agreements cover fisheries, mining and tourism.")]
    [InlineData("Chile and Peru inked 12 memoranda of understanding in Lima on Monday. These memoranda relate to fisheries, mining and tourism.")]
    // Fewer, and a count in the restating sentence itself.
    [InlineData("Chile and Peru signed two protocols in Lima on Monday. The protocols deal with fisheries, mining and tourism.")]
    [InlineData("Chile and Peru signed documents in Lima on Monday. The four documents signed are on fisheries, mining and tourism.")]
    public void Fields_fewer_or_more_than_the_documents_counted_give_nothing(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text, "2024-06-05"), a => a.Name.Contains("fisheries", StringComparison.Ordinal));

    [Theory]
    // A count before a joint head counts the documents of both heads: fields fewer than it are their topics.
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed 14 agreements and memoranda of understanding covering fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met in Lima. The ministers inked nine accords and protocols on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru concluded 20 treaties and agreements in the fields of fisheries, mining and tourism.")]
    public void Fields_fewer_than_a_joint_head_counts_give_nothing(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text, "2024-06-05"), a => a.Name.Contains("fisheries", StringComparison.Ordinal));

    [Theory]
    // A summary of the areas and some of them given as examples: the documents are not named one by one.
    [InlineData("Chile and Peru signed three agreements in Lima on Monday. The agreements span key areas including fisheries, mining and tourism.")]
    [InlineData("Chile and Peru signed three memoranda in Lima on Monday. The memoranda cover vital sectors such as fisheries, mining and tourism.")]
    [InlineData("Chile and Peru signed three protocols in Lima on Monday. The protocols concern several fields, notably fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed agreements on many subjects including fisheries, mining and tourism.")]
    public void A_summary_of_areas_with_examples_names_no_document(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text, "2024-06-05"), a => a.Name.Contains("fisheries", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile and Peru met in Lima. The visit ended with the signing of three memoranda of understanding concerning fisheries, port security, and seismic monitoring.",
        "memorandum of understanding on fisheries; memorandum of understanding on port security; memorandum of understanding on seismic monitoring")]
    [InlineData("Chile and Peru met in Lima. The ministers of Chile and Peru oversaw an exchange of two MoUs in the fields of mining and water management.",
        "memorandum of understanding on mining; memorandum of understanding on water management")]
    [InlineData("Chile and Peru met in Lima. Peru praised Chile, pointing to the signing of three new accords related to fisheries, tourism, and return of stolen artefacts.",
        "accord on fisheries; accord on return of stolen artefacts; accord on tourism")]
    public void A_counted_signing_named_by_a_noun_gives_its_documents(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    // Still to come.
    [InlineData("Chile and Peru met in Lima. The talks are expected to lead to the signing of three memoranda on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met in Lima. Both sides will prepare the signing of two accords on fisheries and mining.")]
    // Not counted: the documents are not told as signed.
    [InlineData("Chile and Peru met in Lima. The ministers spoke about the signing of memoranda on fisheries, mining and tourism.")]
    public void A_signing_noun_still_to_come_or_uncounted_gives_nothing(string text) => Assert.Equal("", Names(text));

    [Theory]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed three agreements on fisheries, mining, and tourism, alongside a letter of intent on farming.")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru inked three protocols on fisheries, mining and tourism alongside a joint statement.")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed three memoranda on fisheries, mining and tourism besides an exchange of notes on the border.")]
    public void A_document_added_after_the_list_is_no_field_of_it(string text)
    {
        var names = FactsOf.Of<Agreement>(text).Select(a => a.Name).ToList();
        Assert.Equal(3, names.Count(n => n.EndsWith(" on fisheries", StringComparison.Ordinal) || n.EndsWith(" on mining", StringComparison.Ordinal) || n.EndsWith(" on tourism", StringComparison.Ordinal)));
        Assert.DoesNotContain(names, n => n.Contains("alongside", StringComparison.Ordinal) || n.Contains("besides", StringComparison.Ordinal));
    }
}

/// <summary>A bare document told as signed is named by what it is for; a named one keeps its name, and an aim not signed names nothing.</summary>
public class AgreementAimTests
{
    [Theory]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed a memorandum to strengthen family farming.", "memorandum to strengthen family farming")]
    [InlineData("Chile and Peru met in Lima. The ministers of Chile and Peru inked an agreement to deepen cooperation in fisheries.", "agreement to deepen cooperation in fisheries")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed four documents, including a treaty on fisheries and a memorandum to boost trade.", "memorandum to boost trade")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed a bilateral agreement to enhance cooperation in fisheries, the ministry said.", "bilateral agreement to enhance cooperation in fisheries")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed a Green Hydrogen Agreement to expand cooperation in various sectors.", "Green Hydrogen Agreement")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru have inked a strategic partnership agreement to enhance energy cooperation.", "strategic partnership agreement")]
    public void A_signed_bare_document_is_named_by_its_aim(string text, string name) =>
        Assert.Contains(name, FactsOf.Of<Agreement>(text).Select(a => a.Name));

    [Theory]
    [InlineData("Chile and Peru met in Lima. The talks of Chile and Peru ended with an agreement to strengthen cooperation.")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru are working on an accord to boost cooperation in mining.")]
    [InlineData("Chile and Peru met in Lima. As part of the agreement to deepen relations, Chile and Peru exchanged views.")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru plan to increase trade to one billion dollars.")]
    public void An_aim_not_told_as_signed_names_no_document(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text), a => a.Name.Contains(" to ", StringComparison.Ordinal));
}

/// <summary>Documents named by a later ordinal ("the second on …") or by the subject after a passive signing ("was signed on …").</summary>
public class AgreementSubjectShapesTests
{
    private static List<string> Names(string text) => [.. FactsOf.Of<Agreement>(text).Select(a => a.Name)];

    [Theory]
    [InlineData("Chile and Peru met in Lima. The two sides signed four agreements. The first agreement is on renewable energy, the second on hydrography, the third on the sale of charts and the fourth for the development of a port.",
        "agreement on hydrography|agreement on the sale of charts|agreement on the development of a port")]
    [InlineData("Chile and Peru met in Lima. The two sides signed two memoranda. The first memorandum was on fisheries, and the second one on tourism.",
        "memorandum on tourism")]
    [InlineData("Chile and Peru met in Lima. The first agreement is about seismic data, the second is on port security.",
        "agreement on port security")]
    public void A_later_ordinal_names_one_more_document(string text, string expected) =>
        Assert.All(expected.Split('|'), name => Assert.Contains(name, Names(text)));

    [Theory]
    [InlineData("Chile and Peru met in Lima. The two sides signed three agreements. The second agreement touches on seismic monitoring as it aims to share data.",
        "agreement on seismic monitoring")]
    [InlineData("Chile and Peru met in Lima. The two sides signed three memoranda. The third memorandum is concerned with the exchange of fisheries data between the two sides.",
        "memorandum on the exchange of fisheries data")]
    [InlineData("Chile and Peru met in Lima. The two sides signed three documents. The second MoU incorporates port security and customs training.",
        "MoU on port security and customs training")]
    [InlineData("Chile and Peru met in Lima. The two sides signed two protocols. Another protocol deals with mining safety.", "protocol on mining safety")]
    [InlineData("Chile and Peru met in Lima. The first agreement is on trade, while the second one is meant for the mutual recognition of diplomas.",
        "agreement on the mutual recognition of diplomas")]
    [InlineData("Chile and Peru met in Lima. The first memorandum relates to fisheries and the second relates to tourism.", "memorandum on tourism")]
    public void A_counted_document_is_named_by_what_it_is_about(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Chile and Peru signed three memoranda in Lima. Of the three memoranda signed by the ministers, the first is related to seismic monitoring.",
        "memorandum of understanding on seismic monitoring")]
    [InlineData("Chile and Peru signed two agreements in Lima. One of these agreements aims to strengthen port security while the second one is meant for the exchange of students.",
        "agreement on port security|agreement on the exchange of students")]
    [InlineData("Chile and Peru signed four MoUs in Lima. Of the four MoUs, the second deals with fisheries and the third covers tourism.",
        "memorandum of understanding on fisheries|memorandum of understanding on tourism")]
    public void Documents_counted_under_a_plural_head_are_named_by_what_each_is_about(string text, string expected) =>
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), Names(text).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Chile and Peru met in Lima. Of the three agreements, the first was signed in 2019.")]
    [InlineData("Chile and Peru met in Lima. One of these agreements was praised by the press.")]
    [InlineData("Chile and Peru met in Lima. Of the three rounds of talks, the second dealt with fisheries.")]
    public void A_count_under_a_plural_head_without_a_subject_names_nothing(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Chile and Peru met in Lima. The third round of talks touches on fisheries.")]
    [InlineData("Chile and Peru met in Lima. The second agreement was signed in 2019.")]
    [InlineData("Chile and Peru met in Lima. The second agreement aims to remain in force until 2030.")]
    public void A_count_without_a_subject_names_nothing(string text) => Assert.DoesNotContain(Names(text), n => n.Contains(" on ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile and Peru met in Lima. The first agreement is on fisheries; the second round of talks begins in May.")]
    [InlineData("Chile and Peru met in Lima. The first agreement is on fisheries, the second phase on mining will follow.")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed an agreement on fisheries, the second on the list.")]
    public void An_ordinal_of_something_else_names_no_document(string text) =>
        Assert.DoesNotContain(Names(text), n => n.Contains("round", StringComparison.Ordinal) || n.Contains("mining", StringComparison.Ordinal) || n.Contains("list", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile and Peru met in Lima. In agribusiness, a memorandum was signed on the exchange of seeds between the two countries.", "memorandum on the exchange of seeds")]
    [InlineData("Chile and Peru met in Lima. An agreement was signed on cooperation in vocational training.", "agreement on cooperation in vocational training")]
    [InlineData("Chile and Peru met in Lima. A protocol was also signed on the mutual recognition of diplomas.", "protocol on the mutual recognition of diplomas")]
    [InlineData("Chile and Peru met in Lima. A protocol was signed in the field of health.", "protocol in the field of health")]
    [InlineData("Chile and Peru met in Lima. A cooperation agreement was also signed in the area of sport with the aim of training coaches.", "cooperation agreement in the area of sport")]
    [InlineData("Chile and Peru met in Lima. Another MoU was signed in the sector of fisheries.", "MoU in the sector of fisheries")]
    public void A_passive_signing_on_a_subject_names_the_document(string text, string name) => Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Chile and Peru signed a memorandum of understanding (MoU) on seismic monitoring.", "memorandum of understanding (MoU) on seismic monitoring")]
    [InlineData("Chile and Peru inked a memorandum of understanding (MoU) for the exchange of seismic data.", "memorandum of understanding (MoU) for the exchange of seismic data")]
    [InlineData("Chile and Peru signed a memorandum of understanding (MOU) on fisheries data.", "memorandum of understanding (MOU) on fisheries data")]
    public void A_mixed_case_abbreviation_leaves_the_subject_to_the_name(string text, string name) => Assert.Contains(name, Names(text));

    [Fact]
    public void A_mixed_case_word_in_brackets_is_no_abbreviation() =>
        Assert.DoesNotContain(Names("Chile and Peru signed a memorandum of understanding (Macintosh) on seismic monitoring."),
            n => n.Contains("Macintosh", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile and Peru met in Lima. A memorandum was signed on the sidelines of the summit.")]
    [InlineData("Chile and Peru met in Lima. An agreement was signed on Tuesday.")]
    [InlineData("Chile and Peru met in Lima. A memorandum was signed on behalf of the ministry.")]
    [InlineData("Chile and Peru met in Lima. An agreement was signed on 3 June 2024.")]
    [InlineData("Chile and Peru met in Lima. An agreement was signed in the presence of the two ministers.")]
    [InlineData("Chile and Peru met in Lima. A memorandum was signed in the capital.")]
    public void A_passive_signing_on_a_day_or_occasion_names_nothing(string text) => Assert.Empty(Names(text));
}

/// <summary>Documents counted by the areas they cover: "signed memoranda in three areas including A, B and C".</summary>
public class AgreementCountedAreasTests
{
    [Theory]
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed memoranda of understanding in three key areas including mining, water and culture.",
        "memorandum of understanding on culture; memorandum of understanding on mining; memorandum of understanding on water")]
    [InlineData("Chile and Peru met in Lima. The two countries signed a memorandum of understanding in three areas, namely mining, fisheries and culture.",
        "memorandum of understanding on culture; memorandum of understanding on fisheries; memorandum of understanding on mining")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru inked agreements in 3 sectors such as ports, roads, and rail transport.",
        "agreement on ports; agreement on rail transport; agreement on roads")]
    // A sentence naming nobody goes on with the sides just named.
    [InlineData("Chile and Peru met in Lima. The visit was crowned through the signing of memoranda in two fields including mining and water.",
        "memorandum of understanding on mining; memorandum of understanding on water")]
    public void Areas_counted_as_many_as_listed_give_one_document_each(string text, string expected) => Assert.Equal(expected, AgreementListShapesTests.Names(text));

    [Theory]
    // More areas counted than listed: some documents are not named.
    [InlineData("Chile and Peru met in Lima. Chile and Peru signed memoranda of understanding in seven areas including mining, water and culture.")]
    // Not told as signed.
    [InlineData("Chile and Peru met in Lima. Chile and Peru discussed memoranda of understanding in three areas including mining, water and culture.")]
    // A third country's ministers in a sentence naming no side.
    [InlineData("Chile and Peru met in Lima. Later the Bolivian minister met the Brazilian minister. The meeting was crowned through the signing of memoranda in two fields including mining and water.")]
    public void Areas_not_all_listed_or_not_signed_give_nothing(string text) => Assert.Equal("", AgreementListShapesTests.Names(text));
}

/// <summary>Lists whose signatories are named as people: two leaders by name, or "They" after "both the leaders".</summary>
public class AgreementListSignatoriesTests
{
    [Theory]
    // Both signatories placed, one on each side.
    [InlineData("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. Boric and Boluarte signed three memoranda on fisheries, mining and tourism.",
        "memorandum of understanding on fisheries; memorandum of understanding on mining; memorandum of understanding on tourism")]
    // One placed, the other placed nowhere, after a sentence naming only the pair.
    [InlineData("Chilean President Gabriel Boric hosted the Peruvian delegation in Santiago on Monday. After the talks Boric and Otarola inked three agreements on ports, rail and energy.",
        "agreement on energy; agreement on ports; agreement on rail")]
    [InlineData("Ghanaian President John Mahama met Kenyan President William Ruto in Accra on Monday. Mahama and Ruto also witnessed the signing of three agreements on trade, health and education.",
        "agreement on education; agreement on health; agreement on trade")]
    // "They" after "both the leaders".
    [InlineData("Chile and Peru held talks in Lima on Monday. Both the leaders opened a new bridge. They also witnessed the exchange of three memoranda in the fields of fisheries, mining and tourism.",
        "memorandum of understanding on fisheries; memorandum of understanding on mining; memorandum of understanding on tourism")]
    [InlineData("Chile and Peru held talks in Lima on Monday. Both the presidents praised their ties. They signed three agreements on ports, rail and energy.",
        "agreement on energy; agreement on ports; agreement on rail")]
    public void Signatories_of_the_pair_named_as_people_sign_its_list(string text, string expected) =>
        Assert.Equal(expected, AgreementListShapesTests.Names(text));

    [Theory]
    // One signatory is of a third country.
    [InlineData("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. Bolivian President Luis Arce arrived later. Boric and Arce signed agreements on fisheries, mining and tourism.")]
    // "They" with no "both the leaders" just before may be anyone.
    [InlineData("Chile and Peru held talks in Lima on Monday. Bolivian President Luis Arce arrived later. They also witnessed the exchange of three memoranda in the fields of fisheries, mining and tourism.")]
    public void Signatories_not_of_the_pair_sign_nothing_of_it(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text), a => a.Name.Contains("fisheries", StringComparison.Ordinal));
}
