using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

/// <summary>
/// Phrases that look like a mechanism or an agreement of the pair but are not one: the quality of their talks
/// ("political dialogue between A and B"), and treaties named for a place of neither side ("the Paris Agreement").
/// </summary>
public class NotThePairsOwnTests
{
    [Theory]
    [InlineData("Chile and Peru met. The ministers praised the high-level political dialogue between Chile and Peru and their growing trade.")]
    [InlineData("Ghana and Togo met. Both presidents noted the steady development of political dialogue between Ghana and Togo.")]
    [InlineData("Laos and Cambodia met. The envoy was thanked for promoting political dialogue between Laos and Cambodia.")]
    [InlineData("Qatar and Kenya met. The two sides expressed readiness to continue the dialogue at the highest level.")]
    [InlineData("Qatar and Kenya met. As a result of the consultations at the highest level, a trade deal was announced.")]
    public void Talks_named_only_by_their_quality_are_no_mechanism(string text) => Assert.Empty(FactsOf.Of<Mechanism>(text));

    [Theory]
    // The sides written before the talks, or a level after them, still say only how the two sides talk.
    [InlineData("Chile and Peru met. The president said the Chilean-Peruvian political dialogue had never been so lively.")]
    [InlineData("Ghana and Togo met. The trip should deepen the Ghana-Togo political dialogue on regional and global questions.")]
    [InlineData("Laos and Cambodia met. Their constant political dialogue at the top and senior levels keeps the border calm, he said.")]
    public void Political_dialogue_with_the_sides_before_it_is_no_mechanism(string text) => Assert.Empty(FactsOf.Of<Mechanism>(text));

    [Theory]
    // Talks about a subject, talks at a scope rather than a rank, and bare talks at a level are one round of talks.
    [InlineData("Chile and Peru met. The two presidents held bilateral consultations on matters pertaining to fishing rights.")]
    [InlineData("Ghana and Togo met. The ministers held strategic dialogue on issues of border security and trade.")]
    [InlineData("Laos and Cambodia met. We have held political consultations at regional and international level, the minister said.")]
    [InlineData("Kenya and Uganda met. Both sides held bilateral consultations at the multilateral level in Geneva.")]
    [InlineData("Chile and Peru met. The deals were signed after dialogue at deputy foreign minister level.")]
    [InlineData("Ghana and Togo met. Progress came through consultations at vice-ministerial level in March.")]
    [InlineData("Chile and Peru met. The leaders held a bilateral dialogue on trade and investment.")]
    [InlineData("Ghana and Togo met. The envoys had a strategic dialogue about maritime security in Accra.")]
    [InlineData("Kenya and Uganda met. The two ministries conducted an intergovernmental consultation on the new railway.")]
    // Talks listed among the fields of cooperation are a field, not a body.
    [InlineData("Chile and Peru met. The academies will cooperate in the field of education, archives and consular consultation.")]
    [InlineData("Ghana and Togo met. They agreed to work together in areas such as energy, tourism and bilateral defence dialogue.")]
    [InlineData("Kenya and Uganda met. The programme covers the spheres of culture, youth exchanges and consular consultations.")]
    public void One_round_of_talks_is_no_mechanism(string text) => Assert.Empty(FactsOf.Of<Mechanism>(text));

    [Theory]
    // A group inside one parliament, named for the relations it follows.
    [InlineData("Azerbaijan and Chile met. A working group on the Azerbaijani-Chilean inter-parliamentary relations operates in the Milli Majlis.")]
    [InlineData("Ghana and Togo met. The working group on Ghana-Togo interparliamentary ties met in Accra.")]
    [InlineData("Chile and Peru met. The bilateral committee on Chile-Peru inter-parliamentary cooperation was renewed.")]
    public void A_parliaments_own_group_is_no_mechanism(string text) => Assert.Empty(FactsOf.Of<Mechanism>(text));

    [Theory]
    // A name with no country of its own, right after a sentence on a third country, may be that country's body: nothing is said.
    [InlineData("Kenya and Uganda met. Earlier the president visited Tanzania. The Joint Commission for Cooperation was raised to a higher level.")]
    [InlineData("Chile and Peru met in Lima. Chile also signed a pact with Bolivia on Monday. The pact sets up a Binational Commission on Water.")]
    [InlineData("Ghana and Togo met. The minister then flew to Nigeria for talks. There the Joint Permanent Commission held its session.")]
    public void A_body_named_right_after_a_third_country_is_not_the_pairs(string text) => Assert.Empty(FactsOf.Of<Mechanism>(text));

