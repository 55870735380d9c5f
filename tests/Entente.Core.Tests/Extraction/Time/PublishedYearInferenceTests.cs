using Entente.Core.Extraction.Time;

namespace Entente.Core.Tests.Extraction.Time;

public class PublishedYearInferenceTests
{
    [Theory]
    [InlineData("Relations were established in 1992 and an embassy opened in 1998.", 1998)]
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
    public void TakesTheLatestPastYear(string text, int expected)
    {
        Assert.Equal(expected, PublishedYearInference.EarliestYear(text));
    }

    [Theory]
    [InlineData("The two countries enjoy a long friendship.")]
    [InlineData("Trade will reach US$1 billion by 2030.")]
    [InlineData("the G20 and COVID-19 and Resolution 2231")]
    [InlineData("Relations were established in 1960. The sides intend to double trade to $300 million by 2027.")]
    [InlineData("Investments have totalled $9 billion since 2005. We have set the goal of raising trade to $10 billion by 2030.")]
    public void ReturnsNullWithoutAPastYear(string text)
    {
        Assert.Null(PublishedYearInference.EarliestYear(text));
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
}
