using Entente.Core.Domain;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.Precision;

/// <summary>A sentence adverb before ", the &lt;office&gt;" is not the office holder's name.</summary>
public class ConnectiveNameTests
{
    private static string People(string title, string body) =>
        string.Join("; ", FactsFrom.Of<OfficeHolder>(FactsFrom.Article(title, body)).Select(o => o.Person).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Peru and Chile deepen ties", "Currently, the Peruvian ambassador to Brazil also covers Chile.")]
    [InlineData("Peru and Chile deepen ties", "Likewise, the President of Chile welcomed the visitors.")]
    [InlineData("Peru and Chile deepen ties", "Moreover, the Chilean Foreign Minister said talks would resume.")]
    [InlineData("Peru and Chile deepen ties", "The office said: \"Additionally, the President will tour the port.\"")]
    public void A_connective_is_not_a_name(string title, string body) => Assert.Equal("", People(title, body));

    [Theory]
    [InlineData("Peru and Chile deepen ties", "Marta Ruiz, the Chilean ambassador to Peru, said trade grew.", "Marta Ruiz")]
    [InlineData("Peru and Chile deepen ties", "Likewise, Chilean Foreign Minister Marta Ruiz said trade grew.", "Marta Ruiz")]
    [InlineData("Peru and Chile deepen ties", "Kelly Daly, the Peruvian ambassador to Chile, said trade grew.", "Kelly Daly")]
    public void Names_around_connectives_are_still_read(string title, string body, string expected) =>
        Assert.Equal(expected, People(title, body));
}
