namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// The weak placements of an official the text gives no country: the same office stated elsewhere with a demonym, the
/// side the titles leave unstated, and "an official of the same rank as one already placed is the other side's".
/// </summary>
public class PlacementFallbackTests
{
    private static string Article(string headline, string body) => $"{headline}\n\n{body}\n";

    // Peru and Chile are the pair; a third country's office or name comes once.
    private const string PairTalks = "Peru and Chile held talks on energy and trade on Monday. Peru and Chile agreed to meet again in May.";

    [Theory]
    [InlineData("The Spanish Foreign Minister sent a message to the meeting.")]
    [InlineData("Spain's Foreign Minister sent a message to the meeting.")]
    [InlineData("A message came from Spanish Foreign Minister, who could not attend.")]
    public void A_third_countrys_office_stated_elsewhere_places_no_official_of_the_pair(string third) =>
        Assert.NotEqual("ES", HeadlineHomeTests.CountryOf(Article("Peru and Chile review energy ties", $"{PairTalks} {third} Foreign Minister Ana Rojas said the talks went well."), "Ana Rojas"));

    [Fact]
    public void The_pairs_own_office_stated_elsewhere_still_places_the_official() =>
        Assert.Equal("CL", HeadlineHomeTests.CountryOf(Article("Peru and Chile review energy ties",
            $"{PairTalks} The Chilean Foreign Minister sent a message to the meeting. Foreign Minister Ana Rojas said the talks went well."), "Ana Rojas"));

    // Peruvian officials' titles state their country, Chilean officials' do not: the unstated side is Chile's.
    private const string UnstatedChile = "Peruvian Trade Minister Luis Vega held talks with officials in Santiago on Monday. Peru and Chile agreed to expand trade.";

    [Theory]
    [InlineData("The delegation then flew to Brazil and met Minister of Energy Ana Rojas.")]
    [InlineData("Minister of Energy Ana Rojas also spoke of the gas pipeline from Bolivia.")]
    [InlineData("Ana Rojas, Minister of Energy, attended a summit in Argentina the next day.")]
    public void The_unstated_side_places_no_one_in_a_sentence_naming_only_other_countries(string sentence) =>
        Assert.Null(HeadlineHomeTests.CountryOf(Article("Peru and Chile review energy ties", $"{UnstatedChile} {sentence}"), "Ana Rojas"));

    [Theory]
    [InlineData("Minister of Energy Ana Rojas said the talks went well.")]
    [InlineData("Minister of Energy Ana Rojas said Chile would buy more gas.")]
    [InlineData("Ana Rojas, Minister of Energy, said Chile and Brazil would link their grids.")]
    public void The_unstated_side_still_places_one_in_a_sentence_naming_it_or_no_country(string sentence) =>
        Assert.Equal("CL", HeadlineHomeTests.CountryOf(Article("Peru and Chile review energy ties", $"{UnstatedChile} {sentence}"), "Ana Rojas"));

    private static string FromLima(string sentence) =>
        Article("Peru and Chile review energy ties", $"LIMA, May 6, 2024 — {sentence} Peru and Chile agreed to meet again in May.");

    [Theory]
    [InlineData("Foreign Minister Ana Rojas and Deputy Foreign Minister Luis Vega briefed the press on the visit.")]
    [InlineData("Prime Minister Ana Rojas, and Deputy Prime Minister Luis Vega will receive the delegation.")]
    [InlineData("The talks were led by Trade Minister Ana Rojas and Vice Minister of Trade Luis Vega.")]
    public void A_colleague_listed_beside_an_official_under_another_title_is_not_the_other_side(string sentence) =>
        Assert.NotEqual("CL", HeadlineHomeTests.CountryOf(FromLima(sentence), "Luis Vega"));

    [Theory]
    [InlineData("Foreign Minister Ana Rojas and Foreign Minister Luis Vega signed the accord.")]
    [InlineData("Trade Minister Ana Rojas met Deputy Trade Minister Luis Vega on Monday.")]
    public void One_of_the_same_title_or_met_across_a_verb_is_still_the_other_side(string sentence) =>
        Assert.Equal("CL", HeadlineHomeTests.CountryOf(FromLima(sentence), "Luis Vega"));

    [Fact]
    public void A_neighbour_whose_own_title_marks_the_country_still_makes_two_sides() =>
        Assert.Equal("PE", HeadlineHomeTests.CountryOf(Article("Peru and Chile review energy ties",
            $"{PairTalks} Ana Rojas, Minister of Foreign Affairs, and Luis Vega, Minister of Trade of Chile, co-chaired the commission."), "Ana Rojas"));

    [Theory]
    [InlineData("The delegation met Energy Minister Luis Vega, Mining Minister Carla Soto and Trade Minister Ana Rojas.")]
    [InlineData("Energy Minister Luis Vega, Mining Minister Carla Soto, and Trade Minister Ana Rojas toured the port.")]
    [InlineData("Attending were Energy Minister Luis Vega; Mining Minister Carla Soto; and Trade Minister Ana Rojas.")]
    public void An_official_of_the_same_rank_in_the_same_list_is_no_sign_of_the_other_side(string sentence) =>
        Assert.Equal("PE", HeadlineHomeTests.CountryOf(FromLima(sentence), "Ana Rojas"));

    [Theory]
    [InlineData("Chilean President Ana Rojas and Pacific Forum President Luis Vega opened the fair.")]
    [InlineData("President Ana Rojas of Chile welcomed Development Bank President Luis Vega to the fair.")]
    [InlineData("The fair was opened by Chilean Trade Minister Ana Rojas, who thanked Andes Regional Council Minister Luis Vega.")]
    public void A_title_qualified_by_a_word_the_reader_left_out_is_not_the_counterpart(string sentence) =>
        Assert.NotEqual("PE", HeadlineHomeTests.CountryOf(FromLima(sentence), "Luis Vega"));

    [Theory]
    [InlineData("Chilean President Ana Rojas met President Luis Vega at the palace.")]
    [InlineData("Chilean Trade Minister Ana Rojas and Trade Minister Luis Vega signed the accord.")]
    [InlineData("After the fair, Chilean President Ana Rojas held talks with President Luis Vega.")]
    public void An_unqualified_title_of_the_same_rank_outside_the_list_is_still_the_other_side(string sentence) =>
        Assert.Equal("PE", HeadlineHomeTests.CountryOf(FromLima(sentence), "Luis Vega"));
}
