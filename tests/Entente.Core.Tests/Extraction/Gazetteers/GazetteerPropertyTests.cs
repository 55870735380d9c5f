using CsCheck;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class GazetteerPropertyTests
{
    private static readonly string[] WordList =
    [
        "Vietnam", "the", "Brest", "Hung", "Yen", "province", "Deputy", "Prime", "Minister", "US", "$", "'s",
        "UN", "Security", "Council", ",", ".", "\n", "-", "Ho", "Chi", "Minh", "City", "of", "chad", "Ư", "x",
    ];

    private static readonly Gen<string> Words = Gen.Int[0, WordList.Length - 1].Select(i => WordList[i]);

    private static readonly Gen<string> Texts = Words.Array[0, 40].Select(ws => string.Join(" ", ws));

    [Fact]
    public void Mentions_are_ordered_non_overlapping_and_inside_the_text()
    {
        Texts.Sample(text =>
        {
            var mentions = Find(text);
            var previousEnd = 0;
            foreach (var m in mentions)
            {
                Assert.InRange(m.Start, previousEnd, text.Length);
                Assert.InRange(m.End, m.Start + 1, text.Length);
                Assert.NotEmpty(m.Candidates);
                previousEnd = m.End;
            }
        });
    }

    [Fact]
    public void MatchAt_agrees_with_FindAll_at_the_start_of_each_mention()
    {
        Texts.Sample(text =>
        {
            foreach (var m in Find(text))
            {
                var at = Default.MatchAt(text, m.Start);
                Assert.NotNull(at);
                Assert.Equal((m.Start, m.End, m.Canonical), (at.Start, at.End, at.Canonical));
            }
        });
    }

    [Fact]
    public void Random_unicode_never_throws()
    {
        Gen.String.Sample(text => Assert.NotNull(Find(text)));
    }
}
