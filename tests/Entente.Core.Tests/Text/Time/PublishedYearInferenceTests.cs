using CsCheck;
using Entente.Core.Text.Time;

namespace Entente.Core.Tests.Text.Time;

public class PublishedYearInferenceTests
{
    [Theory]
    [InlineData("Relations were established in 1992. An embassy opened in 1998.", 1998)]
    [InlineData("Relations were established in 1992 and an embassy opened in 1998.", 1998)]
    [InlineData("Relations were established on March 2, 1992.", null)]
    [InlineData("The two countries established diplomatic ties in 1995. Trade rose 12% in 2023.", 2024)]
    [InlineData("Bilateral trade reached US$60 million in 2024.", 2025)]
    [InlineData("Two-way trade hit 151 million USD in the first eight months of 2011.", 2011)]
    [InlineData("Exports rose 12% in 2023, officials said.", 2024)]
    [InlineData("Vietnam sits on the council (2023–2027) since it was elected in 2022.", 2022)]
    [InlineData("They signed a programme of cooperation in sport for 2024-2026 after trade of US$45 million in the first nine months of 2023.", 2023)]
    [InlineData("The Kingdom won the right to host the 2034 FIFA World Cup in 2023.", 2023)]
    [InlineData("The two sides aim to raise trade to US$1 billion by 2030. They met in 2019.", 2019)]
    [InlineData("The plan runs until 2030 under the vision to 2045, adopted in 2021.", 2021)]
    [InlineData("The 2030 Agenda was discussed in 2018.", 2018)]
    [InlineData("A summit will be held in 2027. The last one took place in 2024.", 2024)]
    [InlineData("The company invested US$5 million in 2019.", 2019)]
    [InlineData("Trade reached US$60 million in May 2024.", 2024)]
    // A later edit stamp does not date the story; a year in a programme's or event's name is no date.
    [InlineData("Ministers meet\n\nMarch 3, 2015 10:12 am | Updated October 2, 2022 08:00 pm - LIMA: The ministers met on Monday.", 2015)]
    [InlineData("Ministers meet\n\nPosted 4 May 2016. Last updated: 9 June 2020. The ministers met on Monday in 2016.", 2016)]
    [InlineData("The leaders launched the ACTP 2030 programme after talks in 2017.", 2017)]
    [InlineData("The pavilion at Expo 2025 drew crowds, the minister said in 2019.", 2019)]
    public void TakesTheLatestPastYear(string text, int? expected)
    {
        // Read as fetched in 2026 (these cases were written then; without a reference no plan counts as near).
        Assert.Equal(expected, PublishedYearInference.EarliestYear(text, notAfter: 2026));
    }

    [Theory]
    // Anniversaries counted from a founding year in the same sentence or in a sentence about the relations' start.
    [InlineData("Ministers toasted the 30th anniversary of ties set up in 1991.", 2021)]
    [InlineData("The two nations marked 25 years since they established relations in 1996.", 2021)]
    [InlineData("Both sides look ahead to the fortieth anniversary of their diplomatic relations next year. Diplomatic relations were established on 2 May 1983.", 2022)]
    [InlineData("Last year marked the 20th anniversary of the two countries' diplomatic ties, forged in 1998.", 2019)]
    [InlineData("Fifty years of relations. Oman and Malta established diplomatic relations in 1972.", 2022)]
    [InlineData("They established diplomatic relations in March 1970. Half a century on, this year's anniversary was low-key.", 2020)]
    // A year of the anniversary's sentence that is when it is marked, completed or celebrated is no founding year.
    [InlineData("Ministers agreed to upgrade the partnership in 2019, which will mark the 30th anniversary of diplomatic ties.", 2019)]
    [InlineData("The ministers met in Hanoi, with 2018 marking 25 years of friendly relations.", 2018)]
    [InlineData("People of both nations hailed the 60th anniversary of their ties, which they completed in 2016.", 2016)]
    [InlineData("The sides are preparing to celebrate 75 years of diplomatic relations in 2024. Diplomatic relations were established in 1949.", 2024)]
    // A year read as the start still is one.
    [InlineData("Officials recalled the 50th anniversary of relations established in 1972.", 2022)]
    [InlineData("The envoys spoke of 40 years since 1981 at the reception.", 2021)]
    // A count with no founding year to add it to says nothing.
    [InlineData("Tourism grew in 2019. The 30th anniversary of the festival drew crowds.", 2019)]
    // A relative year compared with a written one.
    [InlineData("Shipments rose to 4 million tonnes last year, up 15% from 2019.", 2021)]
    [InlineData("Sales so far this year are 8 percent higher than in 2020.", 2021)]
    [InlineData("Arrivals this year were 12% lower compared with 2018.", 2019)]
    // "this year" beside a written day or month, even in a sentence about plans.
    [InlineData("The forum will be held on 3 October 2021, the second such event this year.", 2021)]
    // A fiscal or school year reported on is over.
    [InlineData("Remittances reached US$2 billion in the financial year 2020-21.", 2021)]
    [InlineData("During the 2019-2020 academic year, 400 students enrolled.", 2020)]
    [InlineData("Exports in FY2021/22 were flat.", 2022)]
    [InlineData("It was elected to the council for 2019–2020 in 2018.", 2018)]
    // A year that only starts something counts beside other years, never alone.
    [InlineData("Flights have run since May 2005, and a consulate opened in 2003.", 2005)]
    [InlineData("Cumulative investment since 2001 is large; a plant opened in 2016.", 2016)]
    // The year of a founding counts the same way: written about decades later.
    [InlineData("Relations were established on 4 May 2019, and the first flights ran in 2012.", 2019)]
    public void ReadsWhatRelativeYearsAndAnniversariesImply(string text, int expected)
    {
        Assert.Equal(expected, PublishedYearInference.EarliestYear(text));
    }

