using CsCheck;
using Entente.Core.Text.Time;

namespace Entente.Core.Tests.Text.Time;

public class DateReaderTests
{
    private static DateMention Single(string text, string? reference = null, Tense tense = Tense.Unknown)
    {
        var mentions = DateReader.Read(text, reference is null ? null : IsoDate.Parse(reference), tense);
        Assert.True(mentions.Count == 1, $"expected one date in '{text}', got {mentions.Count}");
        return mentions[0];
    }

    private static string Show(DateMention m) => m.IsPeriod ? $"{m.From}..{m.To}" : m.From.ToString();

    [Theory]
    [InlineData("On January 24, 1992, the two sides", "1992-01-24")]
    [InlineData("on 24 January 1992 they", "1992-01-24")]
    [InlineData("on the 24th of January 1992", "1992-01-24")]
    [InlineData("signed on 1992-01-24.", "1992-01-24")]
    [InlineData("on 24/1/1992 in", "1992-01-24")]
    [InlineData("posted 2025-05-11T10:00:00Z", "2025-05-11")]
    [InlineData("on 1/24/1992 in", "1992-01-24")]
    [InlineData("in September 2019 was", "2019-09")]
    [InlineData("October 2003 and", "2003-10")]
    [InlineData("in 2024, trade", "2024")]
    [InlineData("held on Nov. 15-16, 2010 in Minsk", "2010-11-15..2010-11-16")]
    [InlineData("from May 11-12, 2025", "2025-05-11..2025-05-12")]
    [InlineData("on 11–12 May 2025", "2025-05-11..2025-05-12")]
    [InlineData("from 30 May to 2 June 2025", "2025-05-30..2025-06-02")]
    // After "from", a comma may stand before the connector.
    [InlineData("from May 31, to June 2, 2023 in", "2023-05-31..2023-06-02")]
    [InlineData("from March 28, through April 1, 2024", "2024-03-28..2024-04-01")]
    [InlineData("December 28 – January 3, 2025", "2024-12-28..2025-01-03")]
    [InlineData("for the 2011-2012 period", "2011..2012")]
    [InlineData("the 2011-2012period", "2011..2012")]
    [InlineData("the Council (2016–2018)", "2016..2018")]
    [InlineData("from 2016 to 2018", "2016..2018")]
    [InlineData("between 2016 and 2018", "2016..2018")]
    [InlineData("the 2021-25 plan", "2021..2025")]
    [InlineData("in the first eight months of 2011", "2011-01..2011-08")]
    [InlineData("January–October 2024 figures", "2024-01..2024-10")]
    [InlineData("from January to October 2024", "2024-01..2024-10")]
    [InlineData("the first quarter of 2025", "2025-01..2025-03")]
    [InlineData("in Q3 2025", "2025-07..2025-09")]
    [InlineData("in H1 2024", "2024-01..2024-06")]
    [InlineData("the second half of 2024", "2024-07..2024-12")]
    [InlineData("the last three months of 2024", "2024-10..2024-12")]
    [InlineData("by mid-2024", "2024")]
    [InlineData("in the 2023/24 fiscal year", "2023..2024")]
    [InlineData("exports in FY2022-23 grew", "2022..2023")]
    [InlineData("in FY2022/23", "2022..2023")]
    [InlineData("met on 10 and 11 June 2023 in", "2023-06-10..2023-06-11")]
    [InlineData("the 13th and 14th February 2024 talks", "2024-02-13..2024-02-14")]
    [InlineData("held on June 10 and 11, 2023", "2023-06-10..2023-06-11")]
    [InlineData("signed on 15.06.2023 in", "2023-06-15")]
    [InlineData("on June 3rd, 2024 the", "2024-06-03")]
    [InlineData("Tuesday, May 13, 2025", "2025-05-13")]
    // A comma glued to the year, as scraped text often has it, still closes a full date.
    [InlineData("ties were set up on March 9,2001 by", "2001-03-09")]
    [InlineData("the pact of Oct. 3,1997 was", "1997-10-03")]
    [InlineData("they met on June 4th,2012 in", "2012-06-04")]
    [InlineData("talks held November 14-15,2019 in", "2019-11-14..2019-11-15")]
    [InlineData("signed on 9 March,2001 by", "2001-03-09")]
    [InlineData("on Friday,March 9,2001 the", "2001-03-09")]
    // A run of days in a row, however joined, is one period from its first day, with "of" and "the" as written.
    [InlineData("held on 21, 22 and 23 March 2019 in", "2019-03-21..2019-03-23")]
    [InlineData("talks on September 4, 5, and 6, 2021 in", "2021-09-04..2021-09-06")]
    [InlineData("from the 8th to the 10th of October 2017 the", "2017-10-08..2017-10-10")]
    [InlineData("on the 2nd and 3rd of July 2020 in", "2020-07-02..2020-07-03")]
    [InlineData("from 14th to 16th of April 2022,", "2022-04-14..2022-04-16")]
    public void ReadsWrittenDates(string text, string expected)
    {
        var mention = Single(text);
        Assert.Equal(expected, Show(mention));
        Assert.False(mention.Relative);
    }

