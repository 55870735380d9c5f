using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

public class AgreementExtractorTests
{
    [Theory]
    [InlineData("Chile and Japan held talks. Chile and Japan signed an agreement on the mutual recognition of professional qualifications on 12 May 2022.",
        "agreement on the mutual recognition of professional qualifications", "CL,JP", "2022-05-12", null, null)]
    [InlineData("Kenya and Rwanda met. Trade is covered by the Kenya–Rwanda Free Trade Agreement, signed in March 2019 and in force since January 2021.",
        "Kenya–Rwanda Free Trade Agreement", "KE,RW", "2019-03", "2021-01", null)]
    [InlineData("Egypt and Greece met in Cairo on 4 May 2024. On the sidelines, the two ministers signed a cultural cooperation programme for 2024–2027.",
        "cultural cooperation programme for 2024–2027", "EG,GR", "2024-05-04", null, "2024..2027")]
    [InlineData("Chile and Korea held a joint commission in Santiago on 3 June 2024. Following the commission meeting, the two sides signed a programme of cooperation in fisheries for 2025-2028.",
        "programme of cooperation in fisheries for 2025-2028", "CL,KR", "2024-06-03", null, "2025..2028")]
    [InlineData("Chile and Korea held talks in Seoul on 3 June 2024. During their summit, the presidents signed an agreement on lithium processing.",
        "agreement on lithium processing", "CL,KR", "2024-06-03", null, null)]
    [InlineData("Indonesia and Australia met. Indonesia and Australia signed a memorandum of understanding on cooperation in vocational training in Jakarta on 5 July 2023.",
        "memorandum of understanding on cooperation in vocational training", "ID,AU", "2023-07-05", null, null)]
    [InlineData("Mongolia and Kazakhstan are neighbours of Russia. Mongolia and Kazakhstan signed the Treaty of Friendship and Cooperation on 22 October 1993, a year after their first contacts in 1992.",
        "Treaty of Friendship and Cooperation", "MN,KZ", "1993-10-22", null, null)]
    [InlineData("Peru and Chile met. Both sides welcomed the entry into force of the agreement on visa exemption for ordinary passport holders in June 2024.",
        "agreement on visa exemption for ordinary passport holders", "PE,CL", null, "2024-06", null)]
    [InlineData("Laos and Vietnam met. Laos and Vietnam signed a protocol amending the road transport agreement in Vientiane in 2020.",
        "protocol amending the road transport agreement", "LA,VN", "2020", null, null)]
    [InlineData("Korea and Uzbekistan met. The two leaders oversaw the signing of a framework agreement on development loans covering 2023-2027 in Tashkent on 14 June 2023.",
        "framework agreement on development loans", "KR,UZ", "2023-06-14", null, "2023..2027")]
    [InlineData("Morocco and Nigeria met. The Morocco–Nigeria Framework Agreement on Economic Cooperation, which entered into force in 2020, guides Morocco and Nigeria.",
        "Morocco–Nigeria Framework Agreement on Economic Cooperation", "MA,NG", null, "2020", null)]
    [InlineData("Serbia and Russia are partners. Trade between Serbia and Russia follows the Eurasian Economic Union–Serbia Free Trade Agreement, which entered into force in July 2021.",
        "Eurasian Economic Union–Serbia Free Trade Agreement", "RS,EAEU", null, "2021-07", null)]
    [InlineData("Japan and Vietnam met. The two sides reviewed the 2021-2023 cooperation roadmap.",
        "cooperation roadmap", "JP,VN", null, null, "2021..2023")]
    [InlineData("Pakistan and Turkey met. Both sides discussed the Trade in Goods Agreement signed in August 2022.",
        "Trade in Goods Agreement", "PK,TR", "2022-08", null, null)]
    [InlineData("Chile and Japan met. Both sides praised the Protocol between Chile and Japan to Expand the Reciprocal Opening of Services, in force since 1 March 2015.",
        "Protocol between Chile and Japan to Expand the Reciprocal Opening of Services", "CL,JP", null, "2015-03-01", null)]
    [InlineData("Chile and Japan met. The ministers signed an agreement on fisheries research on the sidelines of the forum.",
        "agreement on fisheries research", "CL,JP", null, null, null)]
    // A country before an inner preposition is where the document applies, not part of its name.
    [InlineData("Chile and Japan met. Teachers from Chile arrived in Japan on Teacher Exchange Cooperation Programme in 2023.",
        "Teacher Exchange Cooperation Programme", "CL,JP", null, null, null)]
    [InlineData("Chile and Japan met. Chilean students study in Japan under Joint Scholarship Cooperation Programme since 2020.",
        "Joint Scholarship Cooperation Programme", "CL,JP", null, null, null)]
    [InlineData("Chile and Japan met. Japanese firms invest in Chile on Green Hydrogen Partnership Agreement terms.",
        "Green Hydrogen Partnership Agreement", "CL,JP", null, null, null)]
    // The years covered and a list of fields belong to the name.
    [InlineData("Chile and Peru met. Chile and Peru signed a plan of action from 2025 to 2029 in Lima.",
        "plan of action from 2025 to 2029", "CL,PE", null, null, "2025..2029")]
    [InlineData("Chile and Peru met. The ministers signed a Joint Work Programme 2024-2026 on Monday 3 June 2024.",
        "Joint Work Programme 2024-2026", "CL,PE", "2024-06-03", null, "2024..2026")]
    [InlineData("Chile and Peru met. Chile and Peru signed a memorandum of understanding on cooperation in music, theatre, museums and public libraries in 2023.",
        "memorandum of understanding on cooperation in music, theatre, museums and public libraries", "CL,PE", "2023", null, null)]
    public void Reads_name_parties_and_dates(string text, string name, string parties, string? signed, string? inForce, string? covers)
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(text));
        Assert.Equal(name, agreement.Name);
        Assert.Equal(parties.Split(',').Order(), agreement.Parties.Order());
        Assert.Equal(signed, agreement.Signed);
        Assert.Equal(inForce, agreement.InForce);
        Assert.Equal(covers, agreement.Covers is { } p ? $"{p.Start}..{p.End}" : null);
    }

    [Fact]
    public void A_signing_verb_before_a_list_dates_every_document()
    {
        var agreements = FactsOf.Of<Agreement>(
            "Ghana and India met. On 9 April 2024, Ghana and India signed a memorandum of understanding on digital payments and an agreement on cultural cooperation.");
        Assert.Equal(["agreement on cultural cooperation", "memorandum of understanding on digital payments"], agreements.Select(a => a.Name).Order());
        Assert.All(agreements, a => Assert.Equal("2024-04-09", a.Signed));
    }

    [Fact]
    public void The_agreement_in_the_next_sentence_completes_the_one_named_before()
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(
            "Peru and Korea met. Peru and Korea concluded the Korea–Peru Free Trade Agreement. The agreement was signed in March 2011 and entered into force in August 2011."));
        Assert.Equal("Korea–Peru Free Trade Agreement", agreement.Name);
        Assert.Equal("2011-03", agreement.Signed);
        Assert.Equal("2011-08", agreement.InForce);
    }

    [Fact]
    public void A_signing_after_the_meeting_takes_the_day_of_the_meeting()
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(
            "Egypt and Hungary met. The ministers co-chaired the fifth session of the Egypt–Hungary Joint Economic Committee in Cairo on 8 October 2023. " +
            "On the sidelines of the session, the two ministers signed an agreement on vocational training."));
        Assert.Equal("2023-10-08", agreement.Signed);
    }

    [Fact]
    public void A_signing_with_no_event_to_point_to_stays_undated()
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(
            "Egypt and Hungary met in Cairo on 8 October 2023. Egypt and Hungary signed an agreement on vocational training."));
        Assert.Null(agreement.Signed);
    }

    [Fact]
    public void The_pact_in_the_next_sentence_completes_the_one_named_before()
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(
            "Vietnam and Russia met. Vietnam and Russia apply the Vietnam–EAEU Free Trade Agreement. The pact came into force in October 2016."));
        Assert.Equal(["EAEU", "VN"], agreement.Parties.Order());
        Assert.Equal("2016-10", agreement.InForce);
    }

    [Theory]
    [InlineData("Indonesia and Poland met. Indonesia concluded a similar defence arrangement with France in 2021.")]
    [InlineData("Uzbekistan and Korea met. The two sides agreed to launch talks on a free trade agreement.")]
    [InlineData("Chile and Thailand met. Officials said the free trade agreement could be expanded next year.")]
    [InlineData("Cuba and Vietnam met. Cuba and Vietnam have signed several agreements in various fields.")]
    [InlineData("Cuba and Vietnam met. The ministers signed the protocol of the meeting.")]
    [InlineData("Ghana and India met. Ghana presented its national development plan to India.")]
    [InlineData("Argentina and India met. An Indian state company signed an exploration agreement with a private mining firm.")]
    [InlineData("Mongolia and Japan met. Mongolia and Japan are expected to adopt an action plan for 2026–2030.")]
    [InlineData("Chile and Japan met. The port towns of Arica and Sakata signed a twinning agreement on the sidelines of the visit.")]
    [InlineData("Chile and Japan met. Two provinces signed a sister-province agreement during the forum.")]
    [InlineData("Chile and Japan met. Essay by a researcher, Senior Fellow, Asia-Europe Programme")]
    // A value after "for" is what the deal is worth, not what it is about.
    [InlineData("Chile and Japan met. During the visit, Chile and Japan signed an agreement for a total of $25,5 billion.")]
    [InlineData("Chile and Japan met. During the visit, Chile and Japan signed an agreement for a total of $3 billion.")]
    // An organisation named after a treaty, an office of protocol, and agreement as a state of mind.
    [InlineData("Chile and Japan met. They spoke of cooperation within the Collective Security Treaty Organization and the United Nations.")]
    [InlineData("Chile and Japan met. Both are members of the North Atlantic Treaty Organisation.")]
    [InlineData("Chile and Japan met. The envoy was welcomed by the Chief of Protocol, Ambassador Ana Rojas.")]
    [InlineData("Chile and Japan met. The Head of State Protocol, Ambassador Ana Rojas, attended the ceremony.")]
    [InlineData("Chile and Japan met. The Director of Protocol of the ministry received the guests.")]
    [InlineData("Chile and Japan met. They sought more areas of agreement in order to deepen trust.")]
    [InlineData("Chile and Japan met. The ministers found broad agreement in order to move ahead.")]
    // A reference to a document named elsewhere, and documents in general.
    [InlineData("Chile and Japan met. The corresponding agreement was reached during the visit.")]
    [InlineData("Chile and Japan met. The relevant memorandum will be drafted by the ministries.")]
    [InlineData("Chile and Japan met. The respective protocol was handed over at the end.")]
    [InlineData("Chile and Japan met. The meeting ended with both countries signing agreements, Memorandum of Understandings and protocols.")]
    // Signatories after "between" are not what the document is about.
    [InlineData("Chile and Japan met. They signed an agreement between the Minister of Foreign Affairs Ana Rojas and her Japanese counterpart to set up a commission.")]
    [InlineData("Chile and Japan met. There is a memorandum between the Minister of Trade Ana Rojas and the Japanese side.")]
    [InlineData("Chile and Japan met. A protocol between the Minister of Energy Pablo Ruiz and his Japanese counterpart was drafted.")]
    // People named in lower case on the two sides of "between" (ministers, mayors, heads), and no subject: the tail names no document.
    [InlineData("Chile and Japan met. The deal between the two countries' trade ministers Ana Rojas and Ken Sato was signed in Lima.")]
    [InlineData("Chile and Japan met. An accord between the mayor of Arica Luis Soto and the head of the Osaka city office Ken Ito was also signed.")]
    [InlineData("Chile and Japan met. A protocol between Rojas and Japanese energy minister Ken Sato was signed as well.")]
    // Generic, ordinal or venue words do not name a document; a name cut off by the end of the text gives nothing.
    [InlineData("Chile and Peru met. Officials of Chile and Peru signed bilateral agreement to widen their ties.")]
    [InlineData("Chile and Peru met. The second agreement, with the port authority, is about customs checks between Chile and Peru.")]
    [InlineData("Chile and Peru met. The ministers of Chile and Peru spoke at the Andes International Convention Centre in Lima.")]
    [InlineData("Chile and Peru met. Chile and Peru also signed a memorandum of understa")]
    public void Gives_no_agreement(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    /// <summary>Documents signed as a list under one plural head are one document per field.</summary>
    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed three agreements on fisheries, mining and tourism in Lima on 3 May 2023.",
        "agreement on fisheries; agreement on mining; agreement on tourism")]
    [InlineData("Chile and Peru met. Chile and Peru inked three memoranda of understanding on water management, hydrocarbons and mining, and cultural exchange.",
        "memorandum of understanding on cultural exchange; memorandum of understanding on hydrocarbons and mining; memorandum of understanding on water management")]
    [InlineData("Chile and Peru met. The ministers of Chile and Peru signed three agreements of cooperation in the fields of health, sport and customs.",
        "agreement on customs; agreement on health; agreement on sport")]
    [InlineData("Chile and Peru met. Chile and Peru signed three agreements on fisheries, mining and tourism after the Chilean president held talks in Lima.",
        "agreement on fisheries; agreement on mining; agreement on tourism")]
    [InlineData("Chile and Peru met. Chile and Peru signed three agreements on fisheries, mining and tourism before the leaders spoke to the press.",
        "agreement on fisheries; agreement on mining; agreement on tourism")]
    [InlineData("Chile and Peru met. Chile and Peru signed three agreements on fisheries, mining and tourism while the business forum went on.",
        "agreement on fisheries; agreement on mining; agreement on tourism")]
    public void A_signed_list_of_fields_gives_one_document_each(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", FactsOf.Of<Agreement>(text).Select(a => a.Name).Order(StringComparer.Ordinal)));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru discussed agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met in Lima. The Brazilian president later flew to Bolivia. The two leaders signed agreements on fisheries, mining and tourism.")]
    [InlineData("The two leaders signed agreements on fisheries, mining and tourism. Chile and Peru met later.")]
    [InlineData("Chile and Peru met in Lima. Peru and Chile agreed. Chile and Brazil signed agreements on fisheries, mining and tourism.")]
    public void A_list_not_signed_or_not_the_pairs_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    /// <summary>"another on …", "including one on …" after a signed head name a document by its subject.</summary>
    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed four agreements, including a pact on fisheries and another on the sharing and joint use of port data.",
        "pact on fisheries; pact on the sharing and joint use of port data")]
    [InlineData("Chile and Peru met. Chile and Peru inked 15 deals and agreements, including one on mining cooperation, and announced closer ties.",
        "agreement on mining cooperation")]
    [InlineData("Chile and Peru met. Chile and Peru signed a memorandum of understanding on fisheries and another on cultural exchange.",
        "memorandum of understanding on cultural exchange; memorandum of understanding on fisheries")]
    public void Another_on_a_subject_after_a_signed_head_is_one_document(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", FactsOf.Of<Agreement>(text).Select(a => a.Name).Order(StringComparer.Ordinal)));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru discussed an agreement on fisheries and another on mining.")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on fisheries, and another on Friday will follow.")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on fisheries, and held one on one talks.")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement, and another on fisheries is expected to be signed next year by the two ministers of the sea.")]
    public void Another_without_a_signed_head_or_clear_subject_gives_nothing(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text), a => a.Name.Contains("another", StringComparison.Ordinal) || a.Name.EndsWith("mining", StringComparison.Ordinal) || a.Name.Contains("Friday", StringComparison.Ordinal) || a.Name.Contains("one talks", StringComparison.Ordinal) || a.Name.Contains("on fisheries is", StringComparison.Ordinal) || a.Name == "agreement on fisheries" && text.Contains("expected", StringComparison.Ordinal));

    /// <summary>"They" signing right after a sentence where the two sides signed are those two sides.</summary>
    [Theory]
    [InlineData("Chile and Peru met in Lima. The two sides signed a treaty. They also signed three agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met in Lima. Both leaders inked a pact. They inked three agreements on fisheries, mining and tourism.")]
    [InlineData("Chile hosted Peru's president. The two presidents sealed a deal. They also signed three agreements on fisheries, mining, and tourism.")]
    public void They_after_the_two_sides_sign_for_the_pair(string text) =>
        Assert.Contains("agreement on fisheries", FactsOf.Of<Agreement>(text).Select(a => a.Name));

    [Theory]
    [InlineData("Chile and Peru met in Lima. Officials praised the talks. They also signed agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met in Lima. The two sides signed a treaty. Later Brazil and Bolivia met. They also signed agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met in Lima. The two sides signed a treaty. They discussed agreements on fisheries, mining and tourism.")]
    public void They_without_the_two_sides_just_before_gives_no_list(string text) =>
        Assert.DoesNotContain("agreement on fisheries", FactsOf.Of<Agreement>(text).Select(a => a.Name));

    /// <summary>A head counted otherwise than by its fields lists topics of unnamed documents.</summary>
    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed 12 agreements covering fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Chile and Peru signed seven agreements on fisheries, mining, tourism and health.")]
    [InlineData("Chile and Peru met. Chile and Peru signed a raft of agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Chile and Peru inked a series of memoranda on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Chile and Peru signed several agreements in the fields of fisheries, mining and tourism.")]
    // A count opening the sentence is read though capitalised.
    [InlineData("Chile and Peru met. Two agreements on fisheries, mining and tourism were signed by Chile and Peru.")]
    public void A_list_counted_otherwise_than_by_its_fields_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed three agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Chile and Peru signed 3 agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. The ministers of Chile and Peru inked two memoranda of understanding regarding fisheries and tourism.")]
    public void A_list_counted_by_its_fields_gives_one_document_each(string text) =>
        Assert.Equal(text.Contains("two", StringComparison.Ordinal) ? "memorandum of understanding on fisheries; memorandum of understanding on tourism"
                : "agreement on fisheries; agreement on mining; agreement on tourism",
            string.Join("; ", FactsOf.Of<Agreement>(text).Select(a => a.Name).Order(StringComparer.Ordinal)));

    /// <summary>
    /// A head with no count does not say there is one document to a field: "signed agreements in the areas of A, B and C" may be one
    /// document covering them all, so its fields are topics and give nothing.
    /// </summary>
    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed agreements in the areas of fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. Chile and Peru signed the agreements on fisheries, mining and tourism.")]
    [InlineData("Chile and Peru met. The ministers of Chile and Peru inked memoranda of understanding regarding ports, forestry and schooling.")]
    [InlineData("Chile and Peru met. Chile and Peru concluded accords and protocols on seismic monitoring and water management.")]
    [InlineData("Chile and Peru met. The results of the Lima talks between Chile and Peru included pacts on forestry, ports and road safety.")]
    public void A_list_of_fields_under_a_head_with_no_count_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    /// <summary>"The two leaders" after a sentence naming only the pair's countries are the pair's.</summary>
    [Theory]
    [InlineData("Chile and Peru met in Lima. The two leaders signed three agreements on fisheries, mining and tourism.")]
    [InlineData("Chile welcomed the Peruvian president in Santiago on Monday. Both sides then inked three agreements on fisheries, mining, and tourism.")]
    [InlineData("Chile hosted Peru's foreign minister. The two ministers signed three agreements in the fields of fisheries, mining and tourism.")]
    public void The_two_leaders_after_the_pair_sign_for_the_pair(string text) =>
        Assert.Equal("agreement on fisheries; agreement on mining; agreement on tourism",
            string.Join("; ", FactsOf.Of<Agreement>(text).Where(a => a.Parties.Order().SequenceEqual(["CL", "PE"])).Select(a => a.Name).Order(StringComparer.Ordinal)));

    /// <summary>Joint statements and declarations that the sides signed or adopted are documents of the pair.</summary>
    [Theory]
    [InlineData("Chile and Peru met. The presidents of Chile and Peru signed a joint statement on border cooperation.", "joint statement on border cooperation")]
    [InlineData("Chile and Peru met. A Declaration on Strategic Partnership between Chile and Peru was adopted during the visit.", "Declaration on Strategic Partnership between Chile and Peru")]
    [InlineData("Chile and Peru met. The two sides issued a joint communiqué on the results of the talks in Lima.", "joint communiqué on the results of the talks")]
    [InlineData("Chile and Peru met. The leaders of Chile and Peru signed a joint statement to deepen their ties.", "joint statement")]
    public void A_signed_joint_statement_or_declaration_is_an_agreement(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. In a statement, the ministry of Chile said the talks with Peru went well.")]
    [InlineData("Chile and Peru met. The presidents of Chile and Peru issued a joint statement to praise their ties.")]
    [InlineData("Chile and Peru met. Chile and Peru are signatories of the Lima Declaration on Migration.")]
    [InlineData("Chile and Peru met. The leaders of Chile and Peru will discuss a joint declaration on energy.")]
    public void A_statement_not_agreed_by_the_two_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    /// <summary>"A memorandum was signed between A's ministry and B's agency on X": the document is named by its subject, else by its signatories.</summary>
    [Theory]
    [InlineData("Chile and Peru met. A memorandum of understanding was signed between the Chilean Ministry of Mining and the Ministry of Energy of Peru on geological mapping.",
        "memorandum of understanding on geological mapping")]
    [InlineData("Chile and Peru met. An agreement was also reached between the Chilean Customs Service and the Peruvian Tax Authority on cooperation in the field of customs data.",
        "agreement on cooperation in the field of customs data")]
    [InlineData("Chile and Peru met. A memorandum of understanding for cooperation has been signed between Chile's Export Agency and Peru's Investment Agency.",
        "memorandum of understanding for cooperation between Chile's Export Agency and Peru's Investment Agency")]
    public void A_passive_signing_between_two_bodies_names_the_document(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    /// <summary>Near-misses of the signatory rule: a signatory word after the parties' "and", or parties that are states or bodies.</summary>
    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement between Chile and Peru on training for mayors.", "agreement between Chile and Peru on training for mayors")]
    [InlineData("Chile and Peru met. Chile and Peru signed a memorandum between the Chilean Ministry of Mining and the Peruvian Geology Institute.",
        "memorandum between the Chilean Ministry of Mining and the Peruvian Geology Institute")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on exchanges between the heads of their customs services.",
        "agreement on exchanges between the heads of their customs services")]
    public void A_between_tail_without_signatories_keeps_its_name(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    [InlineData("Chile and Japan met. Chile and Japan signed a protocol between Rojas and Japanese energy minister Ken Sato on grid data.")]
    [InlineData("Chile and Japan met. Chile and Japan signed an agreement between the two trade ministers on port fees.")]
    [InlineData("Chile and Japan met. Chile and Japan signed an accord between the mayors of Arica and Osaka for school exchanges.")]
    public void Signatories_followed_by_a_subject_keep_the_document(string text) =>
        Assert.NotEmpty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Japan met. Chile and Japan signed a protocol between Rojas and Japanese energy minister Ken Sato on grid data.", "protocol on grid data")]
    [InlineData("Chile and Japan met. Chile and Japan signed an agreement between the two trade ministers on port fees.", "agreement on port fees")]
    [InlineData("Chile and Japan met. Chile and Japan signed an accord between the mayors of Arica and Osaka for school exchanges.", "accord for school exchanges")]
    [InlineData("Chile and Japan met. Memorandum of Understanding between the two ministers Ana Rojas and Ken Sato concerning seismic research.",
        "Memorandum of Understanding concerning seismic research")]
    public void Signatories_are_no_part_of_the_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    // A demonstrative or an article before a lower-case name points back to the document named before.
    [InlineData("Ghana and Togo met. Ghana and Togo signed an agreement on the joint management of the border. The border agreement was hailed by both.",
        "agreement on the joint management of the border")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed the Ghana-Togo Free Trade Agreement in May. Officials said this new free trade agreement would lift exports.",
        "Ghana-Togo Free Trade Agreement")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed a memorandum of understanding on fisheries research. That fisheries memorandum of understanding runs five years.",
        "memorandum of understanding on fisheries research")]
    public void A_name_pointing_back_is_the_document_named_before(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    // With nothing named before, a demonstrative name or a bare cooperation document says not which document it is.
    [InlineData("Ghana and Togo met. Officials said this new trade agreement would lift exports.")]
    [InlineData("Ghana and Togo met. This cooperation agreement, signed by the finance ministers, opens the way for investment.")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed a cooperation agreement in May.")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed a ground-breaking memorandum of understanding in May.")]
    [InlineData("Ghana and Togo met. The police forces keep to a co-operation protocol signed in 2010.")]
    public void A_name_that_says_not_which_document_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    // Near-misses: a capitalised name, a subject or a new document after "the" still name one.
    [InlineData("Ghana and Togo met. Ghana and Togo signed a Cooperation Agreement in May.", "Cooperation Agreement")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed a cooperation agreement on fisheries in May.", "cooperation agreement on fisheries")]
    [InlineData("Ghana and Togo met. The ministers approved a new cooperation roadmap for 2025-2030.", "cooperation roadmap for 2025-2030")]
    [InlineData("Ghana and Togo met. They reviewed the 20-year cooperation plan signed in June 2022.", "cooperation plan")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed an agreement on trade. They also signed the fisheries agreement.", "fisheries agreement")]
    public void A_specific_name_still_names_a_document(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    // What the document sets up, avoids or amends is part of its name.
    [InlineData("Ghana and Togo met. Ghana and Togo signed an agreement to establish a joint border commission.", "agreement to establish a joint border commission")]
    [InlineData("Ghana and Togo met. The ministers signed a protocol to avoid double taxation on income.", "protocol to avoid double taxation on income")]
    [InlineData("Ghana and Togo met. Ghana and Togo concluded an accord to set up a free trade zone and an agreement to protect investments.",
        "accord to set up a free trade zone")]
    [InlineData("Ghana and Togo met. The leaders signed a protocol on amendments to the air services agreement.", "protocol on amendments to the air services agreement")]
    public void What_the_document_sets_up_or_amends_names_it(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    // A document that forms a body, raises the relations or pays for something is named by that, up to the verb of the sentence.
    [InlineData("Ghana and Togo met. A pact to form a joint water board between Accra and Lome was signed on Friday.", "pact to form a joint water board between Accra and Lome")]
    [InlineData("Ghana and Togo met. The presidents signed a joint declaration to elevate ties to a comprehensive partnership.",
        "joint declaration to elevate ties to a comprehensive partnership")]
    [InlineData("Ghana and Togo met. Ghana and Togo concluded an agreement to finance the building of a coastal road.", "agreement to finance the building of a coastal road")]
    [InlineData("Ghana and Togo met. An agreement to set up a trade council is now in force.", "agreement to set up a trade council")]
    public void What_the_document_forms_elevates_or_finances_names_it(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    // The counterpart a document was signed with is no part of its name: the subject after him is.
    [InlineData("Ghana and Togo met. Ghana's minister signed an agreement with his Togolese counterpart Kofi Mensah on fishing quotas.", "agreement on fishing quotas")]
    [InlineData("Ghana and Togo met. President Ama Boateng signed a memorandum of understanding with Togolese Trade Minister Yao Agbo to set up a joint chamber of commerce.",
        "memorandum of understanding to set up a joint chamber of commerce")]
    [InlineData("Ghana and Togo met. The Ghanaian minister inked a protocol with her counterpart from Togo for the training of nurses.", "protocol for the training of nurses")]
    public void The_subject_after_the_counterpart_names_the_document(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    // Near-misses: a purpose that is only why it was signed, and "to" after a place, name nothing more.
    [InlineData("Ghana and Togo met. Ghana and Togo signed a fisheries agreement to expand ties.", "fisheries agreement")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed a fisheries agreement to boost trade.", "fisheries agreement")]
    public void A_mere_purpose_is_no_part_of_the_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Ghana and Togo met. The agreement between Ghana's fishing association and Togo's port authority on tuna includes joint patrols.",
        "agreement between Ghana's fishing association and Togo's port authority on tuna")]
    [InlineData("Ghana and Togo met. Ghana and Togo signed a plan of action on border security covers patrols and training.", "plan of action on border security")]
    [InlineData("Ghana and Togo met. The Free Trade Agreement between both countries entered into force in 2019.", "Free Trade Agreement")]
    public void A_clause_verb_or_the_pair_ends_the_name(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. An agreement was signed between the two countries in 2015.")]
    [InlineData("Chile and Peru met in Lima. Chile and Peru agreed. An agreement was reached between Bolivia and Argentina on fishing quotas.")]
    [InlineData("Chile and Peru met. The agreement was not signed between the ministries.")]
    public void A_passive_signing_without_named_bodies_or_off_the_pair_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    /// <summary>"The first MoU was on X": one of the documents counted before, named by its subject.</summary>
    [Theory]
    [InlineData("Chile and Peru signed four MoUs. The first MoU was on the management of shared aquifers.", "MoU on the management of shared aquifers")]
    [InlineData("Chile and Peru signed six agreements. The fourth agreement is on fisheries and aquaculture, meant to raise exports.", "agreement on fisheries and aquaculture")]
    [InlineData("Chile and Peru signed documents in Lima. The second memorandum of understanding is about wine exports.", "memorandum of understanding on wine exports")]
    public void An_ordinal_document_is_named_by_its_subject(string text, string name) =>
        Assert.Contains(FactsOf.Of<Agreement>(text), a => a.Name == name);

    [Theory]
    [InlineData("Chile and Peru signed four MoUs. The first MoU was signed in 2010.")]
    [InlineData("Chile and Peru signed four MoUs. It said the first MoU was on schedule.")]
    [InlineData("Chile and Peru signed four MoUs. The first MoU was important for both.")]
    public void An_ordinal_document_without_a_subject_gives_no_new_name(string text) =>
        Assert.DoesNotContain(FactsOf.Of<Agreement>(text), a => a.Name.StartsWith("MoU on", StringComparison.Ordinal));

    /// <summary>Words around a head that say it is no document of the two: a treaty joined, consent, ceremony, a bare label.</summary>
    [Theory]
    [InlineData("Chile and Peru met. Peru announced its intention to join the Multilateral Agreement on Road Transport.")]
    [InlineData("Chile and Peru met. Chile welcomed Peru's accession to the intergovernmental agreement on river navigation. The aim of the intergovernmental agreement on river navigation is safer shipping.")]
    [InlineData("Chile and Peru met. Chile said Peru may accede to the convention on cross-border fishing.")]
    [InlineData("Chile and Peru met. The Chilean president proposed a cultural week next year upon agreement between the governments of Chile and Peru.")]
    [InlineData("Chile and Peru met. The diplomatic protocol requires that envoys from Chile and Peru first meet the minister.")]
    [InlineData("Chile and Peru Bilateral Agreement - 2024")]
    [InlineData("Chile and Peru met. The talks of Chile and Peru aim at new areas of cooperation after reaching agreement.")]
    [InlineData("Chile and Peru met. After the agreement between Chile's minister of mining and his Peruvian counterpart, trade grew.")]
    [InlineData("Chile and Peru met. The two ministers of Chile and Peru reached agreement on most points.")]
    public void Joined_consented_or_ceremonial_documents_give_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. A Memorandum of Understanding between the ports of Arica and the Callao Port Authority was also signed.",
        "Memorandum of Understanding between the ports of Arica and the Callao Port Authority")]
    [InlineData("Chile and Peru met. The ministers of Chile and Peru signed a framework agreement relating to scholarships and the sharing of expertise.",
        "framework agreement relating to scholarships and the sharing of expertise")]
    [InlineData("Chile and Peru met. They praised the signing of the Convention for Recognition of Diplomas between Chile and Peru.",
        "Convention for Recognition of Diplomas between Chile and Peru")]
    public void A_name_goes_on_over_its_two_parties_or_a_relating_clause(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. The foreign ministers of Chile and Peru signed an international agreement in March 2023.")]
    [InlineData("Chile and Peru met. Chile and Peru on Monday signed a Framework Agreement and a memorandum aimed at closer ties.")]
    [InlineData("Chile and Peru met. The talks ended with the signing of a comprehensive protocol meant to lift trade.")]
    [InlineData("Chile and Peru met. The Peruvian president was told how the peace agreement is being carried out.")]
    [InlineData("Chile and Peru met. The Chilean minister said the agreement for Peru would be signed by both ministers.")]
    [InlineData("Chile and Peru met. The presidents of Chile and Peru announced an agreement on eight issues in Lima.")]
    [InlineData("Chile and Peru met. Chile and Peru signed an accord on the Republic of Peru on 3 May 2023.")]
    public void A_name_saying_only_its_kind_or_a_country_or_a_tally_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed an international agreement on river transport in March 2023.", "international agreement on river transport")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Chile-Peru Framework Agreement on Fisheries on 3 May 2023.", "Chile-Peru Framework Agreement on Fisheries")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on eight border crossings in Lima.", "agreement on eight border crossings")]
    [InlineData("Chile and Peru met. Chile and Peru signed a peace agreement between Chile and Peru in 1929.", "peace agreement between Chile and Peru")]
    public void A_kind_word_with_a_subject_still_names_a_document(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. The ministers said a further accord between the Mining Ministry and that was with a private firm was also reached.")]
    [InlineData("Chile and Peru met. Chile and Peru also renewed a cooperation agreement between the Catholic University of Chile (PUC) for student exchanges.")]
    [InlineData("Chile and Peru met. In Lima the two sides signed a memorandum between the Peruvian Tax Agency; the text was not released.")]
    public void A_between_with_one_body_and_no_second_side_names_no_document(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on scientific cooperation between the Academies of Sciences.",
        "agreement on scientific cooperation between the Academies of Sciences")]
    [InlineData("Chile and Peru met. Chile and Peru signed a memorandum between the Chilean Customs Service and the Peruvian Tax Agency.",
        "memorandum between the Chilean Customs Service and the Peruvian Tax Agency")]
    [InlineData("Chile and Peru met. Chile and Peru signed a cooperation programme between the two foreign ministries for 2025-2026.",
        "cooperation programme between the two foreign ministries for 2025-2026")]
    [InlineData("Chile and Peru met. Chile and Peru signed a memorandum between the Chilean Customs Service (CCS) and the Peruvian Tax Agency.",
        "memorandum between the Chilean Customs Service (CCS) and the Peruvian Tax Agency")]
    public void A_between_with_both_sides_still_names_the_document(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. A memorandum on water was signed by Chile and Peru with the aim of setting up a joint irrigation programme.",
        "memorandum on water")]
    [InlineData("Chile and Peru met. Chile and Peru signed a treaty on ports. The treaty on ports is designed to carry out a maritime action plan.",
        "treaty on ports")]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on mining whose goal is a regional cooperation programme for lithium.",
        "agreement on mining")]
    public void A_document_named_as_the_aim_of_another_is_not_a_second_document(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed an agreement on fisheries aimed at closer trade, and a cooperation programme on ports for 2025-2027.")]
    [InlineData("Chile and Peru met. Chile and Peru signed a memorandum on water with the aim of better irrigation and an agreement on mining.")]
    [InlineData("Chile and Peru met. Chile and Peru signed a treaty on ports for the purpose of trade, then a memorandum on water.")]
    public void A_document_listed_after_an_aim_is_still_given(string text) => Assert.Equal(2, FactsOf.Of<Agreement>(text).Count());
}

/// <summary>What a name takes in, and whose a document is when its signatories are named after it.</summary>
public class AgreementNameEdgeTests
{
    [Theory]
    // A count before a singular head counts documents it does not name.
    [InlineData("Chile and Peru met. Chile plans to sign 12 cooperation agreement with Peru next month.")]
    [InlineData("Chile and Peru met. Chile and Peru signed three cooperation agreement in Lima.")]
    [InlineData("Chile and Peru met. Chile and Peru inked 5 trade agreement last week.")]
    public void A_count_before_a_singular_head_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed a 5-year fisheries agreement in Lima.", "fisheries agreement")]
    [InlineData("Chile and Peru met. Chile and Peru recalled the 1929 treaty on borders.", "treaty on borders")]
    [InlineData("Chile and Peru met. Chile and Peru signed a 10-year cooperation programme for 2025-2034.", "cooperation programme for 2025-2034")]
    public void A_year_or_a_length_before_the_head_is_no_count(string text, string name) =>
        Assert.EndsWith(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name, StringComparison.Ordinal);

    [Theory]
    [InlineData("Chile and Peru met. They reviewed the mid-term program for the Chile-Peru partnership being carried out from 2020 to 2024.",
        "mid-term program for the Chile-Peru partnership")]
    [InlineData("Chile and Peru met. Chile and Peru praised the agreement on fisheries being applied since 2019.", "agreement on fisheries")]
    [InlineData("Chile and Peru met. The two presidents agreed to sign a memorandum on ports in the near future.", "memorandum on ports")]
    [InlineData("Chile and Peru met. Chile and Peru are expected to sign an agreement on mining in the coming weeks.", "agreement on mining")]
    public void A_clause_or_a_time_after_the_name_is_no_part_of_it(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed the Programme of Cooperation for 2024-2025. This Program of Cooperation will open new fields.")]
    [InlineData("Chile and Peru met. The Program of Cooperation was signed by Chile and Peru. The Programme of Cooperation covers culture.")]
    [InlineData("Chile and Peru met. Chile and Peru signed a cultural cooperation programme. The cultural cooperation program runs until 2026.")]
    public void Two_spellings_of_a_name_are_one_document(string text) => Assert.Single(FactsOf.Of<Agreement>(text));

    [Theory]
    [InlineData("Chile and Peru met. The memorandum is part of the Cross-Border Transport Agreement (CBTA), a treaty on improving transport.", "Cross-Border Transport Agreement (CBTA)")]
    [InlineData("Chile and Peru met. Chile and Peru recalled the Santiago Accord, an agreement on sharing river water.", "Santiago Accord")]
    [InlineData("Chile and Peru met. Chile and Peru apply the Andes Treaty, a pact on mountain rescue, since 2010.", "Andes Treaty")]
    public void A_description_in_apposition_is_no_second_document(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    [InlineData("Chile and Peru met. Chile and Peru signed four documents, including the Agreement on Ports, a protocol amending the fisheries agreement, and a memorandum on mining.")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Agreement on Ports, a protocol amending the fisheries agreement and a memorandum on mining.")]
    [InlineData("Chile and Peru met. The ministers signed a treaty on extradition, a protocol on customs, a memorandum on mining.")]
    public void Items_of_a_list_are_no_apposition(string text) => Assert.Equal(3, FactsOf.Of<Agreement>(text).Count());

    [Theory]
    // A title in apposition after a name is that document's own name.
    [InlineData("Chile and Peru met. This week marks two years since our bilateral Free Trade Agreement, the Chile Peru Fisheries Partnership Agreement, took effect.",
        "Chile Peru Fisheries Partnership Agreement")]
    [InlineData("Chile and Peru met. Chile and Peru signed the new trade pact – the Treaty on Port Security.", "Treaty on Port Security")]
    [InlineData("Chile and Peru met. Chile and Peru signed a customs accord, the Agreement on Border Posts, in Lima.", "Agreement on Border Posts")]
    public void A_title_in_apposition_names_the_document_before_it(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);

    [Theory]
    // A title without a head of its own, naming both sides, is the document's name too; the name before it is no other document.
    [InlineData("Chile and Peru met. Chile is ready to ratify the new free trade agreement, the Chile-Peru Integrated Economic Partnership.")]
    [InlineData("Chile and Peru met. Peru will soon ratify the trade pact – the Peru–Chile Economic Partnership.")]
    [InlineData("Chile and Peru met. Both sides hailed their trade agreement, the Chile Peru Closer Economic Partnership, last year.")]
    public void A_headless_title_in_apposition_leaves_no_second_document(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    // Titles after a name that go on as a list, or a body after a comma, are not its apposition.
    [InlineData("Chile and Peru met. Chile and Peru signed the trade agreement, the Treaty on Ports and the Andes Accord.", 3)]
    [InlineData("Chile and Peru met. Chile and Peru signed the trade agreement, the Treaty on Ports, and the Andes Accord.", 3)]
    [InlineData("Chile and Peru met. Chile and Peru signed a fisheries agreement, the Chilean Foreign Ministry said.", 1)]
    public void A_list_or_a_speaker_after_a_name_is_no_apposition(string text, int count) => Assert.Equal(count, FactsOf.Of<Agreement>(text).Count());

    [Theory]
    [InlineData("Chile and Russia met. They discussed the free trade agreement signed by Chile and the Eurasian Economic Union in 2015.", "CL,EAEU")]
    [InlineData("Chile and Russia met. Both praised the transport agreement inked last month by Chile and the Eurasian Economic Union.", "CL,EAEU")]
    [InlineData("Chile and Peru met. Both praised the transport agreement inked last month between Lima and Santiago.", "CL,PE")]
    public void Signatories_named_after_the_name_are_its_parties(string text, string parties) =>
        Assert.Equal(parties.Split(',').Order(), Assert.Single(FactsOf.Of<Agreement>(text)).Parties.Order());

    [Theory]
    [InlineData("Italy and Germany met. Italy seeks closer ties with Germany after the friendship pact inked last month between Rome and Paris.")]
    [InlineData("Italy and Germany met. Italy praised the transport agreement signed by France and Spain in 2019.")]
    [InlineData("Italy and Germany met. Italy and Germany recalled the energy treaty that was signed by Poland and Germany.")]
    public void Signatories_outside_the_pair_give_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    // A plan or programme that has an owner, or names one side only, is that owner's scheme or schedule.
    [InlineData("Chile and Peru met. Peruvian pupils will get grants under Chile's scholarship cooperation programme from next year.")]
    [InlineData("Chile and Peru met. The Peruvian minister's work programme in Santiago also takes in two ports.")]
    [InlineData("Chile and Peru met. Chile will keep training Peruvian nurses through the Chile Technical Assistance Programme.")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Chile Health Action Plan for 2025-2027 in Lima.")]
    public void A_plan_of_one_owner_or_side_gives_nothing(string text) => Assert.Empty(FactsOf.Of<Agreement>(text));

    [Theory]
    // Both sides named, or a joint or bilateral plan, stays the pair's document.
    [InlineData("Chile and Peru met. Chile and Peru signed the Chile-Peru Action Plan for 2025-2027 in Lima.", "Chile-Peru Action Plan for 2025-2027")]
    [InlineData("Chile and Peru met. Chile and Peru signed the Chile Peru Joint Work Programme 2025-2027 in Lima.", "Chile Peru Joint Work Programme 2025-2027")]
    [InlineData("Chile and Peru met. The ministers signed Chile's bilateral cooperation programme with Peru in Lima.", "Chile's bilateral cooperation programme")]
    public void A_plan_of_both_sides_or_joint_is_the_pairs(string text, string name) =>
        Assert.Equal(name, Assert.Single(FactsOf.Of<Agreement>(text)).Name);
}
