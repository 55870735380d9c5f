using Entente.Core.Ingest;
using Entente.Core.Ingest.PlainText;

namespace Entente.Core.Tests.Ingest;

public class PlainTextReaderTests
{
    private static RawArticle Read(string text) =>
        Assert.Single(new PlainTextReader().Read(new SourceDocument("a.txt", text, [])));

    [Fact]
    public void Each_line_is_a_block_mapped_to_its_place_in_the_input()
    {
        const string text = "Headline here\r\n\r\n  First paragraph.  \nSecond paragraph.\n";
        var raw = Read(text);
        Assert.Equal(["Headline here", "First paragraph.", "Second paragraph."], raw.Blocks.Select(b => b.Text));
        foreach (var block in raw.Blocks)
            for (var i = 0; i < block.Content.Length; i++)
                Assert.Equal(block.Text[i], text[block.Content.RawIndex[i]]);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_back()
    {
        const string text = """
            Delegations from Chile and Singapore met in Santiago on Monday to review
            progress on their digital economy partnership and to plan a business forum
            for the coming year.

            A second paragraph follows here, also wrapped at a fixed width to mimic an
            old wire service feed that breaks lines at seventy characters or so.
            """;
        var raw = Read(text);
        Assert.Equal(2, raw.Blocks.Count());
        Assert.StartsWith("Delegations from Chile and Singapore met in Santiago on Monday to review progress", raw.Blocks.First().Text);
        Assert.EndsWith("for the coming year.", raw.Blocks.First().Text);
    }

    [Fact]
    public void Short_lines_without_blank_lines_stay_separate_paragraphs()
    {
        var raw = Read("Trade grew.\nInvestment grew.\nTourism grew.");
        Assert.Equal(3, raw.Blocks.Count());
    }
}
