namespace Entente.Core.Tests.Extraction.Trade;

public class TradeGoodsExtractorTests
{
    [Theory]
    [InlineData("Vietnam exports rice, coffee and pepper to the Philippines.", "VN>PH rice|coffee|pepper")]
    [InlineData("Chile and Peru are neighbours. Chile sells Peru mainly copper wire and fresh fruit.", "CL>PE copper wire|fresh fruit")]
    [InlineData("Kenya's exports to Uganda, mainly tea, sugar and cement, rose in 2023.", "KE>UG tea|sugar|cement")]
    [InlineData("Malaysia imports frozen fish and shrimp from Indonesia.", "ID>MY frozen fish|frozen shrimp")]
    [InlineData("Turkey and Iraq held talks. Turkish exports to Iraq consist mainly of steel, furniture and processed foods.", "TR>IQ steel|furniture|processed foods")]
    [InlineData("Iron ore and coal made up the bulk of Australian shipments to Japan.", "AU>JP iron ore|coal")]
    [InlineData("Argentine shipments to Brazil are dominated by wheat, cars and auto parts.", "AR>BR wheat|cars|auto parts")]
    [InlineData("Vietnam exports a range of products to Cambodia, including steel, fertiliser and garments.", "VN>KH steel|fertiliser|garments")]
    [InlineData("Germany and Poland trade a lot. Polish farmers send apples and dairy products to Germany.", "PL>DE apples|dairy products")]
    [InlineData("Japan and Mongolia met. Mongolia sells coal to Japan. In return, Mongolia imports machinery, vehicles and fuel.", "MN>JP coal", "JP>MN machinery|vehicles|fuel")]
    [InlineData("Laos and Thailand share a border. Laos supplies Thailand with electricity and potash.", "LA>TH electricity|potash")]
    [InlineData("Spain and Morocco met. Spanish exports to Morocco rose 9% to 9 billion euros in 2023, led by olive oil, electric and electronic equipment.", "ES>MA olive oil|electric equipment|electronic equipment")]
    [InlineData("Ghana ships cocoa beans to Nigeria and buys petroleum products and cement from its neighbour.", "GH>NG cocoa beans", "NG>GH petroleum products|cement")]
    [InlineData("Egypt sells citrus fruit and fertilisers to Saudi Arabia, which exports plastics and crude oil to the country.", "EG>SA citrus fruit|fertilisers", "SA>EG plastics|crude oil")]
    [InlineData("South Korea and Qatar met. Electric and electronic goods dominate Korean shipments; oil and gas flow the other way.", "KR>QA electric goods|electronic goods", "QA>KR oil|gas")]
    [InlineData("Cambodia mainly exports agricultural products such as cashew nuts, cassava and rubber to Vietnam.", "KH>VN cashew nuts|cassava|rubber")]
    [InlineData("Chile sends Peru copper cathodes and wine, and buys fishmeal and onions from the neighbour.", "CL>PE copper cathodes|wine", "PE>CL fishmeal|onions")]
    [InlineData("Senegal's main exports to Mali are cement, fish and salt, while Senegal's main imports from Mali are cotton and livestock.", "SN>ML cement|fish|salt", "ML>SN cotton|livestock")]
    [InlineData("Peru sells grapes to Chile, while the Andean country buys wheat and sugar from Chile.", "PE>CL grapes", "CL>PE wheat|sugar")]
    [InlineData("Ghana's exports to Togo are cocoa and gold, while the country imports cement, iron and steel products from the republic.", "GH>TG cocoa|gold", "TG>GH cement|iron products|steel products")]
    [InlineData("Mongolia and Japan met. Mongolia, in turn, exports coal and copper to Japan.", "MN>JP coal|copper")]
    [InlineData("Trade grew, with Chile mainly selling copper and wine to Peru and buying fishmeal and cement.", "CL>PE copper|wine", "PE>CL fishmeal|cement")]
    public void Reads_goods_each_way(string text, params string[] expected) =>
        Assert.Equal(expected, TradeFacts.Goods(text));