    [Theory]
    [InlineData("last year", "2025-05-08", "2024")]
    [InlineData("this year", "2025-05-08", "2025")]
    [InlineData("next year", "2025", "2026")]
    [InlineData("last month", "2025-01-10", "2024-12")]
    [InlineData("early this month", "2025-05-08", "2025-05")]
    [InlineData("yesterday", "2025-05-08", "2025-05-07")]
    [InlineData("on Tuesday", "2025-05-08", "2025-05-06")]
    [InlineData("last Friday", "2025-05-08", "2025-05-02")]
    [InlineData("two years ago", "2025-05-08", "2023")]
    [InlineData("in September", "2025-05-08", "2024-09")]
    [InlineData("in March", "2025-05-08", "2025-03")]
    [InlineData("the first half of the year", "2025-08-01", "2025-01..2025-06")]
    [InlineData("in the first six months", "2025", "2025-01..2025-06")]
    [InlineData("the first quarter of last year", "2025-05-08", "2024-01..2024-03")]
    [InlineData("from May 11–12", "2025", "2025-05-11..2025-05-12")]
    [InlineData("from May 11 to 12", "2025", "2025-05-11..2025-05-12")]
    [InlineData("May 30 – June 2", "2025", "2025-05-30..2025-06-02")]
    [InlineData("Jan. 24", "2025-03-01", "2025-01-24")]
    [InlineData("yesterday", "2025", "2025")]
    [InlineData("approved on 3rd March.", "2025-05-08", "2025-03-03")]
    // Words after a year-less month name its year, whatever the month's place before or after the reference.
    [InlineData("signed in October last year", "2025-12-03", "2024-10")]
    [InlineData("the ministers met March last year", "2025-05-08", "2024-03")]
    [InlineData("on 4 February of last year", "2025-05-08", "2024-02-04")]
    [InlineData("a summit in November this year", "2025-05-08", "2025-11")]
    [InlineData("from January next year", "2025-05-08", "2026-01")]
    public void ResolvesAgainstTheReference(string text, string reference, string expected)
    {
        var mention = Single(text, reference);
        Assert.Equal(expected, Show(mention));
        Assert.True(mention.Relative);
    }

    [Theory]
    [InlineData("in September", "2025-05-08", Tense.Future, "2025-09")]
    [InlineData("in March", "2025-05-08", Tense.Future, "2026-03")]
    [InlineData("on May 11–12", "2025-05-08", Tense.Future, "2025-05-11..2025-05-12")]
    [InlineData("on May 11–12", "2025-05-08", Tense.Past, "2024-05-11..2024-05-12")]
    [InlineData("on Tuesday", "2025-05-08", Tense.Future, "2025-05-13")]
    [InlineData("next May", "2025-05-08", Tense.Unknown, "2026-05")]
    [InlineData("on May 11–12", "2025-05-08", Tense.Unknown, "2025-05-11..2025-05-12")]
    [InlineData("on May 5", "2025-05-12", Tense.Future, "2025-05-05")]
    [InlineData("on January 3", "2024-12-29", Tense.Unknown, "2025-01-03")]
    [InlineData("on December 30", "2025-01-02", Tense.Future, "2024-12-30")]
    [InlineData("on May 30", "2025-05-08", Tense.Unknown, "2024-05-30")]
    [InlineData("on April 20", "2025-05-08", Tense.Future, "2026-04-20")]
    // A verb in the past right before the weekday dates it in the past, whatever the sentence plans elsewhere.
    [InlineData("was chaired Monday", "2024-05-28", Tense.Future, "2024-05-27")]
    [InlineData("who arrived on Sunday", "2024-05-28", Tense.Future, "2024-05-26")]
    [InlineData("the talks held on Friday", "2024-05-28", Tense.Future, "2024-05-24")]
    [InlineData("is scheduled on Friday", "2024-05-28", Tense.Future, "2024-05-31")]
    [InlineData("will be chaired on Friday", "2024-05-28", Tense.Future, "2024-05-31")]
    public void TenseChoosesTheOccurrence(string text, string reference, Tense tense, string expected)
    {
        Assert.Equal(expected, Show(Single(text, reference, tense)));
    }

