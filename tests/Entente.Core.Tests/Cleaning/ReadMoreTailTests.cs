using Entente.Core.Cleaning;

namespace Entente.Core.Tests.Cleaning;

public class ReadMoreTailTests
{
    [Theory]
    [InlineData("Chile ships copper and fruit to Korea. The bloc is the… Read full story", "Chile ships copper and fruit to Korea. The bloc is the…")]
    [InlineData("Both sides met in Lima on Monday... Read more »", "Both sides met in Lima on Monday...")]
    [InlineData("Talks resume in May … [Continue reading]", "Talks resume in May …")]
    public void Cuts_the_link_words_after_the_ellipsis(string paragraph, string kept) =>
        Assert.Equal(kept, paragraph[..ReadMoreTail.KeptLength(paragraph)]);

    [Theory]
    [InlineData("Exports rose… and imports fell more than expected.")]
    [InlineData("Officials want to read more of the report before they decide.")]
    [InlineData("He said: \"We will do more...\"")]
    public void Leaves_prose_alone(string paragraph) => Assert.Equal(paragraph.Length, ReadMoreTail.KeptLength(paragraph));
}