    [Theory]
    [InlineData("Kenya's exports to Uganda include tea and other commodities.", "KE>UG tea")]
    [InlineData("Kenya's exports to Uganda include tea, cement and various other products.", "KE>UG tea|cement")]
    [InlineData("Kenya's exports to Uganda are mainly tea and coffee, while Uganda imports stands at $12 million.", "KE>UG tea|coffee")]
    [InlineData("Kenya's exports to Uganda, mainly tea and sugar, exceeded $5 million.", "KE>UG tea|sugar")]
    public void Generic_items_behind_fillers_and_figure_verbs_are_no_goods(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Goods(text));

    [Theory]
    [InlineData("Chile and Thailand met. Chile's copper shipments to China dwarf its sales to Thailand.")]
    [InlineData("Vietnam and Laos signed a pact, which Laos welcomed. Vietnam exports rice and coffee to China.")]
    [InlineData("Thailand and Chile met. Thailand wants to sell more cars to Chile.")]
    [InlineData("Indonesia and Japan met. Indonesia's total exports, mainly coal and palm oil, reached $250 billion.")]
    [InlineData("Vietnam and Belarus met. Vietnam exports to Belarus rose 10% in 2023.")]
    [InlineData("Chile and Peru met. Chile's exports to Peru are expected to grow this year.")]
    [InlineData("Retailer Shoprite sold its Nigerian stores, and South Africa welcomed the deal.")]
    [InlineData("Brazil and Angola met. A new Brazilian export credit line will pay for roads in Angola.")]
    [InlineData("China and Ethiopia met. China sends experts and teachers to Ethiopia every year.")]
    [InlineData("Japan and Vietnam met. Japan supplies Vietnam with loans and technical assistance.")]
    [InlineData("Chile and Peru met. Peru was the top provider of investment to Chile in 2016.")]
    [InlineData("Chile and Peru met. Chile is a major source and provider of investments for Peru.")]
    public void Gives_no_goods_for_third_parties_wishes_world_totals_or_flows_without_goods(string text) =>
        Assert.Empty(TradeFacts.Goods(text));

    [Theory]
    [InlineData("Kenya and Uganda met. Kenya exported about $600 million to Uganda in 2023, mainly tea, sugar and cement.", "KE>UG tea|sugar|cement")]
    [InlineData("Chile shipped $2 billion worth of goods to Peru last year, chiefly copper wire and fresh fruit.", "CL>PE copper wire|fresh fruit")]
    [InlineData("Peru and Chile met. Peru sold nearly $900 million to Chile, including fishmeal, grapes and onions, and imported $1.2 billion, mostly wheat and machinery.", "PE>CL fishmeal|grapes|onions", "CL>PE wheat|machinery")]
    [InlineData("Ghana and Togo met. Ghana imported $300 million in goods from Togo, largely cotton and livestock.", "TG>GH cotton|livestock")]
    public void Reads_goods_after_a_traded_figure(string text, params string[] expected) =>
        Assert.Equal(expected, TradeFacts.Goods(text));

    [Theory]
    [InlineData("Kenya and Uganda met. Kenya exported about $600 million to Uganda in 2023, up 12% on the year before.")]
    [InlineData("Chile and Peru met. Chile exported $2 billion to China, mainly copper and fruit.")]
    [InlineData("Chile and Peru met. Chile plans to export $1 billion to Peru by 2030.")]
    [InlineData("Chile and Peru met. Chile aims to export $1 billion to Peru by 2030, mainly copper and fruit.")]
    [InlineData("Kenya and Uganda met. Kenya exported $600 million to Uganda, and the two sides agreed to cooperate in agriculture, tourism and energy.")]
    public void A_figure_without_a_goods_marker_or_to_a_third_party_gives_no_goods(string text) =>
        Assert.Empty(TradeFacts.Goods(text));

    [Fact]
    public void Evidence_quotes_the_input_exactly()
    {
        const string text = "Goods.\n\nPeru and Ecuador met. Peru exports copper and fishmeal to Ecuador.\n";
        var fact = Assert.Single(TradeFacts.All(text).OfType<Domain.TradeGoods>());
        var evidence = fact.Evidence!;
        Assert.Equal(text[evidence.Start..evidence.End], evidence.Quote);
        Assert.Contains("fishmeal", evidence.Quote, StringComparison.Ordinal);
    }

