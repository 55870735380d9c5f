namespace Entente.Core.Tests.Extraction.Trade;

public class TradeTargetExtractorTests
{
    [Theory]
    [InlineData("Vietnam and Thailand aim to raise bilateral trade to US$25 billion by 2025.", "TH-VN 25000000000 USD by 2025")]
    [InlineData("Officials set a target of $3 billion in annual two-way trade between Kenya and Tanzania.", "KE-TZ 3000000000 USD by -")]
    [InlineData("Egypt and Turkey want bilateral trade to reach $15 billion within five years.", "EG-TR 15000000000 USD by -")]
    [InlineData("Ghana's minister proposed lifting trade between Ghana and Nigeria to $4 billion by 2028.", "GH-NG 4000000000 USD by 2028")]
    [InlineData("Oman and Jordan intend to increase mutual trade up to $900 million by 2027.", "JO-OM 900000000 USD by 2027")]
    [InlineData("Morocco and Senegal want trade to reach 6 billion dirhams by 2027.", "MA-SN 6000000000 MAD by 2027")]
    [InlineData("Chile and Peru met in Lima. The presidents instructed their governments to bring trade to $2 billion by 2028.", "CL-PE 2000000000 USD by 2028")]
    [InlineData("India and Russia have set the goal of raising trade to $100 billion by 2030.", "IN-RU 100000000000 USD by 2030")]
    [InlineData("Ghana and Togo met. Both sides pledged to double two-way trade to $4 billion by 2026.", "GH-TG 4000000000 USD by 2026")]
    [InlineData("Uzbekistan and Kazakhstan are committed to increasing trade turnover to $10 billion.", "KZ-UZ 10000000000 USD by -")]
    [InlineData("Trade between Chile and Peru reached $4 billion in 2023. It grew to $1 billion in the first quarter of 2024. We have set the goal of increasing it to $10 billion by 2030.", "CL-PE 10000000000 USD by 2030")]
    [InlineData("Nigeria and Ghana, which aim to lift trade to $2 billion by 2027, met in Accra.", "GH-NG 2000000000 USD by 2027")]
    [InlineData("Two-way trade between Peru and Ecuador reached $3 billion in 2023, and the two governments aim to lift it to $5 billion by 2030.", "EC-PE 5000000000 USD by 2030")]
    [InlineData("Vietnam and Belarus met. The two sides set a $500 million trade target for 2030.", "BY-VN 500000000 USD by 2030")]
    [InlineData("In 2023 bilateral trade between Serbia and Hungary reached $5 billion, and the two governments have set a target of $8 billion by 2030.", "HU-RS 8000000000 USD by 2030")]
    [InlineData("Both Oman and Jordan have set a goal of $1 billion in non-oil trade by 2028.", "JO-OM 1000000000 USD by 2028")]
    [InlineData("Cambodia and Vietnam met in Phnom Penh. Both countries target trade of $20 billion in the coming years.", "KH-VN 20000000000 USD by -")]
    [InlineData("Cambodia and Vietnam met. The two sides hope bilateral trade will reach $20 billion by 2030.", "KH-VN 20000000000 USD by 2030")]
    [InlineData("Ghana and Togo met. The two sides agreed to work towards $2 billion in two-way trade by 2030.", "GH-TG 2000000000 USD by 2030")]
    [InlineData("Ghana and Togo met. Both are targeting $3 billion in bilateral trade by 2031.", "GH-TG 3000000000 USD by 2031")]
    // A bare goal right after a sentence on the pair's trade, "this figure" pointing back to it, and a readiness to raise trade.
    [InlineData("Trade between Ghana and Togo reached $900 million in 2022. The two countries have set a target of $2 billion by 2027.", "GH-TG 2000000000 USD by 2027")]
    [InlineData("Chile and Peru met. Two-way trade grew to $4 billion last year. Both sides set the goal of $6 billion.", "CL-PE 6000000000 USD by -")]
    [InlineData("Kenya and Uganda met. Bilateral trade stood at $1 billion in 2023. The parties plan to increase this figure to $3 billion.", "KE-UG 3000000000 USD by -")]
    [InlineData("Laos and Vietnam met. Trade came to $1 billion in 2019. They intend to lift that amount to $2 billion by 2025.", "LA-VN 2000000000 USD by 2025")]
    [InlineData("Afghanistan and Uzbekistan met. We are prepared to increase the volume of trade to $3 billion, the minister said.", "AF-UZ 3000000000 USD by -")]
    [InlineData("Chile and Peru met. Both sides are ready to raise bilateral trade to $5 billion by 2030.", "CL-PE 5000000000 USD by 2030")]
    public void Reads_one_goal(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Targets(text));