    [Theory]
    [InlineData("on 5 and 12 June 2023", "2023-06-12")]
    [InlineData("on 5, 6 and 12 June 2023", "2023-06-12")]
    // Without "from", a comma closes the date: "on May 31, 2023, to June 2" is no span.
    [InlineData("met on May 31, 2023, to June 2, 2023", "2023-06-02")]
    public void ReadsOnlyNextDaysAsATwoDayPeriod(string text, string lastMention)
    {
        var mentions = DateReader.Read(text);
        Assert.All(mentions, m => Assert.False(m.IsPeriod));
        Assert.Equal(lastMention, mentions[^1].From.ToString());
    }

    [Theory]
    // A day told from the last day before it takes that day's year and is as written as that day.
    [InlineData("met on 6 May 2021 and signed the accord the next day", "2021-05-07", false)]
    [InlineData("talks on 3 March 2020, after a tour the previous day", "2020-03-02", false)]
    [InlineData("arrived on Friday and left the following day", "2024-05-25", true)]
    [InlineData("opened on 9 June 2019 and closed on the same day", "2019-06-09", false)]
    public void CountsADayFromTheDayBefore(string text, string expected, bool relative)
    {
        var last = DateReader.Read(text, IsoDate.Parse("2024-05-28"))[^1];
        Assert.Equal(expected, Show(last));
        Assert.Equal(relative, last.Relative);
    }

    [Theory]
    // With no day told before, and none given, "the next day" dates nothing.
    [InlineData("they left the next day")]
    [InlineData("in May 2021 they met, and the following day they left")]
    [InlineData("the same day was chosen")]
    public void ReadsNoDayFromTheDayBeforeWithoutOne(string text) =>
        Assert.DoesNotContain(DateReader.Read(text, IsoDate.Parse("2024-05-28")), m => m.From.Precision == DatePrecision.Day);

    [Theory]
    // After a comma, or with "the", the year words start another phrase or count from another year.
    [InlineData("met in August, last year's accord", "2025-08")]
    [InlineData("met in August the year before", "2025-08")]
    public void LeavesAMonthItsOwnYearWhenTheYearWordsAreApart(string text, string expected)
    {
        var mentions = DateReader.Read(text, IsoDate.Parse("2025-09-10"));
        Assert.Equal(expected, mentions[0].From.ToString());
    }

    [Theory]
    [InlineData("last year")]
    [InlineData("in September")]
    [InlineData("on Tuesday")]
    [InlineData("May 11–12")]
    public void LeavesOutRelativeDatesWithoutAReference(string text)
    {
        Assert.Empty(DateReader.Read(text));
    }

    [Theory]
    [InlineData("This is his first visit to the country")]
    [InlineData("Vietnam is one of the partners")]
    [InlineData("the G20 summit")]
    [InlineData("the COVID-19 pandemic")]
    [InlineData("under Resolution 2231")]
    [InlineData("it employs 2000 workers")]
    [InlineData("worth US$2024 in all")]
    [InlineData("call +84 24 3845 6789")]
    [InlineData("at 10:30 on site")]
    [InlineData("it may rise by 5 points")]
    [InlineData("a 3,000 unit plant")]
    [InlineData("He met April and June")]
    [InlineData("serial 2025-05-11-7 was")]
    public void FindsNoDateWhereThereIsNone(string text)
    {
        Assert.Empty(DateReader.Read(text, IsoDate.Parse("2025-05-08")));
    }

