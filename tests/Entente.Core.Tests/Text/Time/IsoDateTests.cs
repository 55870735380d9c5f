using CsCheck;
using Entente.Core.Text.Time;

namespace Entente.Core.Tests.Text.Time;

public class IsoDateTests
{
    [Theory]
    [InlineData("2011", DatePrecision.Year)]
    [InlineData("2003-10", DatePrecision.Month)]
    [InlineData("1992-01-24", DatePrecision.Day)]
    public void ParsesAndFormatsAtEachPrecision(string text, DatePrecision precision)
    {
        var date = IsoDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("11")]
    [InlineData("2011-13")]
    [InlineData("2011-02-30")]
    [InlineData("2011-00")]
    [InlineData("2011-1-5")]
    [InlineData("")]
    [InlineData(null)]
    public void RejectsWhatIsNotADate(string? text)
    {
        Assert.False(IsoDate.TryParse(text, out _));
    }

    [Fact]
    public void PartialDateSortsBeforeTheDatesItContains()
    {
        var dates = new[] { "2011-08-02", "2012", "2011-08", "2011" }.Select(IsoDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(["2011", "2011-08", "2011-08-02", "2012"], dates);
    }

    [Fact]
    public void FactoriesRefuseImpossibleDates()
    {
        Assert.Equal("2024-02-29", IsoDate.OfDay(2024, 2, 29).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoDate.OfDay(2023, 2, 29));
        Assert.False(IsoDate.TryCreate(2023, 0, 5, out _));
    }

    [Fact]
    public void KnowsTheDaysAPartialDateCovers()
    {
        var february = IsoDate.OfMonth(2024, 2);
        Assert.Equal(new DateOnly(2024, 2, 1), february.FirstDay);
        Assert.Equal(new DateOnly(2024, 2, 29), february.LastDay);
        Assert.Equal(new DateOnly(2024, 12, 31), IsoDate.OfYear(2024).LastDay);
    }

    [Fact]
    public void FormattingRoundTripsForAnyValidDate()
    {
        Gen.Select(Gen.Int[1000, 2999], Gen.Int[0, 12], Gen.Int[0, 31])
            .Sample((y, m, d) =>
            {
                if (!IsoDate.TryCreate(y, m, d, out var date)) return true;
                return IsoDate.TryParse(date.ToString(), out var again) && again == date;
            });
    }
}
