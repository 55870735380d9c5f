using CsCheck;
using Entente.Core.Text.Numbers;

namespace Entente.Core.Tests.Text.Numbers;

public class NumberReaderTests
{
    private static NumberMention Single(string text)
    {
        var mentions = NumberReader.Read(text);
        Assert.True(mentions.Count == 1, $"expected one mention in '{text}', got {mentions.Count}");
        return mentions[0];
    }

    [Theory]
    [InlineData("a capacity of 3,000 units", 3000)]
    [InlineData("capital of 32.2 in total", 32.2)]
    [InlineData("grew by 1.5 points", 1.5)]
    [InlineData("there were three delegations", 3)]
    [InlineData("twenty-one members attended", 21)]
    [InlineData("a hundred guests came", 100)]
    [InlineData("one and a half million tonnes", 1_500_000)]
    [InlineData("two hundred and five people", 205)]
    [InlineData("reached 1.5 million", 1_500_000)]
    [InlineData("worth 20 mln", 20_000_000)]
    [InlineData("worth 2 bn", 2_000_000_000)]
    [InlineData("a 3 trillion economy", 3_000_000_000_000)]
    [InlineData("nearly 5 thousand", 5000)]
    [InlineData("a 20m deal", 20_000_000)]
    [InlineData("around 5k subscribers", 5000)]
    [InlineData("some 1,234,567 residents", 1_234_567)]
    [InlineData("totalled 12 crore", 120_000_000)]
    [InlineData("five lakh homes", 500_000)]
    [InlineData("a 1.2-billion facility", 1_200_000_000)]
    [InlineData("worth 1,5 million", 1_500_000)]
    public void ReadsCardinalValues(string text, double expected)
    {
        var mention = Single(text);
        Assert.Equal(NumberKind.Cardinal, mention.Kind);
        Assert.Equal((decimal)expected, mention.Value);
    }

    [Theory]
    [InlineData("almost 151 people", "almost")]
    [InlineData("nearly 40 firms", "nearly")]
    [InlineData("around 600 people", "around")]
    [InlineData("about 70 students", "about")]
    [InlineData("some 300 guests", "some")]
    [InlineData("over 20 events", "over")]
    [InlineData("more than 20 events", "more than")]
    [InlineData("roughly 9 sites", "roughly")]
    [InlineData("approximately 9 sites", "approximately")]
    [InlineData("close to 500 workers", "close to")]
    [InlineData("up to 500 workers", "up to")]
    [InlineData("almost151 million", "almost")]
    public void ReturnsQualifier(string text, string qualifier)
    {
        var mention = Single(text);
        Assert.Equal(qualifier, mention.Qualifier);
        Assert.Equal(0, mention.Start);
    }

    [Theory]
    [InlineData("numbering around 500–600 people", 500, 600)]
    [InlineData("500-600 workers", 500, 600)]
    [InlineData("between 500 and 600 workers", 500, 600)]
    [InlineData("500 to 600 workers", 500, 600)]
    [InlineData("1-2 million visitors", 1_000_000, 2_000_000)]
    [InlineData("between five and six thousand", 5000, 6000)]
    public void ReadsRanges(string text, double low, double high)
    {
        var mention = Single(text);
        Assert.Equal((decimal)low, mention.Value);
        Assert.Equal((decimal)high, mention.Max);
    }

    [Fact]
    public void RangeMentionSpansBothEnds()
    {
        const string text = "around 500–600 people";
        var mention = Single(text);
        Assert.Equal("around 500–600", text[mention.Start..mention.End]);
    }

    [Fact]
    public void RisingFromToIsTwoNumbersNotARange()
    {
        var mentions = NumberReader.Read("rose from 50 to 60 units");
        Assert.Equal(2, mentions.Count);
        Assert.Null(mentions[0].Max);
    }

    [Fact]
    public void DescendingPairIsNotARange()
    {
        var mentions = NumberReader.Read("won 3-1 at home");
        Assert.All(mentions, m => Assert.Null(m.Max));
    }

    [Theory]
    [InlineData("the 21st session", 21)]
    [InlineData("its 8th meeting", 8)]
    [InlineData("the eighth session", 8)]
    [InlineData("the twenty-first century", 21)]
    [InlineData("the first visit", 1)]
    [InlineData("the 2nd round", 2)]
    public void ReadsOrdinals(string text, int expected)
    {
        var mention = Single(text);
        Assert.Equal(NumberKind.Ordinal, mention.Kind);
        Assert.Equal(expected, mention.Value);
    }

    /// <summary>A suffix a scrape or a translation set apart from its digits by a space or a hyphen still makes an ordinal.</summary>
    [Theory]
    [InlineData("at its 41 st plenary", 41, "41 st")]
    [InlineData("the 12 th summit", 12, "12 th")]
    [InlineData("the 3-rd consultation", 3, "3-rd")]
    [InlineData("their 22-nd round", 22, "22-nd")]
    [InlineData("the 9-th forum", 9, "9-th")]
    public void Reads_an_ordinal_suffix_set_apart(string text, int expected, string written)
    {
        var mention = Single(text);
        Assert.Equal(NumberKind.Ordinal, mention.Kind);
        Assert.Equal(expected, mention.Value);
        Assert.Equal(written, text[mention.Start..mention.End]);
    }

    /// <summary>Apart from its digits only the value's own suffix in lower case counts: other words stay words.</summary>
    [Theory]
    [InlineData("house 7-the garden")]
    [InlineData("at 7 St Anne's Road")]
    [InlineData("the 3 th item")]
    [InlineData("gate 21 nd")]
    [InlineData("row 12\nth")]
    public void Reads_no_ordinal_from_a_word_that_is_not_the_values_suffix(string text) =>
        Assert.DoesNotContain(NumberReader.Read(text), m => m.Kind == NumberKind.Ordinal);

