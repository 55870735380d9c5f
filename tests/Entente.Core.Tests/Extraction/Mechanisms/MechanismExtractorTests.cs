using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

public class MechanismExtractorTests
{
    [Theory]
    [InlineData("Vietnam and Cuba reviewed ties. The Vietnam–Cuba Intergovernmental Committee on Economic, Trade and Scientific Cooperation met in Havana in March 2023.",
        "Vietnam–Cuba Intergovernmental Committee on Economic, Trade and Scientific Cooperation", "VN,CU")]
    [InlineData("Poland and Chile want more trade. Poland and Chile maintain a Joint Commission for Economic Cooperation, which last met in 2021.",
        "Joint Commission for Economic Cooperation", "PL,CL")]
    [InlineData("India and Ghana discussed gold and cocoa. Ministers agreed to strengthen the India–Ghana Joint Trade Committee.",
        "India–Ghana Joint Trade Committee", "IN,GH")]
    [InlineData("Malaysia and Japan are close partners. Malaysia and Japan hold political consultations at the vice-ministerial level every year.",
        "political consultations at the vice-ministerial level", "MY,JP")]
    [InlineData("Serbia and Egypt marked an anniversary. Serbian and Egyptian officials praised the strategic dialogue between the two foreign ministries.",
        "strategic dialogue between the two foreign ministries", "RS,EG")]
    [InlineData("Hungary and Kazakhstan discussed grain. The Hungarian-Kazakh Joint Intergovernmental Commission will convene in the autumn.",
        "Hungarian-Kazakh Joint Intergovernmental Commission", "HU,KZ")]
    [InlineData("Brazil and Nigeria met in Abuja. Brazil and Nigeria set up the Brazil–Nigeria Strategic Dialogue Mechanism in 2013.",
        "Brazil–Nigeria Strategic Dialogue Mechanism", "BR,NG")]
    [InlineData("Germany and Morocco signed a deal on hydrogen. Germany and Morocco launched a Joint Working Group on Renewable Energy in 2022.",
        "Joint Working Group on Renewable Energy", "DE,MA")]
    [InlineData("Kenya and Uganda discussed roads. Kenya and Uganda revived their Joint Permanent Commission on Cooperation last year.",
        "Joint Permanent Commission on Cooperation", "KE,UG")]
    [InlineData("Thailand and Laos share a long border. Thailand and Laos hold consultations between the two foreign ministries at deputy minister level.",
        "consultations between the two foreign ministries at deputy minister level", "TH,LA")]
    [InlineData("Turkey and Qatar expanded ties. The Turkey-Qatar Supreme Strategic Committee (SSC) oversees the relationship.",
        "Turkey-Qatar Supreme Strategic Committee (SSC)", "TR,QA")]
    [InlineData("Vietnam and Russia met. Vietnam and Russia revived their joint committee on economic, trade and investment cooperation this year.",
        "joint committee on economic, trade and investment cooperation", "VN,RU")]
    [InlineData("Laos and Vietnam met. The Laos–Vietnam Intergovernmental Committee's annual report was approved.",
        "Laos–Vietnam Intergovernmental Committee", "LA,VN")]
    [InlineData("Spain and Morocco met. Spain and Morocco held their twelfth intergovernmental summit in Madrid last week.",
        "intergovernmental summit", "ES,MA")]
    [InlineData("Korea and Peru met. Officials prepared the Korea–Peru Trade and Investment Ministerial Meeting for next month.",
        "Korea–Peru Trade and Investment Ministerial Meeting", "KR,PE")]
    // A comma after the second side ends the name; a verb after "between" is not part of it.
    [InlineData("Chile and Peru met. The 5th session of the Joint Commission on Trade between Chile and Peru, Andina reported, ended in Lima.",
        "Joint Commission on Trade between Chile and Peru", "CL,PE")]
    [InlineData("Chile and Peru met. The third Chile-Peru joint commission on economic cooperation between opened in Lima on Monday.",
        "Chile-Peru joint commission on economic cooperation", "CL,PE")]
    [InlineData("Chile and Peru met. Chile and Peru hold political consultations between the two foreign ministries every year.",
        "political consultations between the two foreign ministries", "CL,PE")]
    [InlineData("Czechia and Slovakia met. The fifth joint meeting of the Czech and Slovak governments was held in Trencin on 3 April 2023.",
        "joint meeting of the Czech and Slovak governments", "CZ,SK")]
    [InlineData("Serbia and Hungary met. The prime minister spoke after the joint session of the two governments in Nis.",
        "joint session of the two governments", "RS,HU")]
    [InlineData("Bulgaria and Romania met. The cabinets will hold a joint intergovernmental sitting of the cabinets of Bulgaria and Romania in Ruse.",
        "joint intergovernmental sitting of the cabinets of Bulgaria and Romania", "BG,RO")]
    [InlineData("Albania and Montenegro met. The first joint session of the Government of Montenegro and the Government of Albania took place in Podgorica.",
        "joint session of the Government of Montenegro and the Government of Albania", "ME,AL")]
    // Both sides written before a lower-case head carry its area; a capitalised purpose after "to" continues a capitalised name.
    [InlineData("Ghana and Togo met. The fourth session of the Ghana-Togo commission on energy and transport ended in Lome.",
        "Ghana-Togo commission on energy and transport", "GH,TG")]
    [InlineData("Chile and Peru met. Chile and Peru agreed to revive the Chilean-Peruvian committee on fisheries and ports next year.",
        "Chilean-Peruvian committee on fisheries and ports", "CL,PE")]
    [InlineData("Laos and Thailand met. The Laos-Thailand council on border trade and customs last met in 2022.",
        "Laos-Thailand council on border trade and customs", "LA,TH")]
    [InlineData("Kenya and Uganda met. The Joint Commission to Fight Cattle Rustling will meet in Kampala.",
        "Joint Commission to Fight Cattle Rustling", "KE,UG")]
    [InlineData("Chile and Peru met. Ministers launched the Binational Commission to Promote Border Tourism on Friday.",
        "Binational Commission to Promote Border Tourism", "CL,PE")]
    [InlineData("Ghana and Togo met. Officials of the Joint Committee to Curb Smuggling said checks will increase.",
        "Joint Committee to Curb Smuggling", "GH,TG")]
    // A possessive after "on" opens a phrase of its own ("on the minister's visit"), not the body's field of work.
    [InlineData("Chile and Peru met. Chile-Peru Joint Working Group on minister’s trip to Lima",
        "Chile-Peru Joint Working Group", "CL,PE")]
    [InlineData("Ghana and Togo met. Ghana-Togo Joint Commission on president's visit to Accra",
        "Ghana-Togo Joint Commission", "GH,TG")]
    [InlineData("Kenya and Uganda met. Kenya-Uganda Joint Committee on envoy's tour of the border",
        "Kenya-Uganda Joint Committee", "KE,UG")]
    // A supreme or interstate council written in lower case after its capital, and the pair joined by a spaced dash.
    [InlineData("Kazakhstan and Azerbaijan met. The presidents held the first meeting of the Supreme interstate council in Baku.",
        "Supreme interstate council", "KZ,AZ")]
    [InlineData("Kyrgyzstan and Turkey met. The leaders chaired the supreme inter-state council that guides their ties.",
        "supreme inter-state council", "KG,TR")]
    [InlineData("Vietnam and Laos met. Ministers reviewed the work of the Vietnam - Laos intergovernmental committee in 2023.",
        "Vietnam - Laos intergovernmental committee", "VN,LA")]
    [InlineData("Chile and Peru met. The Chile – Peru joint commission adopted its minutes in Lima.",
        "Chile – Peru joint commission", "CL,PE")]
    // The sides written as their ministries: "their", "the two", or both countries after them.
    [InlineData("Chile and Peru met. They agreed to continue regular political consultations between their Foreign Ministries.",
        "political consultations between their Foreign Ministries", "CL,PE")]
    [InlineData("Ghana and Togo met. Accra hosted the third round of political consultations between the two Ministries of Foreign Affairs.",
        "political consultations between the two Ministries of Foreign Affairs", "GH,TG")]
    [InlineData("Kenya and Uganda met. The ministers chaired the annual strategic dialogue between Foreign Ministries of Kenya and Uganda in Kampala.",
        "strategic dialogue between Foreign Ministries of Kenya and Uganda", "KE,UG")]
    // The sides after "on" qualify the field that follows them, which belongs to the name.
    [InlineData("Vietnam and Laos met. The joint committee on Vietnam-Laos economic cooperation met in Hanoi in May 2023.",
        "joint committee on Vietnam-Laos economic cooperation", "VN,LA")]
    [InlineData("Chile and Peru met. Officials of the mixed commission on Chilean-Peruvian border trade met in Tacna.",
        "mixed commission on Chilean-Peruvian border trade", "CL,PE")]
    [InlineData("Ghana and Togo met. The bilateral committee on the Ghana-Togo fisheries dispute will report in June.",
        "bilateral committee on the Ghana-Togo fisheries dispute", "GH,TG")]
    // "expected to meet" plans a sitting of the body, which exists: its full name stays, and a later short form is the same body.
    [InlineData("Kenya and Uganda met. The Joint Commission on Economic Cooperation is expected to meet in May. The Joint Commission last met in 2019.",
        "Joint Commission on Economic Cooperation", "KE,UG")]
    [InlineData("Ghana and Togo met. The Ghana-Togo Permanent Joint Commission is expected to hold its next session in Lome.",
        "Ghana-Togo Permanent Joint Commission", "GH,TG")]
    [InlineData("Chile and Peru met. The Binational Committee on Border Integration is expected to resume its work in Tacna. The Binational Committee was set up in 2015.",
        "Binational Committee on Border Integration", "CL,PE")]
    // A lower-case joint or intergovernmental committee or commission with no fuller name is the pair's body.
    [InlineData("Ghana and Togo trade cocoa. An intergovernmental commission was set up in 2012 to follow up the projects.",
        "intergovernmental commission", "GH,TG")]
    [InlineData("Laos and Mongolia met. The joint committee whose next session falls in May reviewed the projects.",
        "joint committee", "LA,MN")]
    [InlineData("Peru and Bolivia met. They also created an inter-governmental committee last year.",
        "inter-governmental committee", "PE,BO")]
    [InlineData("Malawi and Zambia met. A joint permanent commission opened in Lilongwe this week.",
        "joint permanent commission", "MW,ZM")]
    [InlineData("Malawi and Zambia met. The Malawi-Zambia permanent joint commission reviewed the road projects.",
        "Malawi-Zambia permanent joint commission", "MW,ZM")]
    [InlineData("Egypt and Sudan met. The prime minister flew to Khartoum for the Egyptian-Sudanese higher committee on Sunday.",
        "Egyptian-Sudanese higher committee", "EG,SD")]
    [InlineData("Liberia and Ghana met. The two sides set up a joint technical working group on border trade.",
        "joint technical working group on border trade", "LR,GH")]
    // A capitalised Ministerial Forum or Roundtable of both sides is their standing format.
    [InlineData("Kenya and Rwanda met. The 5th Kenya-Rwanda Ministerial Forum was held in Kigali.",
        "Kenya-Rwanda Ministerial Forum", "KE,RW")]
    [InlineData("Chile and Peru met. Ministers attended the first Chile-Peru Ministerial Roundtable in Lima.",
        "Chile-Peru Ministerial Roundtable", "CL,PE")]
    public void Reads_the_name_as_written_and_the_pair(string text, string name, string parties)
    {
        var mechanism = Assert.Single(FactsOf.Of<Mechanism>(text));
        Assert.Equal(name, mechanism.Name);
        Assert.Equal(parties.Split(',').Order(), mechanism.Parties.Order());
    }