    /// <summary>"the country" opening a clause after "while" goes on with the sentence's subject.</summary>
    [Theory]
    [InlineData("Chile's main export products to Peru are copper and wine, while the country imported large amounts of fishmeal and cotton.")]
    [InlineData("Chile's exports to Peru include copper and wine, whereas the country mainly imported fishmeal and cotton.")]
    [InlineData("Among Chile's exports to Peru are copper and wine, but the country imported fishmeal and cotton.")]
    public void The_country_after_while_is_the_same_subject(string text)
    {
        var goods = TradeFacts.Goods(text);
        Assert.Contains("PE>CL fishmeal|cotton", goods);
        Assert.DoesNotContain(goods, g => g.StartsWith("CL>PE", StringComparison.Ordinal) && g.Contains("fishmeal", StringComparison.Ordinal));
    }

    [Fact]
    public void The_country_without_a_clause_joiner_stays_the_other_side() =>
        Assert.Contains("CL>PE copper|wine", TradeFacts.Goods("Peru exports fishmeal to Chile. The country buys copper and wine from Chile."));

    /// <summary>"imports of Chilean wine": the demonym after "of" says where the goods come from.</summary>
    [Theory]
    [InlineData("Peru will open its labs to Chile and soon expand imports of Chilean fresh fruits such as grapes, cherries and plums.", "CL>PE grapes|cherries|plums")]
    [InlineData("Peru pledged to certify more farms of Chile and to raise imports of Chilean vegetables such as onions, garlic and carrots.", "CL>PE onions|garlic|carrots")]
    [InlineData("Peru agreed to approve more ports of Chile and will increase imports of Chilean seafood such as mussels and salmon.", "CL>PE mussels|salmon")]
    public void A_demonym_after_of_names_the_goods_origin(string text, params string[] expected) =>
        Assert.Equal(expected, TradeFacts.Goods(text));

    [Theory]
    [InlineData("Chile and Peru met. Peru vowed to expand imports of Brazilian beef such as steaks and ribs.")]
    public void A_demonym_outside_the_pair_gives_no_goods(string text) => Assert.Empty(TradeFacts.Goods(text));

    /// <summary>More shapes of a goods list: the buyer before the goods, "as well as", "X and its products", "provides",
    /// "is able to supply", a relative clause, "concentrate on", a passive after the list, a participle before the copula.</summary>
    [Theory]
    [InlineData("Kenya and Uganda met. Kenya exports to Uganda tea, sugar and cement.", "KE>UG tea|sugar|cement")]
    [InlineData("India and Jordan met. India sells to the Kingdom rice, spices and textiles, while Jordan sells phosphates to India.", "IN>JO rice|spices|textiles", "JO>IN phosphates")]
    [InlineData("Ghana and Togo met. Ghana ships to Togo mainly cocoa and gold.", "GH>TG cocoa|gold")]
    [InlineData("India and Jordan met. India exports to Jordan mechanical, electrical and engineering equipment.", "IN>JO mechanical equipment|electrical equipment|engineering equipment")]
    [InlineData("Tanzania exports maize and rice as well as cheap manufactured goods to Malawi.", "TZ>MW maize|rice|cheap manufactured goods")]
    [InlineData("Ghana and Togo met. Ghana's exports to Togo are mainly cocoa and its products.", "GH>TG cocoa and its products")]
    [InlineData("Morocco and Brazil met. Morocco provides fertilizers and phosphates, while Brazil sells sugar to Morocco.", "MA>BR fertilizers|phosphates", "BR>MA sugar")]
    [InlineData("Under the new protocol, Mongolia is now able to supply beef and wool to Vietnam.", "MN>VN beef|wool")]
    [InlineData("Chile and Peru met. Peru will also supply fishmeal and onions to Chile.", "PE>CL fishmeal|onions")]
    [InlineData("Ghana and Togo met. Ghana's exports to Togo, which were mainly cocoa and timber, rose in 2023.", "GH>TG cocoa|timber")]
    [InlineData("Morocco and Brazil met. Brazilian exports to Morocco concentrate mainly on sugar and soybeans.", "BR>MA sugar|soybeans")]
    [InlineData("Chile's exports to Peru include copper and wine, while its main imports are fishmeal, cotton and onions, among other goods.", "CL>PE copper|wine", "PE>CL fishmeal|cotton|onions")]
    [InlineData("Chile and Peru met. The main products exported from Chile to Peru are copper and wine.", "CL>PE copper|wine")]
    [InlineData("Armenia and Georgia met. Steel, cement and brandy are mainly exported from Armenia to Georgia.", "AM>GE steel|cement|brandy")]
    public void Reads_goods_in_more_list_shapes(string text, params string[] expected) =>
        Assert.Equal(expected, TradeFacts.Goods(text));