    // A glued comma before three digits is a thousands separator, never a day and a year; without a
    // reference the month standing alone is left out, so any date found would have come from the amount.
    [Theory]
    [InlineData("In March 12,000 troops left")]
    [InlineData("By May 1,994 ballots were in")]
    [InlineData("In June 3,500,000 tonnes went")]
    [InlineData("Since April 22,19945 units sold")]
    [InlineData("Since April 22,2024.5 units sold")]
    public void ReadsNoDayFromAnAmountAfterAMonth(string text)
    {
        Assert.Empty(DateReader.Read(text));
    }

    [Theory]
    // A year followed by a digit run too long for any year, where a fiscal year would have its second year.
    [InlineData("in fiscal year 2024/2599999999999999999999, according to")]
    [InlineData("the 2023/99999999999 budget")]
    [InlineData("exports in FY2022-12345678901234 grew")]
    public void ReadsNoFiscalYearFromAnOverlongSecondPart(string text)
    {
        var mentions = DateReader.Read(text, null, Tense.Unknown);
        Assert.All(mentions, m => Assert.True(m.To.Year <= 2100, $"read {Show(m)} from '{text}'"));
    }

    [Theory]
    [InlineData("The talks were held last year.")]
    [InlineData("Trade doubled two years ago.")]
    [InlineData("The accord was signed the previous year, and last year it came into force.")]
    public void ReadsNoYearBeforeTheFirstFromAReferenceInYearOne(string text)
    {
        var mentions = DateReader.Read(text, IsoDate.OfDay(1, 6, 1), Tense.Unknown);
        Assert.All(mentions, m => Assert.True(m.From.Year >= 1, $"read {Show(m)} from '{text}'"));
    }

    [Fact]
    public void SpanCoversTheWholeExpression()
    {
        const string text = "convened on Nov. 15-16, 2010 in Minsk";
        var mention = Single(text);
        Assert.Equal("Nov. 15-16, 2010", text[mention.Start..mention.End]);
    }

    [Fact]
    public void PeriodUsesSchemaDateStrings()
    {
        var period = Single("the first eight months of 2011").ToPeriod();
        Assert.Equal(("2011-01", "2011-08"), (period.Start, period.End));
    }

    [Fact]
    public void ReadsEveryDateInOrder()
    {
        var mentions = DateReader.Read("Opened in 1998; an embassy followed in October 2003 and an envoy in March 2005.");
        Assert.Equal(["1998", "2003-10", "2005-03"], mentions.Select(Show));
    }

    [Fact]
    public void ArbitraryTextNeverBreaksTheReader()
    {
        Gen.String[Gen.Char["0123456789 -–/.,:JanMyOctbefirsthqlQHTuesdyoflw"], 0, 80].Sample(text =>
        {
            var mentions = DateReader.Read(text, IsoDate.Parse("2025-05-08"));
            return mentions.Zip(mentions.Skip(1)).All(p => p.First.End <= p.Second.Start)
                   && mentions.All(m => m.Start < m.End && m.End <= text.Length && m.From <= m.To);
        });
    }

    // The scan tries its patterns only where a date can begin; every kind of beginning, in any case, is still read.
    [Theory]
    [InlineData("the envoys spoke LAST Friday in Lima", "LAST Friday", "2025-05-09")]
    [InlineData("sales rose in the First Quarter of 2024 alone", "the First Quarter of 2024", "2024-01..2024-03")]
    [InlineData("output in Q3 2025 fell", "Q3 2025", "2025-07..2025-09")]
    [InlineData("Yesterday the two ministers met", "Yesterday", "2025-05-13")]
    [InlineData("Two years ago the pact lapsed", "Two years ago", "2023")]
    [InlineData("the fund opens Next Year in Quito", "Next Year", "2026")]
    [InlineData("exports over the Final three months of 2023 doubled", "the Final three months of 2023", "2023-10..2023-12")]
    public void Dates_are_read_from_every_kind_of_first_word_in_any_case(string text, string written, string expected)
    {
        var date = Single(text, "2025-05-14", Tense.Past);
        Assert.Equal(written, text[date.Start..date.End]);
        Assert.Equal(expected, Show(date));
    }
}
