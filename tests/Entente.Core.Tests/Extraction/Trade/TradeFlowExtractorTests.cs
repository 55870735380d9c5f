namespace Entente.Core.Tests.Extraction.Trade;

public class TradeFlowExtractorTests
{
    [Theory]
    [InlineData("Two-way trade between Thailand and Vietnam reached US$21.5 billion in 2023, up 4.2% year-on-year.",
        "total TH-VN 21500000000 USD 2023..2023 %4.2")]
    [InlineData("Trade turnover between Kazakhstan and Kyrgyzstan totalled $1.9 billion in 2021, a 1.5-fold increase.",
        "total KG-KZ 1900000000 USD 2021..2021 x1.5")]
    [InlineData("In the first half of 2024, Japanese exports to the Philippines amounted to 5.2 billion dollars.",
        "export JP>PH 5200000000 USD 2024-01..2024-06")]
    [InlineData("Norway and Iceland are close partners. Two-way trade totalled about $900 million in 2020.",
        "total IS-NO 900000000 USD 2020..2020 ~about")]
    [InlineData("Italy and Tunisia met in Rome. Italian exports to Tunisia fell 3.5% to 2.1 billion euros in 2023.",
        "export IT>TN 2100000000 EUR 2023..2023 %-3.5")]
    [InlineData("Bilateral trade between India and Bangladesh was $14 billion in fiscal year 2022-23 (April-March).",
        "total BD-IN 14000000000 USD 2022-04..2023-03")]
    [InlineData("Trade between Morocco and Mauritania reached 4 billion dirhams in 2022.",
        "total MA-MR 4000000000 MAD 2022..2022")]
    [InlineData("Hungary and Poland are neighbours in spirit. Polish goods worth EUR 3 billion were imported into Hungary in 2023.",
        "export PL>HU 3000000000 EUR 2023..2023")]
    [InlineData("Trade in goods between Germany and Austria totalled EUR 120 billion in 2023, 2% more than in the previous year.",
        "total AT-DE 120000000000 EUR 2023..2023 %2")]
    [InlineData("Peru and Bolivia met. Bolivia exported goods worth $40 million to Peru in 2023.",
        "export BO>PE 40000000 USD 2023..2023")]
    [InlineData("Cuba and Vietnam met. Cuba imported $15 million worth of goods from Vietnam in 2022.",
        "export VN>CU 15000000 USD 2022..2022")]
    [InlineData("Georgia and Armenia are neighbours. Armenia is a key partner of Georgia, with two-way trade of $700 million in 2021.",
        "total AM-GE 700000000 USD 2021..2021")]
    [InlineData("Chile and Peru met in Lima. In 2021 two-way trade grew by 12% and hit a record high of $6 billion.",
        "total CL-PE 6000000000 USD 2021..2021 %12")]
    [InlineData("Ghana and Togo met. Last year's trade between the two neighbours climbed to a new level of $300 million in 2019.",
        "total GH-TG 300000000 USD 2019..2019")]
    [InlineData("Uruguay and Paraguay met. From January to October 2023, trade between Uruguay and Paraguay topped $900 million, 8% more than the corresponding period in 2022.",
        "total PY-UY 900000000 USD 2023-01..2023-10 %8")]
    // A comment on the figure naming the potential is no forecast.
    [InlineData("Trade between Chile and Ghana reached US$38 million in 2023, far below the potential.",
        "total CL-GH 38000000 USD 2023..2023")]
    [InlineData("Two-way trade between Chile and Ghana stood at $38 million in 2023, well short of its potential.",
        "total CL-GH 38000000 USD 2023..2023")]
    [InlineData("Chile and Ghana met. Chilean exports to Ghana were $12 million in 2023, a fraction of their real potential.",
        "export CL>GH 12000000 USD 2023..2023")]
    // A conversion in brackets restates the figure; "grew from X to Y" reaches Y.
    [InlineData("Trade between Chile and Ghana reached €3 million ($3.3 million) in 2023.", "total CL-GH 3000000 EUR 2023..2023")]
    [InlineData("Trade between Chile and Ghana rose from €1 million ($1.1 million) to €3 million in 2023.", "total CL-GH 3000000 EUR 2023..2023")]
    [InlineData("Chile and Ghana met. Chilean exports to Ghana reached €7 million (about $7.7 million) in 2022.", "export CL>GH 7000000 EUR 2022..2022")]
    [InlineData("In 2023 trade between Chile and Ghana grew from $1 million to $3 million.", "total CL-GH 3000000 USD 2023..2023")]
    [InlineData("Trade between Chile and Ghana jumped from $2 million to $5 million in 2022.", "total CL-GH 5000000 USD 2022..2022")]
    [InlineData("Chile and Ghana met. Chilean exports to Ghana increased from $4 million to $6 million in 2021.", "export CL>GH 6000000 USD 2021..2021")]
    // A count of months narrows the year named with it.
    [InlineData("In 2023, trade between Chile and Ghana increased by 13% to $757 million in seven months.", "total CL-GH 757000000 USD 2023-01..2023-07 %13")]
    [InlineData("In 2023 trade between Chile and Ghana came to $40 million in the first 5 months.", "total CL-GH 40000000 USD 2023-01..2023-05")]
    [InlineData("Trade between Chile and Ghana reached $90 million in the first nine months of 2023.", "total CL-GH 90000000 USD 2023-01..2023-09")]
    // A year opening the words said after a colon or quotation mark is the figure's, not when it was said.
    [InlineData("Chile and Ghana met. The Chilean envoy stated: \"In 2023, trade between the two countries amounted to $48 million.\"",
        "total CL-GH 48000000 USD 2023..2023")]
    [InlineData("Chile and Ghana met. The minister told reporters: In 2022 two-way trade came to $31 million.",
        "total CL-GH 31000000 USD 2022..2022")]
    [InlineData("Chile and Ghana met. Her deputy added \u201cin 2021 trade between Chile and Ghana reached $27 million\u201d.",
        "total CL-GH 27000000 USD 2021..2021")]
    // "Over" a span of months opening the clause or right after the figure is the figure's period.
    [InlineData("Over the first 11 months of 2024, trade between Chile and Ghana rose to $58 million.", "total CL-GH 58000000 USD 2024-01..2024-11")]
    [InlineData("Chile and Ghana met. Two-way trade reached $61 million over the first nine months of 2023.", "total CL-GH 61000000 USD 2023-01..2023-09")]
    // A year after "than in" is the point of comparison.
    [InlineData("During 2018, trade between Chile and Ghana reached $42 million, 24% more than in 2017.", "total CL-GH 42000000 USD 2018..2018 %24")]
    [InlineData("In 2022 trade between Chile and Ghana came to $9 million, less than in 2021.", "total CL-GH 9000000 USD 2022..2022")]
    [InlineData("Trade between Chile and Ghana was $5 million in 2020, lower than during 2019.", "total CL-GH 5000000 USD 2020..2020")]
    // "SR" and "QR" stand for the Saudi and Qatari riyals; the figure reached, not the one grown from, is the value.
    [InlineData("Saudi Arabia and Chile met. Trade between the two countries rose from SR400 million ($107 million) to SR2 billion in 2019.",
        "total CL-SA 2000000000 SAR 2019..2019")]
    [InlineData("Qatar and Chile met. Trade between Qatar and Chile reached QR900 million in 2022.",
        "total CL-QA 900000000 QAR 2022..2022")]
    // A ", with" clause after one side ranked among the other's trading partners: their trade, over the ranking clause's year.
    [InlineData("Chile and Peru met. Peru was Chile's third-largest trading partner in 2022, with total trade of $7 billion.",
        "total CL-PE 7000000000 USD 2022..2022")]
    [InlineData("Chile and Peru met. In 2021, Chile was Peru's biggest trade partner among its neighbours, with two-way trade amounting to $5.5 billion.",
        "total CL-PE 5500000000 USD 2021..2021")]
    [InlineData("Chile and Peru met. Peru ranked as Chile's 12th largest trading partner in 2020, with total trade reaching US$3 billion.",
        "total CL-PE 3000000000 USD 2020..2020")]
    public void Reads_one_flow(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Flows(text));

