using Entente.Core.Cleaning;

namespace Entente.Core.Tests.Cleaning;

public class StampPrefixTests
{
    [Theory]
    [InlineData("Updated: 2018-07-03 14:05 QUITO -- Ecuador and Peru opened a bridge.", "QUITO -- Ecuador and Peru opened a bridge.")]
    [InlineData("Published 4 March 2021, 10:30 GMT Ghana and Togo held talks on Monday.", "Ghana and Togo held talks on Monday.")]
    public void Cuts_the_stamp_and_keeps_the_paragraph(string paragraph, string rest) =>
        Assert.Equal(rest, paragraph[StampPrefix.Length(paragraph)..]);

    [Theory]
    [InlineData("Updated figures show trade rose 12 percent in 2023.")]
    [InlineData("Published reports say the talks went well.")]
    [InlineData("Updated: 2018-07-03 14:05")]
    [InlineData("Posted on May 4 by the embassy")]
    public void Leaves_prose_and_bare_stamp_lines_alone(string paragraph) => Assert.Equal(0, StampPrefix.Length(paragraph));
}
