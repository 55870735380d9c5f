using Entente.Core.Domain;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction;

/// <summary>A sentence that places one event after another dates the later-named one only.</summary>
public class SequencedEventsTests
{
    private static List<Visit> Visits(string body) => FactsFrom.Of<Visit>(FactsFrom.Article("Chile and Peru", body));

    [Theory]
    [InlineData("Boric’s visit comes after a visit by Peruvian President Dina Boluarte to Chile on 12 March.", "Dina Boluarte")]
    [InlineData("Chilean President Gabriel Boric says the trip builds on Peruvian President Dina Boluarte’s visit to Chile in March.", "Dina Boluarte")]
    [InlineData("LIMA, 6 May (Andes) – Boric's visit comes after a visit by Peruvian President Dina Boluarte to Chile on 12 March.", "Dina Boluarte")]
    [InlineData("Gabriel Boric's tour comes on the heels of Peruvian President Dina Boluarte's state visit to Chile on 12 March.", "Dina Boluarte")]
    public void The_leading_event_takes_no_date_of_the_other(string body, string onlyVisitor)
    {
        var visits = Visits(body);
        Assert.All(visits, v => Assert.Equal(onlyVisitor, v.Visitor.Name));
    }

    // Near misses: the event after the connective keeps its fact, and a leading event with its own date keeps its own.
    [Theory]
    [InlineData("This comes after Chilean President Gabriel Boric paid a state visit to Peru from 3 to 5 May 2024.", "Gabriel Boric")]
    [InlineData("Chilean President Gabriel Boric's visit to Peru on 3 May comes ahead of the regional summit.", "Gabriel Boric")]
    [InlineData("Chilean President Gabriel Boric paid a state visit to Peru from 3 to 5 May 2024.", "Gabriel Boric")]
    public void Other_visits_stay(string body, string visitor) =>
        Assert.Contains(Visits(body), v => v.Visitor.Name == visitor);

    [Fact]
    public void A_meeting_named_before_since_his_last_visit_is_not_dated_by_it()
    {
        var meetings = FactsFrom.Of<Meeting>(FactsFrom.Article("Chile and Peru",
            "Chilean President Gabriel Boric welcomed Peruvian President Dina Boluarte’s second visit since her last visit in May 2019."));
        Assert.DoesNotContain(meetings, m => m.Date.StartsWith("2019", StringComparison.Ordinal));
    }
}