    [Theory]
    [InlineData("Trade between Chile and Peru reached $1.1 billion last year, up more than 2 times compared to 2013.")]
    [InlineData("Trade between Chile and Peru reached $1.1 billion, twice as much as compared to 2013.")]
    [InlineData("Trade between Chile and Peru exceeded $1.1 billion for the first time after 2013.")]
    [InlineData("Trade between Chile and Peru was $1.1 billion and has grown 300% between 2010 and 2013.")]
    public void A_year_compared_with_or_the_span_of_a_change_is_not_the_figures_period(string text) =>
        Assert.DoesNotContain(TradeFacts.Flows(text), f => f.Contains("2013..2013", StringComparison.Ordinal) || f.Contains("2010..2013", StringComparison.Ordinal));

    [Theory]
    [InlineData("Trade between Chile and Peru reached $1.1 billion in 2013, up 5% on the year before.", "2013..2013")]
    [InlineData("Trade between Chile and Peru totalled $1.1 billion between 2010 and 2013.", "2010..2013")]
    [InlineData("Trade between Chile and Peru grew 5% to $1.1 billion in 2013.", "2013..2013")]
    public void The_figures_own_date_is_still_its_period(string text, string period) =>
        Assert.Contains(TradeFacts.Flows(text), f => f.Contains(period, StringComparison.Ordinal));

