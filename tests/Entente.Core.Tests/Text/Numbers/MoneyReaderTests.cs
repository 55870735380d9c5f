using Entente.Core.Text.Numbers;

namespace Entente.Core.Tests.Text.Numbers;

public class MoneyReaderTests
{
    private static MoneyMention Single(string text)
    {
        var mentions = MoneyReader.Read(text);
        Assert.True(mentions.Count == 1, $"expected one amount in '{text}', got {mentions.Count}");
        return mentions[0];
    }

    [Theory]
    [InlineData("reaching US$60 million in 2024", 60_000_000, "USD")]
    [InlineData("reaching USD 60 million", 60_000_000, "USD")]
    [InlineData("an investment of $810,000 since", 810_000, "USD")]
    [InlineData("fetched 151 million USD in", 151_000_000, "USD")]
    [InlineData("hit 1.2 bln USD last year", 1_200_000_000, "USD")]
    // The Malaysian press glues short scales: "RM12.5bil", "US$40mil".
    [InlineData("exports of RM12.5bil last year", 12_500_000_000, "MYR")]
    [InlineData("a plant worth US$40mil opened", 40_000_000, "USD")]
    [InlineData("worth 3.5 trillion VND", 3_500_000_000_000, "VND")]
    // A scrape glues the code to the scale word.
    [InlineData("reached 38 millionUSD in", 38_000_000, "USD")]
    [InlineData("worth 4.2 billionEUR last year", 4_200_000_000, "EUR")]
    [InlineData("some 900 thousandUSD of aid", 900_000, "USD")]
    [InlineData("worth VND3.5 trillion", 3_500_000_000_000, "VND")]
    [InlineData("a EUR 20 million grant", 20_000_000, "EUR")]
    [InlineData("a €20m grant", 20_000_000, "EUR")]
    [InlineData("some 20 million euros", 20_000_000, "EUR")]
    [InlineData("a £5bn plan", 5_000_000_000, "GBP")]
    [InlineData("a ¥10 billion loan", 10_000_000_000, "JPY")]
    [InlineData("a RMB 5 billion fund", 5_000_000_000, "CNY")]
    [InlineData("a 5 billion yuan fund", 5_000_000_000, "CNY")]
    [InlineData("costing Rs 500 crore", 5_000_000_000, "INR")]
    [InlineData("costing Rs. 3 lakh", 300_000, "INR")]
    [InlineData("lent 2 billion roubles", 2_000_000_000, "RUB")]
    [InlineData("lent 2 billion Belarusian rubles", 2_000_000_000, "BYN")]
    [InlineData("BYN 10 million was set aside", 10_000_000, "BYN")]
    [InlineData("a S$5 million fund", 5_000_000, "SGD")]
    [InlineData("a A$5 million fund", 5_000_000, "AUD")]
    [InlineData("a HK$5 million fund", 5_000_000, "HKD")]
    [InlineData("a C$5 million fund", 5_000_000, "CAD")]
    [InlineData("a NZ$5 million fund", 5_000_000, "NZD")]
    [InlineData("paid 400 US dollars", 400, "USD")]
    [InlineData("paid 400 U.S. dollars", 400, "USD")]
    [InlineData("three million dollars", 3_000_000, "USD")]
    [InlineData("US$32.2 million in total", 32_200_000, "USD")]
    public void ReadsAmountAndCurrency(string text, double amount, string currency)
    {
        var mention = Single(text);
        Assert.Equal((decimal)amount, mention.Value.Amount);
        Assert.Equal(currency, mention.Value.Currency);
    }

    [Theory]
    [InlineData("Sales reached US$3 billion (US$1=RM4.50) last year.", "US$3 billion")]
    [InlineData("The loan is worth $20 million (1 USD = 450 KZT on May 2).", "$20 million")]
    public void ReadsNoAmountInAnExchangeRate(string text, string only)
    {
        var mention = Single(text);
        Assert.Equal(only, text[mention.Start..mention.End]);
    }

    [Fact]
    public void KeepsQualifierInFrontOfTheCurrency()
    {
        const string text = "fetched almost US$151 million";
        var mention = Single(text);
        Assert.Equal("almost", mention.Qualifier);
        Assert.Equal("almost US$151 million", text[mention.Start..mention.End]);
    }

    [Fact]
    public void ReadsGluedQualifierBeforeAmount()
    {
        var mention = Single("fetched almost151 million USD in");
        Assert.Equal("almost", mention.Qualifier);
        Assert.Equal(151_000_000m, mention.Value.Amount);
    }

    [Theory]
    [InlineData("$1-2 million", 1_000_000, 2_000_000)]
    [InlineData("$1 million to $2 million", 1_000_000, 2_000_000)]
    [InlineData("between $5 and $7 billion", 5_000_000_000, 7_000_000_000)]
    [InlineData("500–600 million USD", 500_000_000, 600_000_000)]
    public void ReadsRanges(string text, double low, double high)
    {
        var mention = Single(text);
        Assert.Equal((decimal)low, mention.Value.Amount);
        Assert.Equal((decimal)high, mention.Max);
    }

    [Theory]
    [InlineData("trade rose 12% in 2024")]
    [InlineData("in 2024 USD flows grew")]
    [InlineData("3,000 units a year")]
    [InlineData("the G20 summit")]
    [InlineData("Resolution 2231 of the council")]
    [InlineData("call +1 202 555 0143")]
    [InlineData("the 21st session")]
    public void IgnoresNumbersThatAreNotMoney(string text)
    {
        Assert.Empty(MoneyReader.Read(text));
    }

    [Fact]
    public void AmountIsInWholeUnitsWithoutTrailingZeros()
    {
        var mention = Single("US$32.2 million");
        Assert.Equal("32200000", mention.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FindsEveryAmountInOrder()
    {
        var mentions = MoneyReader.Read("Capital of US$32.2 million, then $810,000, and 5 billion yuan.");
        Assert.Equal([32_200_000m, 810_000m, 5_000_000_000m], mentions.Select(m => m.Value.Amount));
    }
}
