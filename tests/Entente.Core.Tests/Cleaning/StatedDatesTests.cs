using Entente.Core.Cleaning;

namespace Entente.Core.Tests.Cleaning;

public class StatedDatesTests
{
    [Theory]
    [InlineData("Published: 21/03/2024 08:15", "2024-03-21")]
    [InlineData("Updated March 5, 2024", "2024-03-05")]
    [InlineData("Posted on June 9, 2024 by Marta Silva", "2024-06-09")]
    [InlineData("2024-02-06 19:44:10", "2024-02-06")]
    [InlineData("Warsaw, 13 March 2024", "2024-03-13")]
    [InlineData("Published in May 2023", "2023-05")]
    [InlineData("Copyright 2021", "2021")]
    [InlineData("No date here", null)]
    public void Reads_stamp_lines(string line, string? expected) => Assert.Equal(expected, StatedDates.Parse(line));

    [Fact]
    public void Reads_agency_datelines()
    {
        Assert.Equal((null, 2, 6), StatedDates.Dateline("CAIRO, Feb. 6 (Xinhua) -- Egypt and Russia agreed to speed up work."));
        Assert.Equal((2024, 3, 5), StatedDates.Dateline("HANOI, March 5, 2024 (VNA) – The two sides agreed."));
        Assert.Equal((null, 5, 17), StatedDates.Dateline("Astana, 17 May /Kazinform/ – Kazakhstan and China met."));
        Assert.Null(StatedDates.Dateline("Hanoi (VNA) – No date stands in this dateline."));
        Assert.Equal((null, 6, 12), StatedDates.Dateline("SEOUL. June 12. KAZINFORM – The presidents met."));
        Assert.Equal((null, 10, 9), StatedDates.Dateline("VIENTIANE, October 9. /TASS/. Russia and Laos agreed."));
        Assert.Null(StatedDates.Dateline("Trade grew. June 12 was a holiday in both countries."));
        Assert.Null(StatedDates.Dateline("Trade rose in 2023, officials said – a record."));
    }

    [Theory]
    [InlineData("Issued on 4 October 2021, Accra.", "2021-10-04")]
    [InlineData("Dated: March 9, 2022", "2022-03-09")]
    [InlineData("Issued in October 2021.", null)]
    [InlineData("The joint statement was issued on 4 October 2021.", null)]
    public void Reads_closing_sign_off_lines(string line, string? expected) => Assert.Equal(expected, StatedDates.SignOff(line));
}