    /// <summary>"a dependable supplier of X", "one of the largest importers of Indonesian X": an agent noun names what one side sells the other.</summary>
    [Theory]
    [InlineData("India and Jordan met. He said Jordan is a reliable supplier of potash and phosphates.", "JO>IN potash|phosphates")]
    [InlineData("India and Jordan met. India is one of the biggest importers of Jordanian fertilizers.", "JO>IN fertilizers")]
    [InlineData("Chile and Peru met. Peru has become a key exporter of fishmeal to Chile.", "PE>CL fishmeal")]
    public void An_agent_noun_names_goods(string text, params string[] expected) =>
        Assert.Equal(expected, TradeFacts.Goods(text));

    [Theory]
    [InlineData("Kenya and Uganda met. Kenya exports to Uganda increased sharply in 2023.")]
    [InlineData("Kenya and Uganda met. Kenya exports to Uganda stood at $5 million.")]
    [InlineData("Morocco and Brazil met. Morocco provides a platform for investors from Brazil.")]
    [InlineData("Morocco and Brazil met. Brazil provides training and technical support to Morocco.")]
    [InlineData("India and Saudi Arabia met. Saudi Arabia is the largest exporter of crude oil.")]
    [InlineData("India and Jordan met. India is one of the largest importers of gold.")]
    [InlineData("India and Jordan met. India is the world's largest buyer of Jordanian potash.")]
    [InlineData("Armenia and Georgia met. Wine and brandy are shipped from Armenia to Russia.")]
    [InlineData("Thailand and Chile met. Thailand plans to supply more rice to Chile.")]
    [InlineData("Poland and Ukraine met. He said arms supplies for Ukraine were discussed and called the talks historic.")]
    [InlineData("India and Chile met. Chile is a key supplier of non-copper exports to India.")]
    [InlineData("Nigeria and Morocco met. The pipeline will see Nigeria supplying gas to countries of the region.")]
    [InlineData("Nigeria and Morocco met. Nigeria provides electricity to neighbouring states.")]
    public void Gives_no_goods_for_figures_services_world_rankings_or_third_countries(string text) =>
        Assert.Empty(TradeFacts.Goods(text));

    // A dash sets the goods of a flow off like a comma.
    [Theory]
    [InlineData("Laos and Mongolia met. Mongolian exports to Laos -- mainly cashmere, meat and copper -- rose in 2023.", "MN>LA cashmere|meat|copper")]
    [InlineData("Laos and Mongolia met. Mongolian exports to Laos \u2014 chiefly cashmere and wool \u2014 doubled.", "MN>LA cashmere|wool")]
    [InlineData("Laos and Mongolia met. Mongolia exported $9 million in goods to Laos \u2015 mainly cashmere and wool.", "MN>LA cashmere|wool")]
    public void A_dash_before_a_marker_opens_the_goods(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Goods(text));

    [Fact]
    public void A_dash_without_a_marker_opens_no_goods() =>
        Assert.Empty(TradeFacts.Goods("Laos and Mongolia met. Mongolian exports to Laos -- a small share of the total -- rose in 2023."));

    // In "A and B like C", B heads the examples and A stays a good of its own.
    [Theory]
    [InlineData("Mongolia's main exports to Laos include wool, copper and foodstuff like mutton and cheese.", "MN>LA wool|copper|mutton|cheese")]
    [InlineData("Mongolia's main exports to Laos include coal and minerals such as fluorspar.", "MN>LA coal|fluorspar")]
    [InlineData("Mongolia's main exports to Laos include minerals such as fluorspar and zinc.", "MN>LA fluorspar|zinc")]
    public void The_good_before_a_heading_of_examples_is_kept(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Goods(text));

