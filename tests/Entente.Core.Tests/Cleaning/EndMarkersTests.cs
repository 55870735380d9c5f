using Entente.Core.Cleaning;

namespace Entente.Core.Tests.Cleaning;

public class EndMarkersTests
{
    [Theory]
    [InlineData("The two sides also signed a number of framework agreements./.", 2)]
    [InlineData("./.", 3)]
    [InlineData("The talks ended on Friday. Enditem", 7)]
    [InlineData("The talks ended on Friday. (END)", 5)]
    [InlineData("-- BERNAMA", 10)]
    [InlineData("==Kyodo", 7)]
    [InlineData("— AFP", 5)]
    [InlineData("hm/dg", 5)]
    [InlineData("oda/jcm", 7)]
    [InlineData("Remittances rose 8 percent, the central bank said. (end) aa.gh", 11)]
    [InlineData("Remittances rose 8 percent, the central bank said. (end)\n\n\n                    aa.gh", 33)]
    [InlineData("Remittances rose 8 percent, the central bank said. (End)abcdefghijkl", 17)]
    [InlineData("Trade could double, an official said. PTI AV VN", 10)]
    [InlineData("The envoy leaves for Lima on June 3.-VNA", 4)]
    [InlineData("TASS", 4)]
    [InlineData("Both sides hailed the result of the talks. Endi", 4)]
    public void Finds_agency_end_markers(string block, int length) => Assert.Equal(length, EndMarkers.MarkerLength(block));

    [Theory]
    [InlineData("Trade rose 8 percent in 2023.")]
    [InlineData("The index of the end-user market rose.")]
    [InlineData("-- and then the talks resumed on a new footing after a long pause")]
    [InlineData("and/or")]
    [InlineData("The 2010 accord was signed by PTI and UNI reporters in New Delhi on Monday.")]
    [InlineData("Legendary")]
    [InlineData("Tass")]
    [InlineData("The group met at the Hendi")]
    [InlineData("Costs rose.-Officials")]
    [InlineData("Remittances rose 8 percent, the central bank said. (end) abcdefghijklm")]
    [InlineData("Remittances rose (end) 8 percent, the central bank said.")]
    public void Leaves_prose_alone(string block) => Assert.Equal(0, EndMarkers.MarkerLength(block));
}
