using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class GazetteerTableTests
{
    [Fact]
    public void The_embedded_table_reads_back_to_the_same_table()
    {
        var written = Write(Default);

        var read = GazetteerTable.Read(new MemoryStream(written));

        Assert.Equal(written, Write(read));
        Assert.Equal(Default.SpellingCount, read.SpellingCount);
        Assert.Equal(Default.EntryCounts, read.EntryCounts);
    }

    [Fact]
    public void A_read_table_finds_what_the_embedded_one_finds()
    {
        const string text = "Deputy Minister of Mining and Energy Le Van met the Vietnamese side in Hung Yen province, " +
            "as the U.S. and the EAEU watched; Viet Nam's Prime Minister flew to the Brest Region.";
        var read = GazetteerTable.Read(new MemoryStream(Write(Default)));

        var found = read.FindAll(text).Select(Describe).ToList();
        Assert.Equal(Default.FindAll(text).Select(Describe), found);
        Assert.Equal(8, found.Count);
        Assert.Equal(Default.Country("VNM")!.Names, read.Country("VNM")!.Names);
        Assert.Equal(Default.Bloc("Eurasian Economic Union"), read.Bloc("Eurasian Economic Union"));
    }

    [Fact]
    public void A_table_of_another_format_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => GazetteerTable.Read(new MemoryStream(new byte[64])));
    }

    private static string Describe(GazetteerMention m) =>
        $"{m.Start}-{m.End} {m.Kind} {m.Canonical} {m.Code} [{string.Join(',', m.Countries)}] {m.IsDemonym} | {string.Join("; ", m.Candidates)}";

    private static byte[] Write(Gazetteer gazetteer)
    {
        using var stream = new MemoryStream();
        GazetteerTable.Write(stream, gazetteer);
        return stream.ToArray();
    }
}