    [Theory]
    [InlineData("a 2.6 fold increase", 2.6)]
    [InlineData("a 2.6-fold increase", 2.6)]
    [InlineData("trade doubled", 2)]
    [InlineData("exports tripled", 3)]
    [InlineData("grew 1.8 times", 1.8)]
    [InlineData("a threefold rise", 3)]
    public void ReadsMultipliers(string text, double expected)
    {
        var mention = Single(text);
        Assert.Equal(NumberKind.Multiplier, mention.Kind);
        Assert.Equal((decimal)expected, mention.Value);
    }

    [Theory]
    [InlineData("a share of 12%", 12, NumberKind.Percent)]
    [InlineData("a share of 12 percent", 12, NumberKind.Percent)]
    [InlineData("a share of 12 per cent", 12, NumberKind.Percent)]
    [InlineData("exports were up 131.6 per cent", 131.6, NumberKind.PercentChange)]
    [InlineData("a 5.3% increase", 5.3, NumberKind.PercentChange)]
    [InlineData("imports were down 4%", -4, NumberKind.PercentChange)]
    [InlineData("sales fell 4 percent", -4, NumberKind.PercentChange)]
    [InlineData("trade rose by 12%", 12, NumberKind.PercentChange)]
    [InlineData("a decrease of 7.5%", -7.5, NumberKind.PercentChange)]
    [InlineData("a 3% decline", -3, NumberKind.PercentChange)]
    [InlineData("inflation of 2,7%", 2.7, NumberKind.Percent)]
    public void ReadsPercentages(string text, double expected, NumberKind kind)
    {
        var mention = Single(text);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal((decimal)expected, mention.Value);
    }

    [Theory]
    [InlineData("in 2024 trade rose")]
    [InlineData("since 1992")]
    [InlineData("the 2011-2012 period")]
    [InlineData("(2023–2027)")]
    [InlineData("between 2016 and 2018")]
    public void ReadsYearsAsYearsNotAmounts(string text)
    {
        Assert.Equal(NumberKind.Year, Single(text).Kind);
    }

    [Fact]
    public void ShortEndYearCompletesFromCentury()
    {
        var mention = Single("the 2021-25 plan");
        Assert.Equal(NumberKind.Year, mention.Kind);
        Assert.Equal(2025m, mention.Max);
    }

    [Fact]
    public void YearShapedCountOfUnitsIsCardinal()
    {
        Assert.Equal(NumberKind.Cardinal, Single("employs 2000 workers").Kind);
    }

    [Theory]
    [InlineData("the G20 summit")]
    [InlineData("the COVID-19 pandemic")]
    [InlineData("under Resolution 2231")]
    [InlineData("Decree No. 15 took effect")]
    [InlineData("call +84 24 3845 6789 now")]
    [InlineData("call (024) 3825 1234 now")]
    [InlineData("call 024-3825-1234 now")]
    [InlineData("a 5G network")]
    [InlineData("Vietnam is one of the partners")]
    [InlineData("no one came")]
    [InlineData("version 1.2.3 shipped")]
    [InlineData("on 24/1/1992")]
    [InlineData("at 10:30 today")]
    [InlineData("signed on 1992-01-24")]
    [InlineData("hundreds of people")]
    [InlineData("dial 0912 345 678")]
    public void FindsNoNumberInNamesCodesAndPronouns(string text)
    {
        Assert.Empty(NumberReader.Read(text));
    }

    [Fact]
    public void CommaBeforeTwoDigitsWithoutScaleIsAList()
    {
        Assert.Equal([1m, 5m, 7m], NumberReader.Read("items 1,5 and 7").Select(m => m.Value));
    }

    [Fact]
    public void DigitsGluedToFollowingWordStillCount()
    {
        var mention = Single("around 600Vietnamese people");
        Assert.Equal(600m, mention.Value);
        Assert.Equal("around", mention.Qualifier);
    }

    [Fact]
    public void MentionsAreOrderedAndDisjoint()
    {
        var mentions = NumberReader.Read("In 2024, 3,000 units and 12% more than 20 firms, the 8th time.");
        Assert.Equal(5, mentions.Count);
        for (var k = 1; k < mentions.Count; k++) Assert.True(mentions[k - 1].End <= mentions[k].Start);
    }

    [Fact]
    public void YearRangeGluedToFollowingWordStaysAYearRange()
    {
        var mention = Single("for the 2011-2012period.");
        Assert.Equal((NumberKind.Year, 2011m, (decimal?)2012m), (mention.Kind, mention.Value, mention.Max));
    }

    [Fact]
    public void ScaledValueHasNoTrailingZeros()
    {
        Assert.Equal("32200000", Single("worth 32.2 million").Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ArbitraryTextGivesOrderedDisjointMentionsInBounds()
    {
        Gen.String[Gen.Char["0123456789 -–.,/:%$€£azUSDRMBmilonbthfr+()#"], 0, 80].Sample(text =>
        {
            var numbers = NumberReader.Read(text).Select(m => (m.Start, m.End)).ToList();
            var money = MoneyReader.Read(text).Select(m => (m.Start, m.End)).ToList();
            return Ordered(numbers, text.Length) && Ordered(money, text.Length);
        });
    }

    private static bool Ordered(List<(int Start, int End)> spans, int length) =>
        spans.All(s => s.Start >= 0 && s.Start < s.End && s.End <= length)
        && spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start);
}