    [Fact]
    public void Reads_each_goal_of_a_staged_statement()
    {
        const string text = "Japan and Vietnam met. The two leaders agreed to lift trade turnover to $10 billion by 2030 and $15 billion by 2035.";
        Assert.Equal(["JP-VN 10000000000 USD by 2030", "JP-VN 15000000000 USD by 2035"], TradeFacts.Targets(text));
    }

    [Fact]
    public void A_goal_stated_twice_is_reported_once_with_its_year()
    {
        const string text = "Chad and Niger aim to lift bilateral trade to $1 billion. Officials said the two sides want trade to reach $1 billion by 2029.";
        Assert.Equal(["NE-TD 1000000000 USD by 2029"], TradeFacts.Targets(text));
    }

    [Theory]
    [InlineData("Trade between Chile and Peru is expected to reach $6 billion in 2026.")]
    [InlineData("Chile and Peru met. Analysts say bilateral trade could exceed $5 billion if tariffs fall.")]
    [InlineData("Vietnam and Laos met, and Laos hosted the talks. Vietnam aims to raise trade with the EU to $100 billion by 2030.")]
    [InlineData("Japan and Indonesia aim to raise investment to $10 billion by 2030.")]
    [InlineData("Chile and Peru opened a port that cost $1 billion. We have set the goal of increasing it to $3 billion by 2030.")]
    [InlineData("Trade between Ghana and Togo reached $1 billion in 2023.")]
    [InlineData("Ghana and Togo met. Trade rose to $3 billion in 2023, and both sides aim for more.")]
    // A goal of another figure: the sentence before spoke of no trade, or the goal names its own subject after the figure.
    [InlineData("Ghana and Togo met in Accra. The two countries have set a target of $2 billion by 2027.")]
    [InlineData("Trade between Ghana and Togo reached $900 million in 2022. They set a target of $2 billion in investment by 2027.")]
    public void Gives_no_goal_for_forecasts_conditions_third_parties_other_figures_or_past_values(string text) =>
        Assert.Empty(TradeFacts.Targets(text));

    [Fact]
    public void Evidence_quotes_the_input_exactly()
    {
        const string text = "Goals.\n\nPeru and Ecuador aim to raise bilateral trade to $6 billion by 2030.\n";
        var fact = Assert.Single(TradeFacts.All(text).OfType<Domain.TradeTarget>());
        var evidence = fact.Evidence!;
        Assert.Equal(text[evidence.Start..evidence.End], evidence.Quote);
        Assert.Contains("$6 billion", evidence.Quote, StringComparison.Ordinal);
    }

    /// <summary>More ways to state a goal: a polite "would like to", a "commitment", an obligation ("must … bringing"),
    /// "will rise … to", an article and adjective before the figure.</summary>
    [Theory]
    [InlineData("Chile and Peru met. We would like to expand trade volumes to $6 billion, the minister said.", "CL-PE 6000000000 USD by -")]
    [InlineData("Chile and Peru met. Both made a joint commitment to increasing the trade volume to an impressive $2bn in the coming years.", "CL-PE 2000000000 USD by -")]
    [InlineData("Chile and Peru met. Cooperation must be stepped up, bringing the trade turnover between the two countries to $3 billion.", "CL-PE 3000000000 USD by -")]
    [InlineData("Chile hopes that trade with Peru will rise from $1 billion to $4 billion by 2030.", "CL-PE 4000000000 USD by 2030")]
    public void Reads_goals_stated_in_more_ways(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Targets(text));