    [Theory]
    // A year after a change figure is the time compared with; the year before the figure is its period.
    [InlineData("In 2019, trade between Chile and Peru came to $2 billion, a rise of 30% on the level seen in 2017.")]
    [InlineData("In 2019 the trade turnover between Chile and Peru amounted to $2 billion, three times the amount registered in 2017.")]
    [InlineData("In 2019, bilateral trade between Chile and Peru stood at $2 billion, 12 percent above the value achieved in 2017.")]
    public void A_year_after_the_change_is_not_the_figures_period(string text)
    {
        var flow = Assert.Single(TradeFacts.Flows(text));
        Assert.Contains("2019..2019", flow, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_after_an_earlier_level_set_off_by_commas_shares_its_flow()
    {
        const string text = "Chile and Peru met. He said the two-way trade volume, $700 million in 2010, reached $4 billion in 2022.";
        Assert.Equal(["total CL-PE 700000000 USD 2010..2010", "total CL-PE 4000000000 USD 2022..2022"], TradeFacts.Flows(text));
    }

    [Fact]
    public void A_one_way_flow_named_right_after_the_figure_outranks_a_trade_partner_before_it()
    {
        const string text = "Qatar and Italy met. Qatar is a major Italian trade partner in the Gulf, buying more than $3 billion in Italian exports in 2021.";
        Assert.Equal(["export IT>QA 3000000000 USD 2021..2021 ~more than"], TradeFacts.Flows(text));
    }

    [Fact]
    public void A_part_of_a_figure_is_not_the_flow()
    {
        const string text = "Canada and Mexico met. Trade between Canada and Mexico in 2022 was a fraction of $90 billion.";
        Assert.Empty(TradeFacts.Flows(text));
    }

    [Fact]
    public void Reads_both_directions_and_an_anaphor_for_the_other_country()
    {
        const string text = "Kenya's exports to Uganda rose 8% to $650 million in 2022, while its imports from the neighbouring country came to $120 million.";
        Assert.Equal(["export KE>UG 650000000 USD 2022..2022 %8", "export UG>KE 120000000 USD 2022..2022"], TradeFacts.Flows(text));
    }

    [Fact]
    public void A_later_flow_of_the_same_sentence_may_leave_the_other_country_unsaid()
    {
        const string text = "Trade between Vietnam and Belarus reached $80 million in 2020, of which Vietnam's exports accounted for $30 million.";
        Assert.Equal(["total BY-VN 80000000 USD 2020..2020", "export VN>BY 30000000 USD 2020..2020"], TradeFacts.Flows(text));
    }

    [Fact]
    public void A_flow_without_a_date_takes_the_period_of_the_flow_just_before()
    {
        const string text = "Bilateral trade between Egypt and Jordan stood at $800 million in 2022. Egyptian exports to Jordan came to $550 million.";
        Assert.Equal(["total EG-JO 800000000 USD 2022..2022", "export EG>JO 550000000 USD 2022..2022"], TradeFacts.Flows(text));
    }

    [Fact]
    public void Figures_after_the_money_of_a_first_flow_belong_to_the_second()
    {
        const string text = "Indonesia and Japan held talks. Indonesia's exports to Japan were worth US$20 billion in 2023 and its imports from Japan US$15 billion.";
        Assert.Equal(["export ID>JP 20000000000 USD 2023..2023", "export JP>ID 15000000000 USD 2023..2023"], TradeFacts.Flows(text));
    }

    [Theory]
    [InlineData("Vietnam and South Korea held talks. Vietnam's total export turnover fell 4% to US$355 billion in 2023.")]
    [InlineData("Vietnam and Laos signed a pact, which Laos welcomed. Vietnam's exports to China reached $60 billion in 2023.")]
    [InlineData("Vietnam and Belarus met. Vietnam's trade with ASEAN reached $80 billion in 2023.")]
    [InlineData("Trade between India and Brazil is expected to reach $20 billion in 2025.")]
    [InlineData("Bilateral trade between Chile and Peru could double to $8 billion in 2026 if the corridor opens.")]
    [InlineData("Egypt and Jordan held talks. Jordan's overall trade reached $30 billion in 2023.")]
    [InlineData("Ghana and Nigeria aim to lift bilateral trade to $5 billion by 2030.")]
    [InlineData("Trade between Chile and Ghana has a potential of $500 million in 2030.")]
    [InlineData("Potential trade between Chile and Ghana was put at $500 million in 2023.")]
    [InlineData("Trade between Peru and Chile reached $4 billion.")]
    [InlineData("Brazil and Angola signed a trade deal worth $2 billion in 2024.")]
    [InlineData("Vietnam and the Philippines met in Manila. Vietnamese rice exports to the Philippines reached $2 billion in 2023.")]
    [InlineData("Cuba and Vietnam met. Cuba imported $15 million worth of rice from Vietnam in 2022.")]
    [InlineData("Kenya and Pakistan met. Kenya exported tea worth $500 million to Pakistan in 2023.")]
    // "Demonym imports" with no partner: imports by them or of their goods.
    [InlineData("Chile and Ghana met. Ghanaian imports amounted to $3.8 billion in 2023.")]
    [InlineData("Chile and Ghana met. In 2023, Chilean imports stood at $900 million.")]
    [InlineData("Chile and Ghana met. Trade grew; Ghanaian imports reached $12 million in 2022.")]
    // A year inferred for a count of months, or a year given when something was said, is not the figure's period.
    [InlineData("Trade between Chile and Ghana rose to $50 million in seven months, the ministry reported in May 2022.")]
    [InlineData("Trade between Chile and Ghana reached $50 million in the first quarter, officials said in 2022.")]
    // A span after a change ("up 4% over …") is compared with, so the figure has no period of its own.
    [InlineData("Chile and Ghana met. Trade between Chile and Ghana was $70 million, up 4% over the first nine months of 2022.")]
    // A ", with" clause describes a third country named in the clause before it.
    [InlineData("Chile and Peru met. Chile and Peru talked. Brazil is Peru's top partner, with bilateral trade valued at $11 billion in 2021.")]
    [InlineData("Chile and Peru met. Chile and Peru talked. China remains Chile's main market, with two-way trade of $50 billion in 2022.")]
    [InlineData("Chile and Peru met. Peru counts Japan among its partners, with bilateral trade reaching $3 billion in 2020.")]
    // By how much trade changed is not what it came to; a yearly rate names no year.
    [InlineData("Chile and Peru met. Trade between Chile and Peru grew by more than $2 billion between 2019 and 2022.")]
    [InlineData("Chile and Peru met. Bilateral trade between Chile and Peru increased by $300 million in 2021.")]
    [InlineData("Chile and Peru met last year. Chile and Peru now trade close to $6 billion annually, the minister said.")]
    [InlineData("Chile and Peru met last year. Trade between Chile and Peru runs at about $6 billion a year.")]
    // Trade with a group of countries is not trade with the pair's other country.
    [InlineData("India and Norway met. India's trade with Nordic countries stood at $5 billion in 2021.")]
    [InlineData("Chile and Ghana met. Ghana's trade with West African nations reached $3 billion in 2022.")]
    [InlineData("Peru and Chile met. Peru’s trade with Andean partners grew to $20 billion in 2023.")]
    // A clause ranking a third country as the partner, or a one-way flow after the ranking of the pair.
    [InlineData("Chile and Peru met. China was Chile's largest trading partner in 2022, with total trade of $60 billion.")]
    [InlineData("Chile and Peru met. Peru was Chile's largest trading partner in 2022, with total exports of $7 billion.")]
    public void Gives_no_flow_for_world_totals_third_parties_forecasts_goals_or_undated_figures(string text) =>
        Assert.Empty(TradeFacts.Flows(text));

    // A level the flow grew or fell to between two years is the level at the span's end; any other span (a sum, a level
    // "reached" over years, a span told with "from") is the figure's period as written.
    [Theory]
    [InlineData("Between 2003 and 2011, trade between Chile and Ghana grew more than fivefold to $575 million.", "total CL-GH 575000000 USD 2011..2011 x5")]
    [InlineData("Two-way trade between Chile and Ghana climbed to $1.2 billion between 2016 and 2020.", "total CL-GH 1200000000 USD 2020..2020")]
    [InlineData("Between 2014 and 2019 trade between Chile and Ghana fell to $800 million, customs data show.", "total CL-GH 800000000 USD 2019..2019")]
    [InlineData("Trade between Chile and Ghana reached $2.5 billion between 2015 and 2022, the ambassador said.", "total CL-GH 2500000000 USD 2015..2022")]
    [InlineData("From 2016 to 2020, two-way trade between Chile and Ghana rose steadily to $1.2 billion.", "total CL-GH 1200000000 USD 2016..2020")]
    [InlineData("Chile and Ghana saw their trade reaching $4 billion from 2017 to 2020.", "total CL-GH 4000000000 USD 2017..2020")]
    [InlineData("From 2016 to 2021, trade between Chile and Ghana totalled $9 billion.", "total CL-GH 9000000000 USD 2016..2021")]
    [InlineData("Trade between Chile and Ghana during the period 2012-2018 was worth around $6.2 billion.", "total CL-GH 6200000000 USD 2012..2018 ~around")]
    [InlineData("Trade between Chile and Ghana jumped to $2.9 billion in the season 2021/2022.", "total CL-GH 2900000000 USD 2021..2022")]
    public void A_level_grown_to_between_two_years_is_the_last_years(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(TradeFacts.Flows(text)));

    // "in the first half of this year" names its own year: another year stated in the clause is another figure's.
    [Fact]
    public void A_part_of_this_year_keeps_its_year_beside_a_stated_year()
    {
        var flows = TradeFacts.Flows("HANOI, September 26, 2023 - Chile and Vietnam met. Two-way trade between Chile and Vietnam reached $6.8 billion in 2022 and nearly $3.3 billion in the first half of this year.");
        Assert.Contains("total CL-VN 3300000000 USD 2023-01..2023-06 ~nearly", flows);
        Assert.DoesNotContain(flows, f => f.Contains("3300000000 USD 2022", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_on_sentence_longer_than_the_limit_is_skipped()
    {
        var filler = string.Concat(Enumerable.Repeat(" and more words", 200));
        var text = "Two-way trade between Peru and Chile reached $3 billion in 2023" + filler + ".";
        Assert.True(text.Length > Core.Extraction.Trade.TradeLayer.MaxSentenceLength);
        Assert.Empty(TradeFacts.Flows(text));
        Assert.Single(TradeFacts.Flows("Two-way trade between Peru and Chile reached $3 billion in 2023."));
    }

    [Theory]
    [InlineData("Ghana and Togo met. The total trade between Ghana and Togo came to $900 million in 2023.", "total GH-TG 900000000 USD 2023..2023")]
    [InlineData("Ghana and Togo met. In 2023 as a whole, trade between the two countries reached $900 million.", "total GH-TG 900000000 USD 2023..2023")]
    public void World_words_do_not_hide_a_total_that_names_the_pair_outright(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Flows(text));

    [Theory]
    // After the pair's own flows in the sentence, "the total trade" is their two-way trade; a total of one side is not.
    [InlineData("Ghana and Togo met. In 2023, Ghana's exports to Togo were $700 million, and the total trade amounted to $900 million.", "total GH-TG 900000000 USD 2023..2023")]
    [InlineData("Chile and Peru met. In 2022 Chilean exports to Peru reached $2 billion, while the overall trade stood at $3 billion.", "total CL-PE 3000000000 USD 2022..2022")]
    [InlineData("Kenya and Uganda met. In 2021, Ugandan imports from Kenya came to $600 million; total trade was $800 million.", "total KE-UG 800000000 USD 2021..2021")]
    [InlineData("Ghana and Togo met. In 2023, Ghana's exports to Togo were $700 million, and Ghana's total trade amounted to $9 billion.", "")]
    public void A_total_after_the_pairs_flows_is_theirs(string text, string total) =>
        Assert.Equal(total, TradeFacts.Flows(text).FirstOrDefault(f => f.StartsWith("total", StringComparison.Ordinal)) ?? "");

    [Fact]
    public void It_after_a_total_is_the_same_trade()
    {
        const string text = "Two-way trade between Chile and Peru reached $4 billion in 2023. In the first half of 2024, it has already reached $2.1 billion.";
        Assert.Equal(["total CL-PE 4000000000 USD 2023..2023", "total CL-PE 2100000000 USD 2024-01..2024-06"], TradeFacts.Flows(text));
    }

    [Fact]
    public void It_without_a_total_just_before_gives_nothing()
    {
        const string text = "Chile and Peru met in Lima. The port is busy. In the first half of 2024, it reached $2.1 billion.";
        Assert.Empty(TradeFacts.Flows(text));
    }

    [Fact]
    public void A_second_figure_with_its_verb_left_out_repeats_the_flow()
    {
        const string text = "Trade between Ghana and Togo reached 90 million dollars in 2023, and 30 million dollars in the first quarter of 2024, up 12 percent.";
        Assert.Equal(["total GH-TG 90000000 USD 2023..2023", "total GH-TG 30000000 USD 2024-01..2024-03 %12"], TradeFacts.Flows(text));
    }

    [Fact]
    public void A_two_digit_year_span_with_India_is_its_april_to_march_fiscal_year()
    {
        const string text = "Bilateral trade between India and Kenya stood at USD 3.2 billion in 2022-23.";
        Assert.Equal(["total IN-KE 3200000000 USD 2022-04..2023-03"], TradeFacts.Flows(text));
    }

    [Fact]
    public void From_before_a_range_of_months_opens_the_period()
    {
        const string text = "From January to September 2024, trade between Chile and Peru reached $3 billion.";
        Assert.Equal(["total CL-PE 3000000000 USD 2024-01..2024-09"], TradeFacts.Flows(text));
    }

    [Fact]
    public void Trade_with_a_continent_is_not_the_pair_s()
    {
        const string text = "China and Kenya held talks. China-Kenya trade reached $8 billion in 2023. China's trade with Africa hit $282 billion in 2023.";
        Assert.Equal(["total CN-KE 8000000000 USD 2023..2023"], TradeFacts.Flows(text));
    }

    [Fact]
    public void A_clause_with_months_that_cannot_be_dated_does_not_borrow_the_period_before()
    {
        const string text = "India and Oman established relations in 1972 and aim to lift trade to $20 billion by 2030. " +
            "Trade between India and Oman was $8 billion in the financial year (April-March). In April and May, Indian exports to Oman grew 5% to $1.2 billion.";
        Assert.DoesNotContain(TradeFacts.Flows(text), f => f.StartsWith("export", StringComparison.Ordinal));
    }

    [Fact]
    public void Months_take_the_year_a_finished_fiscal_year_gives_the_article()
    {
        const string text = "Trade between India and Oman was $8 billion in 2023-24 (April-March). In April and May, Indian exports to Oman grew 5% to $1.2 billion.";
        Assert.Equal(["total IN-OM 8000000000 USD 2023-04..2024-03", "export IN>OM 1200000000 USD 2024-04..2024-05 %5"], TradeFacts.Flows(text));
    }

    [Fact]
    public void A_smaller_one_way_figure_right_after_the_total_is_that_side_s_share()
    {
        const string text = "In 2023, trade between Belarus and Kenya rose to $60 million. Belarusian exports reached $50 million.";
        Assert.Equal(["total BY-KE 60000000 USD 2023..2023", "export BY>KE 50000000 USD 2023..2023"], TradeFacts.Flows(text));
    }

    [Theory]
    [InlineData("In 2023, trade between Belarus and Kenya rose to $60 million. Belarusian exports reached $40 billion.")]
    [InlineData("Belarus and Kenya met in 2023. The talks were long. Belarusian exports reached $50 million in 2023.")]
    public void A_one_way_figure_with_one_side_unsaid_needs_a_larger_total_just_before(string text) =>
        Assert.DoesNotContain(TradeFacts.Flows(text), f => f.StartsWith("export", StringComparison.Ordinal));

    [Fact]
    public void Evidence_quotes_the_input_exactly()
    {
        const string text = "Trade ties.\n\nTwo-way trade between Peru and Ecuador reached $3.2 billion in 2023.\n";
        var fact = Assert.Single(TradeFacts.All(text).OfType<Domain.Trade>());
        var evidence = fact.Evidence!;
        Assert.Equal(text[evidence.Start..evidence.End], evidence.Quote);
        Assert.Contains("$3.2 billion", evidence.Quote, StringComparison.Ordinal);
    }

    /// <summary>A period of another calendar is no Gregorian one, unless the sentence gives its days.</summary>
    [Theory]
    [InlineData("Trade between Iran and Iraq in the first 10 months of the Persian year of 1401 was about $9 billion.")]
    [InlineData("Trade between Iran and Oman in the first half of the Iranian calendar year stood at $1.2 billion.")]
    [InlineData("Nepal and India traded goods worth $8 billion in the first eight months of the Nepali year 2080.")]
    public void A_period_of_another_calendar_gives_no_trade(string text) => Assert.Empty(TradeFacts.Flows(text));

    [Fact]
    public void A_period_of_another_calendar_with_its_days_is_read() =>
        Assert.Equal(["total AE-IR 11009000000 USD 2024-03-20..2024-08-21"],
            TradeFacts.Flows("In the first five months of the Iranian calendar year, from March 20 to August 21, 2024, trade between Iran and the UAE reached USD11.009 billion."));

    /// <summary>The two-way flow named right after the figure ("$6 billion in trade turnover", "$9 billion of bilateral trade"),
    /// "the commercial exchange", and a level that is "historic".</summary>
    [Theory]
    [InlineData("In 2022, Chile and Peru reached a historic high of nearly $6 billion in trade turnover.", "total CL-PE 6000000000 USD 2022..2022 ~nearly")]
    [InlineData("Peru was Chile's fifth partner with about $9 billion of bilateral trade in 2021.", "total CL-PE 9000000000 USD 2021..2021 ~about")]
    [InlineData("Chile and Peru met. The two countries recorded $3 billion in trade in 2019.", "total CL-PE 3000000000 USD 2019..2019")]
    [InlineData("The commercial exchange between Chile and Peru rose 4% in 2020, totalling USD 5,100 million.", "total CL-PE 5100000000 USD 2020..2020 %4")]
    public void Reads_a_total_named_after_the_figure_or_as_commercial_exchange(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Flows(text));

    [Theory]
    [InlineData("Chile and Peru met. Chile spent $3 billion in trade promotion in 2019.")]
    [InlineData("Chile and Peru met. The currency exchange of $2 billion was agreed in 2019.")]
    [InlineData("Chile and Peru met. Chile spent $3 billion of its trade budget in 2019.")]
    public void Gives_no_total_for_other_nouns_after_the_figure(string text) =>
        Assert.Empty(TradeFacts.Flows(text));

    /// <summary>A clause naming a span of its own that cannot be dated does not take the period of the figure before.</summary>
    [Theory]
    [InlineData("Trade between Chile and Peru reached $4 billion in 2023. He said the trend goes on, with trade exceeding $2.3 billion in the past seven months.")]
    [InlineData("Trade between Chile and Peru reached $4 billion in 2023. Trade stood at $1.1 billion in recent months, he added.")]
    public void A_span_of_its_own_does_not_inherit_the_earlier_period(string text) =>
        Assert.Equal(["total CL-PE 4000000000 USD 2023..2023"], TradeFacts.Flows(text));

    [Fact]
    public void The_same_period_still_inherits() =>
        Assert.Equal(2, TradeFacts.Flows("Trade between Chile and Peru reached $4 billion in 2023. In the same period, Chilean exports to Peru were $3 billion.").Count);

    /// <summary>"rose … to reach $2 billion": after a change already past, "to reach" says where the flow got.</summary>
    [Theory]
    [InlineData("Trade between Chile and Peru rose by 20 per cent in 2021 to reach $2 billion.", "total CL-PE 2000000000 USD 2021..2021 %20")]
    [InlineData("In 2022, bilateral trade between Chile and Peru grew 12% to hit $3 billion.", "total CL-PE 3000000000 USD 2022..2022 %12")]
    [InlineData("Chilean exports to Peru jumped 8% in 2020 to reach $900 million.", "export CL>PE 900000000 USD 2020..2020 %8")]
    public void Reads_a_level_reached_after_a_change(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Flows(text));

    [Theory]
    [InlineData("Trade between Chile and Peru rose in 2021, and both sides aim to reach $5 billion.")]
    [InlineData("Chile and Peru met. The two sides plan to raise trade to reach $5 billion.")]
    public void A_goal_after_a_change_is_still_no_flow(string text) =>
        Assert.Empty(TradeFacts.Flows(text));

    // A figure compared with that has a year of its own is the same flow's level in that year.
    [Theory]
    [InlineData("Trade between Serbia and Hungary has grown from $1 billion in 2015 to $5 billion in 2023.",
        "total HU-RS 1000000000 USD 2015..2015", "total HU-RS 5000000000 USD 2023..2023")]
    [InlineData("Two-way trade between Laos and Mongolia climbed from just 4 million USD in 2010 to 31 million USD in 2020.",
        "total LA-MN 4000000 USD 2010..2010", "total LA-MN 31000000 USD 2020..2020")]
    [InlineData("Laos and Mongolia met. Bilateral trade reached $31 million in 2020, up from $22 million in 2018.",
        "total LA-MN 31000000 USD 2020..2020", "total LA-MN 22000000 USD 2018..2018")]
    [InlineData("Laos and Mongolia met. Trade between the two countries in 2022 was 90 million euros, up 12 per cent compared to 80 million euros in 2021.",
        "total LA-MN 90000000 EUR 2022..2022 %12", "total LA-MN 80000000 EUR 2021..2021")]
    [InlineData("Laos and Mongolia met. Mongolian exports to Laos rose to $8 million in 2023 from about $5 million in 2019.",
        "export MN>LA 8000000 USD 2023..2023", "export MN>LA 5000000 USD 2019..2019 ~about")]
    public void An_earlier_level_with_its_own_year_is_a_fact_of_the_same_flow(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), TradeFacts.Flows(text).Order(StringComparer.Ordinal));

    [Theory]
    // No year of its own: only a point of comparison.
    [InlineData("Trade between Laos and Mongolia rose to $31 million in 2020 from $22 million.", "total LA-MN 31000000 USD 2020..2020")]
    [InlineData("Trade between Laos and Mongolia rose 40% in 2020 from a year earlier to $31 million.", "total LA-MN 31000000 USD 2020..2020 %40")]
    // A third country or another flow noun between the figures: not the same flow.
    [InlineData("Trade between Laos and Mongolia reached $31 million in 2020, while Thai exports rose from $9 million in 2019.", "total LA-MN 31000000 USD 2020..2020")]
    public void A_figure_compared_with_and_no_own_year_or_another_flow_gives_nothing_more(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Flows(text));

    // A relative clause after a flow's noun tells that flow's figure.
    [Theory]
    [InlineData("Laos and Mongolia met. They praised the rise in two-way trade, which grew to 31 million USD in 2020.", "total LA-MN 31000000 USD 2020..2020")]
    [InlineData("Laos and Mongolia met. Bilateral trade, which reached about $31 million in 2020, can grow further.", "total LA-MN 31000000 USD 2020..2020 ~about")]
    [InlineData("Laos and Mongolia met. Trade volumes, which rose by 9 per cent in 2021 to reach USD 40 million, were discussed.", "total LA-MN 40000000 USD 2021..2021 %9")]
    public void A_relative_clause_after_a_flow_s_noun_gives_its_figure(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Flows(text));

    [Fact]
    public void A_relative_clause_after_a_figure_is_not_another_level() =>
        Assert.Equal(["total LA-MN 31000000 USD 2020..2020"],
            TradeFacts.Flows("Laos and Mongolia met. Trade reached $31 million in 2020, which was $4 million more than in 2019."));

    [Fact]
    public void A_relative_clause_after_another_noun_gives_no_flow() =>
        Assert.Empty(TradeFacts.Flows("Laos and Mongolia met. They opened a new bridge, which cost $31 million in 2020."));

    // "total", "combined" before "bilateral" qualify the pair's own trade; "between the countries" names the pair.
    [Theory]
    [InlineData("Laos and Mongolia met. Total bilateral trade reached $31 million in 2020.", "total LA-MN 31000000 USD 2020..2020")]
    [InlineData("Laos and Mongolia met. Combined trade between the countries totalled $31 million in 2020.", "total LA-MN 31000000 USD 2020..2020")]
    [InlineData("Laos and Mongolia met. Foreign trade turnover between both countries amounted to $31 million in 2020.", "total LA-MN 31000000 USD 2020..2020")]
    [InlineData("Laos and Mongolia met. In 2020 the goods exchange between Laos and Mongolia was nearly 31 million USD.", "total LA-MN 31000000 USD 2020..2020 ~nearly")]
    [InlineData("Laos and Mongolia met. In 2020, bilateral exchange reached USD 31 million.", "total LA-MN 31000000 USD 2020..2020")]
    public void Reads_total_bilateral_combined_between_the_countries_and_exchange(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Flows(text));

    [Theory]
    [InlineData("Laos and Mongolia met. Total trade of Mongolia reached $31 billion in 2020.")]
    [InlineData("Laos and Mongolia met. Mongolia's combined foreign trade came to $31 billion in 2020.")]
    [InlineData("Laos and Mongolia met. Cultural exchange between the two peoples cost $31 million in 2020.")]
    public void A_world_total_or_another_exchange_is_still_no_flow(string text) => Assert.Empty(TradeFacts.Flows(text));

    [Fact]
    public void The_figure_after_a_total_is_the_same_trade() =>
        Assert.Equal(["total LA-MN 31000000 USD 2020..2020", "total LA-MN 19000000 USD 2021-01..2021-06 %20"],
            TradeFacts.Flows("Laos and Mongolia met. Two-way trade reached $31 million in 2020. The figure hit $19 million in the first half of 2021, up 20%."));

    [Fact]
    public void The_figure_without_a_total_just_before_gives_nothing() =>
        Assert.Empty(TradeFacts.Flows("Laos and Mongolia met. The figure hit $19 million in the first half of 2021, up 20%."));
}