    [Theory]
    // The sentence before names both sides, or the name carries them.
    [InlineData("Kenya and Uganda met with Tanzania present. The Joint Commission for Cooperation was raised to a higher level.", "Joint Commission for Cooperation")]
    [InlineData("Chile and Peru met. Chile also signed a pact with Bolivia. The Chile-Peru Binational Commission on Water met in Tacna.", "Chile-Peru Binational Commission on Water")]
    public void A_body_after_both_sides_or_naming_them_stays(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Mechanism>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru held the fifth round of political dialogue between Chile and Peru in Lima.",
        "political dialogue between Chile and Peru")]
    [InlineData("Chile and Peru met. The first political consultation between Chile and Peru took place in Lima on Monday.",
        "political consultation between Chile and Peru")]
    [InlineData("Chile and Peru met. The ministers praised the strategic dialogue between Chile and Peru.",
        "strategic dialogue between Chile and Peru")]
    [InlineData("Chile and Peru met. The ministers praised the Political Dialogue between Chile and Peru.",
        "Political Dialogue between Chile and Peru")]
    [InlineData("Ghana and Togo met. The third session of the Ghana-Togo political dialogue opened in Lome.",
        "Ghana-Togo political dialogue")]
    public void Talks_that_sit_or_carry_a_format_word_stay_a_mechanism(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Mechanism>(text)).Name);

    [Theory]
    [InlineData("China and Jamaica met. The two sides will promote the implementation of the Paris Agreement on climate change.")]
    [InlineData("Saudi Arabia and Thailand met. Thailand pledged to protect Saudi diplomats in accordance with the Vienna Convention.")]
    [InlineData("Japan and Chile met. Both sides recalled their duties under the Paris Protocol on ozone.")]
    public void A_treaty_named_for_a_place_of_neither_side_is_not_the_pairs(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Papua New Guinea and Australia met. The two leaders signed the Port Moresby Declaration on defence cooperation on 7 October 2025.",
        "Port Moresby Declaration on defence cooperation")]
    [InlineData("Australia and Indonesia met. Both sides praised the Lombok Treaty on security cooperation, signed in 2006.",
        "Lombok Treaty on security cooperation")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Lima Declaration on border cooperation on 3 May 2024.",
        "Lima Declaration on border cooperation")]
    public void A_document_named_for_a_place_of_a_side_stays(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    [InlineData("Chile and Peru met. The leaders praised the comprehensive partnership and its plan of action as a platform for peace.")]
    [InlineData("Chile and Peru met. A concrete action plan was derived for the remaining protocols of Chile and Peru.")]
    [InlineData("Chile and Peru met. Ties between Chile and Peru deepened after the summit declaration had set the roadmap of cooperation.")]
    [InlineData("Chile and Peru met. Slow border work has held back the programme of action of Chile and Peru.")]
    public void A_plan_named_only_by_its_kind_and_not_signed_is_no_document(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed an action plan in Lima.", "action plan")]
    [InlineData("Chile and Peru met. The ministers of Chile and Peru adopted a new plan of action.", "plan of action")]
    [InlineData("Chile and Peru met. Most steps of the action plan signed by Chile and Peru are done.", "action plan")]
    [InlineData("Chile and Peru met. Chile and Peru reviewed the action plan for 2024-2026.", "action plan for 2024-2026")]
    public void A_plan_signed_or_named_by_its_years_stays(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru will work together within the framework of the Coastal Growth Plan.")]
    [InlineData("Ghana and Togo met. Both governments said their ties serve the goals of the Golden Horizon Prosperity Plan.")]
    [InlineData("Kenya and Uganda met. Young Ugandans may now take part in the Seasonal Harvest Labour Program run by Kenya.")]
    public void A_titled_plan_of_one_side_or_another_body_not_adopted_is_no_document(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru adopted the Coastal Fisheries Plan in Lima.", "Coastal Fisheries Plan")]
    [InlineData("Ghana and Togo met. At the forum, Ghana and Togo launched the Coastal Towns Development Programme.", "Coastal Towns Development Programme")]
    [InlineData("Kenya and Uganda met. Kenya and Uganda reviewed progress in the Joint Action Plan on trade.", "Joint Action Plan on trade")]
    [InlineData("Chile and Peru met. The ministers praised the Chile-Peru Border Plan as a model.", "Chile-Peru Border Plan")]
    [InlineData("Ghana and Togo met. The largest step so far is the Savannah Irrigation Programme, a scheme of Togolese and Ghanaian engineers.",
        "Savannah Irrigation Programme")]
    public void A_titled_plan_adopted_or_named_as_shared_stays(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru agreed to patrol the coast under the Trilateral Maritime Arrangement (TMA).")]
    [InlineData("Ghana and Togo met. Ghana and Togo traded more under the Regional Economic Partnership Agreement last year.")]
    [InlineData("Kenya and Uganda met. Kenya and Uganda signed a tripartite memorandum on hydropower in Kampala.")]
    public void A_document_its_name_gives_more_sides_than_two_is_not_the_pairs(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on regional security in Lima.", "agreement on regional security")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed the Border Trade Agreement in Accra.", "Border Trade Agreement")]
    [InlineData("Kenya and Uganda met. Kenya and Uganda signed a memorandum on multilateral trade rules in Kampala.", "memorandum on multilateral trade rules")]
    public void A_document_of_two_with_many_sides_in_its_subject_stays(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    [InlineData("Chile and Peru met. The lawmakers held a joint session of the two chambers of parliament.")]
    [InlineData("Chile and Peru met. A joint meeting of the Chilean government and business leaders ended in Lima.")]
    [InlineData("Chile and Peru met. A joint meeting of the government and the unions was held in Lima.")]
    [InlineData("Chile and Peru met. The session of the governments of Chile and Peru was cancelled.")]
    public void A_sitting_that_is_not_of_the_two_governments_together_is_no_mechanism(string text) => Assert.Empty(FactsOf.Of<Mechanism>(text));

    [Theory]
    [InlineData("Chile and Peru met. Our strength lies in dialogue, trust, seeking agreement on every question and trade, the minister said.")]
    [InlineData("Chile and Peru met. The commission makes possible the planning and agreement of the projects of Chile and Peru.")]
    [InlineData("Chile and Peru met. The delegations of Chile and Peru spent two days reaching agreement on fishing quotas.")]
    [InlineData("Chile and Peru met. Officials of Chile and Peru were finding agreement on the prices of gas.")]
    [InlineData("Chile and Peru met. Chile and Peru reached agreement on the prices of gas after long talks.")]
    public void Agreement_as_the_act_of_agreeing_is_no_document(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    // A headline's bare head after a signing verb, an item of a set-out list, and a possessive before "binding" keep the document.
    [InlineData("Chile and Peru sign agreement on fisheries research.", "agreement on fisheries research")]
    [InlineData("Chile and Peru met. Chile and Peru signed the following documents: agreement on visas; protocol on ports.", "agreement on visas")]
    [InlineData("Chile and Peru met. Chile and Peru praised their binding agreement on fisheries research, signed in 2019.", "binding agreement on fisheries research")]
    [InlineData("Chile and Peru met. Chile and Peru signed a treaty and agreement on port security.", "agreement on port security")]
    [InlineData("Chile and Peru met. Chile and Peru signed a recent agreement on port security in Lima.", "agreement on port security")]
    public void A_bare_agreement_signed_or_listed_stays(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    [InlineData("Chile and Peru met. The Andes Declaration was adopted at the Mercosur summit held in the Chilean city of Arica in May.")]
    [InlineData("Chile and Peru met. Both praised the Pacific Declaration issued after the summit of the Association of Southeast Asian Nations.")]
    [InlineData("Chile and Peru met. The remaining members of the PSG are urged to sign the PSG Free Trade Agreement concluded in 2016.")]
    [InlineData("Chile and Peru met. Chile and Peru, members of the ACP, recalled that the ACP Fisheries Treaty was signed in 2001.")]
    public void A_groups_document_is_not_the_pairs(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    // A joint declaration is the pair's own, also at a bloc's summit; a document naming a side is the pair's.
    [InlineData("Chile and Peru met. On the sidelines of the Mercosur summit, Chile and Peru signed the Joint Declaration on Border Cooperation.",
        "Joint Declaration on Border Cooperation")]
    [InlineData("Chile and Peru met. At the Mercosur summit, Chile and Peru adopted the Chile-Peru Declaration on Fisheries.", "Chile-Peru Declaration on Fisheries")]
    [InlineData("Chile and Peru met. As members of the PSG, Chile and Peru signed the Lima Treaty on Port Security in May.", "Lima Treaty on Port Security")]
    public void A_joint_or_sided_document_at_a_groups_meeting_stays(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    [InlineData("Chile and Peru met. The ministers stressed the need to uphold the Treaty on the Non-Proliferation of Nuclear Weapons.")]
    [InlineData("Chile and Peru met. Chile and Peru recalled their duties under the Chemical Weapons Convention, signed in 1993.")]
    [InlineData("Chile and Peru met. Both sides called for full respect of the United Nations Convention on the Law of the Sea.")]
    [InlineData("Chile and Peru met. The two leaders welcomed the entry into force of the Comprehensive Nuclear-Test-Ban Treaty.")]
    public void A_treaty_of_all_states_named_in_passing_is_not_the_pairs(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    // The pair's own documents on such subjects: a memorandum, or a treaty titled otherwise.
    [InlineData("Chile and Peru met. Chile and Peru signed a Memorandum of Understanding on Climate Change Cooperation in Lima.",
        "Memorandum of Understanding on Climate Change Cooperation")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Treaty on Maritime Boundaries in Lima.", "Treaty on Maritime Boundaries")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on nuclear non-proliferation research in Lima.", "agreement on nuclear non-proliferation research")]
    public void The_pairs_own_document_on_a_universal_subject_stays(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);
}