    [Theory]
    [InlineData("Chile and Peru met. Trade would rise to $6 billion if tariffs fell, analysts said.")]
    [InlineData("Chile and Peru met. We would like to see more tourists; trade reached $6 billion last year.")]
    [InlineData("Chile and Peru met. Trade rose to an impressive $2bn last year.")]
    [InlineData("Chile and Peru met. Both sides would like to expand trade, which could rise to $5 billion.")]
    public void Gives_no_goal_for_conditions_or_figures_reached(string text) =>
        Assert.Empty(TradeFacts.Targets(text));

    /// <summary>A goal's figure after a level noun ("a trade volume of"), after "aim for", and after more verbs and nouns of intent.</summary>
    [Theory]
    [InlineData("Chile and Peru met. The two nations aim to achieve a trade amount of $8 billion by 2030.", "CL-PE 8000000000 USD by 2030")]
    [InlineData("Chile and Peru met. Both sides set a goal to reach a bilateral annual trade turnover of USD 300 million.", "CL-PE 300000000 USD by -")]
    [InlineData("Ghana and Togo are aiming for a trade volume of $4 billion.", "GH-TG 4000000000 USD by -")]
    [InlineData("Ghana and Togo met. The leaders aim for $3 billion in trade by 2029.", "GH-TG 3000000000 USD by 2029")]
    [InlineData("Ghana and Togo met. Both are targeting a $5 billion trade volume.", "GH-TG 5000000000 USD by -")]
    [InlineData("Chile and Peru met. The ministers discussed ways to augment trade to $7 billion.", "CL-PE 7000000000 USD by -")]
    [InlineData("Chile and Peru met. The president expressed the intention to bring trade turnover with Peru to $9 billion.", "CL-PE 9000000000 USD by -")]
    [InlineData("Chile and Peru plan to extend their trade turnover to $2 billion.", "CL-PE 2000000000 USD by -")]
    public void Reads_goals_after_level_nouns_and_more_words_of_intent(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Targets(text));

    [Theory]
    [InlineData("Trade between Chile and Peru reached a volume of $5 billion in 2023.")]
    [InlineData("Ghana and Togo met. They discussed ways to boost tourism, as trade reached $2 billion.")]
    [InlineData("Chile and Peru met. The task is hard: trade fell to $1 billion in 2023.")]
    [InlineData("Chile and Peru aim for more trade; it reached a value of $3 billion in 2022.")]
    public void Gives_no_goal_for_levels_reached_beside_words_of_intent(string text) =>
        Assert.Empty(TradeFacts.Targets(text));

    [Theory]
    // "spur" and "accelerate" raise a figure towards a goal like "raise" and "lift".
    [InlineData("Ghana and Togo met. Their leaders agreed to spur two-way trade to $3 billion by 2029.", "GH-TG 3000000000 USD by 2029")]
    [InlineData("Chile and Peru met. The plan sets the goal of accelerating bilateral trade to $6 billion.", "CL-PE 6000000000 USD by -")]
    [InlineData("Kenya and Uganda met. Both governments pledged to accelerate mutual trade turnover to $2 billion by 2030.", "KE-UG 2000000000 USD by 2030")]
    [InlineData("Oman and Jordan met. Ministers vowed to keep spurring bilateral trade to $900 million.", "JO-OM 900000000 USD by -")]
    public void Reads_goals_with_spur_and_accelerate(string text, string expected) =>
        Assert.Equal([expected], TradeFacts.Targets(text));
}
