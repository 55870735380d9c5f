using Entente.Core.Ingest;
using Entente.Core.Ingest.PlainText;

namespace Entente.Core.Tests.Ingest;

public class PlainTextDateHeaderTests
{
    private static RawArticle Read(string text) =>
        Assert.Single(new PlainTextReader().Read(new SourceDocument("a.txt", text, [])));

    [Fact]
    public void A_crawler_date_header_becomes_the_publication_date_and_leaves_the_text()
    {
        const string text = " date 2022-06-14 LIMA, June 14 — Peru and Korea agreed on Tuesday to widen fishery cooperation.\n\nMore text.";
        var raw = Read(text);
        Assert.Equal("2022-06-14", raw.Published);
        Assert.Equal("LIMA, June 14 — Peru and Korea agreed on Tuesday to widen fishery cooperation.", raw.Blocks.First().Text);
        Assert.Equal('L', text[raw.Blocks.First().Content.RawIndex[0]]);
    }

    [Fact]
    public void A_header_alone_on_its_line_is_dropped()
    {
        var raw = Read("date 2019-11-02\nGhana and Togo open a border post\n\nOfficials said the post opens next week.");
        Assert.Equal("2019-11-02", raw.Published);
        Assert.Equal("Ghana and Togo open a border post", raw.Blocks.First().Text);
    }

    // The header on the line after a headline, whatever the headline ends with, and in hard-wrapped text too.
    [Theory]
    [InlineData("Minister hails ties: “We are committed to open trade”\ndate 2017-11-10\n\nThe minister spoke in Hanoi on Friday.")]
    [InlineData("Leaders met. They discussed energy\ndate 2017-11-10\n\nThe two leaders met in Prague on Friday.")]
    [InlineData("Ghana and Togo reopen a border post after\nmonths of talks between their ministers\ndate 2017-11-10\n\nThe post at Aflao reopened on Friday after the\ntwo governments agreed on new customs rules for\ntraders crossing each day between the two towns.\n\nOfficials of both sides attended the ceremony at\nthe border and promised more crossings this year.")]
    public void A_header_on_the_line_after_the_headline_is_the_publication_date(string text)
    {
        var raw = Read(text);
        Assert.Equal("2017-11-10", raw.Published);
        Assert.DoesNotContain(raw.Blocks, b => b.Text.Contains("date 2017", StringComparison.Ordinal));
        Assert.Contains(raw.Blocks, b => b.Text.StartsWith("The ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A headline\nThe date 2017-11-10 was set for the talks.\n\nMore text.")]
    [InlineData("A headline\nMore text here.\ndate 2017-11-10\n\nMore text.")]
    public void A_date_header_later_or_inside_a_sentence_is_not_the_publication_date(string text) => Assert.Null(Read(text).Published);

    [Theory]
    [InlineData("Date of the visit was not fixed.")]
    [InlineData("date 2019-13-02 is not a day")]
    [InlineData("date 20190-11-02 is not a day")]
    public void Prose_starting_with_the_word_date_is_not_a_header(string line)
    {
        var raw = Read(line);
        Assert.Null(raw.Published);
        Assert.Equal(line, raw.Blocks.First().Text);
    }

    // A page that gives only a month or a year: a header of that precision, alone on its line.
    [Theory]
    [InlineData("Fiji and Samoa renew a fisheries pact\ndate 2019-05\n\nThe ministers met in Apia.", "2019-05")]
    [InlineData("date 2019-05\nFiji and Samoa renew a fisheries pact\n\nThe ministers met in Apia.", "2019-05")]
    [InlineData("Fiji and Samoa renew a fisheries pact\ndate 2019 \n\nThe ministers met in Apia.", "2019")]
    public void A_header_of_a_month_or_a_year_gives_that_precision(string text, string published)
    {
        var raw = Read(text);
        Assert.Equal(published, raw.Published);
        Assert.DoesNotContain(raw.Blocks, b => b.Text.Contains("date 2019", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("date 2019 was set for the talks.")]
    [InlineData("date 2019-05 APIA, May 3 — The ministers met.")]
    [InlineData("date 2019-13")]
    [InlineData("date 0019")]
    public void A_short_date_inside_prose_or_out_of_range_is_not_a_header(string line)
    {
        var raw = Read(line);
        Assert.Null(raw.Published);
        Assert.Equal(line, raw.Blocks.First().Text);
    }
}
