using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class WordTableTests
{
    [Fact]
    public void A_written_table_reads_back_with_every_word_rank_and_mark()
    {
        var table = WordTable.Of(["harbour", "Ferry", "quay", "harbour"], ["ferry", "dredger"]);
        using var stream = new MemoryStream();
        table.WriteTo(stream);
        stream.Position = 0;

        var read = WordTable.ReadFrom(stream);

        Assert.Equal(4, read.Count);
        Assert.Equal(3, read.RankedCount);
        Assert.True(read.TryGet("harbour", out var harbour));
        Assert.Equal(new WordTable.Entry(0, false), harbour);
        Assert.True(read.TryGet("ferry", out var ferry));
        Assert.Equal(new WordTable.Entry(1, true), ferry);
        Assert.True(read.TryGet("dredger", out var dredger));
        Assert.Equal(new WordTable.Entry(WordTable.Unranked, true), dredger);
        Assert.False(read.Contains("pier"));
        Assert.False(read.Contains("harbou"));
    }

    [Fact]
    public void A_table_of_another_format_is_refused()
    {
        using var stream = new MemoryStream(new byte[64]);
        Assert.Throws<InvalidDataException>(() => WordTable.ReadFrom(stream));
    }

    [Fact]
    public void The_embedded_table_keeps_the_lists_ranks_and_dictionary_marks()
    {
        // "the" heads the frequency list; "emmers" is only in the dictionary list; "germany" only in the frequency list.
        Assert.Equal(0, Lexicon.Shared.Rank("the"));
        Assert.True(Lexicon.Shared.IsDictionaryWord("emmers"));
        Assert.Equal(Lexicon.Unranked, Lexicon.Shared.Rank("emmers"));
        Assert.False(Lexicon.Shared.IsDictionaryWord("Germany"));
        Assert.True(Lexicon.Shared.Rank("Germany") < 1000);
    }
}