    [Fact]
    public void Two_mechanisms_listed_together_stay_apart()
    {
        var facts = FactsOf.Of<Mechanism>(
            "China and Brazil met in Beijing. The committee oversees the Subcommittee on Space Cooperation and the Subcommittee on Energy and Mining, both set up by China and Brazil.");
        Assert.Equal(["Subcommittee on Energy and Mining", "Subcommittee on Space Cooperation"], facts.Select(f => f.Name).Order());
    }

    [Fact]
    public void A_short_name_repeated_later_is_the_same_mechanism()
    {
        var facts = FactsOf.Of<Mechanism>(
            "Kenya and India held talks. The Kenya–India Joint Commission met in Nairobi in June 2023. The Joint Commission will meet again in New Delhi.");
        Assert.Equal("Kenya–India Joint Commission", Assert.Single(facts).Name);
    }

    [Theory]
    // One body written with and without its hyphen, or with the pair in another order.
    [InlineData("Peru and Chile met. The Peru-Chile High-Level Joint Council opened in Lima. Later the High Level Joint Council adopted its minutes.",
        "Peru-Chile High-Level Joint Council")]
    [InlineData("Ghana and Togo met. The Togo-Ghana High Level Strategic Committee met on Monday. Ministers said the Ghana-Togo High-Level Strategic Committee (HLSC) would meet yearly.",
        "Ghana-Togo High-Level Strategic Committee (HLSC)")]
    // A short form of a body named in full in the same article, one word shorter.
    [InlineData("Romania and Bulgaria met. The Romania-Bulgaria High-Level Council gathered in Sofia. The High-Level Cooperation Council between Romania and Bulgaria adopted a statement.",
        "High-Level Cooperation Council between Romania and Bulgaria")]
    [InlineData("Kenya and Tanzania met. The Kenya-Tanzania Joint Trade Commission opened in Arusha, where the Kenya-Tanzania Joint Commission adopted its agenda.",
        "Kenya-Tanzania Joint Trade Commission")]
    public void One_body_named_two_ways_is_one_mechanism(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Mechanism>(text)).Name);

    [Fact]
    public void A_short_form_of_two_wider_bodies_stays_apart()
    {
        var facts = FactsOf.Of<Mechanism>(
            "Peru and Chile met. The Peru-Chile High-Level Council met in May. The High-Level Trade Council between Peru and Chile met in June. " +
            "The High-Level Energy Council between Peru and Chile met in July.");
        Assert.Equal(3, facts.Count);
    }

    [Fact]
    public void Names_with_other_words_are_other_bodies()
    {
        var facts = FactsOf.Of<Mechanism>(
            "Peru and Chile met. The Peru-Chile Joint Trade Council met in Lima, and the Peru-Chile Joint Energy Council met in Santiago.");
        Assert.Equal(2, facts.Count);
    }

    [Fact]
    public void Reordered_words_name_a_different_committee()
    {
        var facts = FactsOf.Of<Mechanism>(
            "Vietnam and Belarus have strong ties. The Vietnam-Belarus Intergovernmental Committee on Economic and Technological Cooperation met in Minsk. " +
            "The Vietnam-Belarus Technological Cooperation Committee met in Hanoi.");
        Assert.Equal(2, facts.Count);
    }

    [Theory]
    [InlineData("India and Vietnam met in Hanoi. India also runs a similar joint commission with Kenya.")]
    [InlineData("Peru and Chile met in Lima. The two sides discussed the possibility of setting up a joint working group on fisheries.")]
    [InlineData("Peru and Chile met in Lima. The two sides agreed to explore the establishment of a joint committee on mining.")]
    [InlineData("Vietnam and Cuba are friends. Vietnam's National Assembly Committee for External Relations received Cuban lawmakers.")]
    [InlineData("Vietnam and Cuba are friends. Cuba backed Vietnam's candidacy for the International Law Commission for 2027–2031.")]
    [InlineData("Vietnam and Laos are friends. The Central Committee of the Communist Party of Vietnam sent a message to Laos.")]
    [InlineData("France and Poland spoke. France and Poland urged the European Commission to act on energy prices.")]
    [InlineData("Mexico and Vietnam met. Mexico also maintains a consultation mechanism with the Philippines at the same level.")]
    [InlineData("Japan and Mongolia met. Japan and Mongolia voted together in the UN Security Council.")]
    [InlineData("Vietnam and Japan met. The Vietnam Competition Commission fined a Japanese retailer.")]
    [InlineData("Vietnam and Japan met. Vietnam and Japan praised the ASEAN–Japan Joint Cooperation Committee.")]
    [InlineData("Vietnam and Japan met. The Vietnam Commission for Ethnic Minority Affairs hosted a Japanese delegation.")]
    [InlineData("Vietnam and Russia met. The Vietnam–Russia Business Council held a forum in Moscow.")]
    [InlineData("Spain and Morocco met. The two leaders held a summit in Madrid and a ministerial meeting in Rabat.")]
    // Talks between the sides, and a body only spoken of, are no standing format.
    [InlineData("Chile and Peru met. She praised the coordination and consultations between Chile and Peru on migration.")]
    [InlineData("Chile and Peru met. Officials of Chile and Peru keep up a dialogue between the two foreign ministries.")]
    [InlineData("Chile and Peru met. The accord provides for such a commission for Chile and Peru to follow up projects.")]
    // A lower-case body of another pair, a body with no qualifier, a forum that is no ministers' format.
    [InlineData("Ghana and Togo met. Ghana also sits on a joint commission with Benin.")]
    [InlineData("Ghana and Togo met. The commission will review the projects next year.")]
    [InlineData("Kenya and Rwanda met. The Kenya-Rwanda Investment Forum drew many investors.")]
    [InlineData("Kenya and Rwanda met. Ministers spoke at the ministerial forum in Kigali.")]
    [InlineData("Kenya and Rwanda met. Both ministers spoke at a roundtable with investors.")]
    [InlineData("Egypt and Sudan met. A technical committee of the Nile basin states will review the dam.")]
    public void Gives_no_mechanism(string text) => Assert.Empty(FactsOf.Of<Mechanism>(text));
}
