using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class MappedTextBuilderTests
{
    [Fact]
    public void A_builder_of_the_final_size_gives_the_text_and_every_offset()
    {
        var first = MappedText.Verbatim("xxHanoi", 2, 5);
        var second = MappedText.Verbatim("Minsk and", 0, 5);
        var builder = new MappedTextBuilder(first.Length + second.Length + 2);
        builder.Append(first).AppendSynthetic("\n\n", 7).Append(second);
        var built = builder.Build();
        Assert.Equal("Hanoi\n\nMinsk", built.Text);
        Assert.Equal([2, 3, 4, 5, 6, 7, 7, 0, 1, 2, 3, 4], built.RawIndex);
    }

    [Fact]
    public void A_builder_grows_past_its_capacity_one_character_or_run_at_a_time()
    {
        var builder = new MappedTextBuilder(1);
        for (var i = 0; i < 40; i++) builder.Append((char)('a' + i % 26), 100 + i);
        builder.Append(MappedText.Verbatim("0123456789", 0, 10));
        var built = builder.Build();
        Assert.Equal(50, built.Length);
        Assert.Equal('n', built.Text[39]);
        Assert.Equal(139, built.RawIndex[39]);
        Assert.Equal(9, built.RawIndex[49]);
    }

    [Fact]
    public void Trimming_drops_trailing_spaces_with_their_offsets_and_building_empties_the_builder()
    {
        var builder = new MappedTextBuilder(8);
        builder.Append('O', 0).Append('K', 1).Append(' ', 2).Append('\n', 3);
        builder.TrimEnd();
        Assert.Equal(2, builder.Length);
        Assert.Equal('K', builder[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder[2]);
        var built = builder.Build();
        Assert.Equal("OK", built.Text);
        Assert.Equal([0, 1], built.RawIndex);
        Assert.Equal(0, builder.Length);
        Assert.Equal("", builder.Build().Text);
    }
}