    [Theory]
    [InlineData("The two countries enjoy a long friendship.")]
    [InlineData("Cumulative investment since April 2001 has reached US$9 billion.")]
    [InlineData("Trade will reach US$1 billion by 2030.")]
    [InlineData("Fiji and Malta established diplomatic relations on 4 May 1994.")]
    [InlineData("The founding of the joint chamber of commerce in 1987 was a milestone.")]
    [InlineData("the G20 and COVID-19 and Resolution 2231")]
    [InlineData("Relations were established in 1960. The sides intend to double trade to $300 million by 2027.")]
    [InlineData("Investments have totalled $9 billion since 2005. We have set the goal of raising trade to $10 billion by 2030.")]
    // Every date of a sentence telling how something was created is history.
    [InlineData("The joint council meets in Lima today. It was set up under the accord that the two ministers signed on June 3, 2001 in Quito.")]
    [InlineData("The joint council meets in Lima today. In May 2001 the council was founded.")]
    public void ReturnsNullWithoutAPastYear(string text)
    {
        Assert.Null(PublishedYearInference.EarliestYear(text));
    }

    [Fact]
    public void NeverInfersAYearPastNextYearFromWordsOfTime()
    {
        string[] words =
        [
            "in", "since", "last", "this", "next", "year", "years", "of", "50th", "fifty", "anniversary", "relations",
            "established", "from", "up", "5%", "2019", "1974", "2021-22", "FY2020/21", "10", "and", "11", "June", ".", "trade",
        ];
        Gen.Int[0, words.Length - 1].Select(i => words[i]).Array[1, 40].Sample(tokens =>
        {
            var year = PublishedYearInference.EarliestYear(string.Join(' ', tokens), notAfter: 2020);
            return year is null || year <= 2021;
        });
    }

    [Theory]
    [InlineData("000_685b83b18f7911d0.txt", 2011)]
    [InlineData("003_468b06e6f8ea5824.txt", 2025)]
    public void AgreesWithTheSeedPublicationYears(string seed, int expected)
    {
        Assert.Equal(expected, PublishedYearInference.EarliestYear(File.ReadAllText(Path.Combine(SeedDirectory(), seed))));
    }

    // The seeds live beside the repository, in ../shared/seeds.
    private static string SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("../shared/seeds not found above the test directory.");
    }

    [Fact]
    public void A_year_after_the_reference_date_is_ahead_and_without_one_nothing_is()
    {
        const string text = "Trade reached US$5 billion in 2023. The new port opens in 2031.";
        Assert.Equal(2024, PublishedYearInference.EarliestYear(text, notAfter: 2026));
        Assert.Equal(2031, PublishedYearInference.EarliestYear(text));
    }
}