    [Theory]
    // A demonstrative, a participle after the list, a wish or a marker past a relative clause name no goods.
    [InlineData("Laos and Mongolia met. Laos buys minerals, and Mongolia provides these resources to Laos.", "these")]
    [InlineData("Laos and Mongolia met. Mongolia is a key supplier of coal, ranking second among suppliers to Laos.", "ranking")]
    [InlineData("Laos and Mongolia met. The goal is to open Lao markets for Mongolian products such as cashmere and wool.", "cashmere")]
    [InlineData("Laos and Mongolia met. Laos will buy more Mongolian products that meet its needs and deepen ties in fields such as tourism.", "tourism")]
    public void Pointers_participles_wishes_and_distant_markers_give_no_goods(string text, string word) =>
        Assert.DoesNotContain(TradeFacts.Goods(text), g => g.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Belarus and Iran met. Belarus is ready to raise supplies of tractors, trucks and buses to Iran.", "BY>IR tractors|trucks|buses")]
    [InlineData("Tajikistan and Turkmenistan met. They discussed the import of petroleum products from Turkmenistan to Tajikistan.", "TM>TJ petroleum products")]
    [InlineData("Kenya and Uganda met. Deliveries of sugar and cement to Uganda started in May.", "KE>UG sugar|cement")]
    [InlineData("Chile and Peru met. Peru wants more imports of copper wire and wine from Chile.", "CL>PE copper wire|wine")]
    public void Reads_goods_after_a_flow_noun_and_of(string text, params string[] expected) =>
        Assert.Equal(expected, TradeFacts.Goods(text));

    [Theory]
    [InlineData("Chile and Peru met. Exports of copper from Chile rose sharply.")]
    [InlineData("Chile and Peru met. Imports of wheat to Peru doubled.")]
    [InlineData("Belarus and Iran met. Supplies of gas to Germany fell.")]
    [InlineData("Belarus and Iran met. Exports of goods to Iran rose.")]
    [InlineData("Belarus and Iran met. The supply of experts to Iran will continue.")]
    [InlineData("Chile and Peru met. Peru promised to consider the import of Chilean cherries and plums.")]
    [InlineData("Chile and Peru met. They discussed the possibility of supplies of copper wire to Peru.")]
    [InlineData("Chile and Peru met. Peru lifted its ban on imports of poultry and eggs from Chile.")]
    [InlineData("Chile and Peru met. Chile suspended deliveries of fuel and cement to Peru in May.")]
    public void A_flow_noun_and_of_needs_goods_and_the_side_it_leaves_open(string text) =>
        Assert.Empty(TradeFacts.Goods(text));

    [Theory]
    // A country after "to" belongs to the flow before it, not to a later "products such as" list.
    [InlineData("Chile and Peru met. We hope to raise our exports to Peru beyond present products such as copper wire and wine.", "CL>PE copper wire|wine")]
    [InlineData("Kenya and Uganda met. Kenya hopes to widen sales to Uganda past goods such as tea and sugar.", "KE>UG tea|sugar")]
    [InlineData("Chile and Peru met. Chile wants to lift its shipments to Peru beyond traditional products such as fruit and fishmeal.", "CL>PE fruit|fishmeal")]
    public void A_country_after_to_does_not_send_a_later_products_list(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Goods(text));

    [Theory]
    // A ranking verb links a named supplier to its goods and buyer like a copula.
    [InlineData("Laos and Mongolia met. Mongolia ranks among the top five suppliers of coal to Laos.", "MN>LA coal")]
    [InlineData("Chile and Peru met. Last year Chile ranked among the main suppliers of wine and fruit to Peru.", "CL>PE wine|fruit")]
    [InlineData("Kenya and Uganda met. Trade grew, with Kenya ranking among the largest suppliers of tea to Uganda.", "KE>UG tea")]
    public void A_ranking_verb_names_the_supplier(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Goods(text));
}
