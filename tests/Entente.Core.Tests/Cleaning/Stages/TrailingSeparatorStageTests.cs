using Entente.Core.Cleaning.Stages;

namespace Entente.Core.Tests.Cleaning.Stages;

public class TrailingSeparatorStageTests
{
    [Theory]
    [InlineData("The tour ends in Quito on Friday. |", "The tour ends in Quito on Friday.")]
    [InlineData("Both sides signed the plan. »", "Both sides signed the plan.")]
    [InlineData("Exports rose, the office said.\" | |", "Exports rose, the office said.\"")]
    public void Drops_a_separator_after_the_last_sentence(string text, string kept) =>
        Assert.Equal(kept, text[..TrailingSeparatorStage.KeptLength(text)]);

    [Theory]
    [InlineData("Trade | Investment | Tourism")]
    [InlineData("Click for more >")]
    [InlineData("Growth was 3 > 2 as expected.")]
    [InlineData("The tour ends in Quito on Friday.")]
    public void Leaves_other_endings_alone(string text) => Assert.Equal(text.Length, TrailingSeparatorStage.KeptLength(text));
}
