using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Diplomacy;

/// <summary>Visits and meetings told by context: whose trip a phrase tells, which date is the trip's, what a host's verb and a trip's frame imply.</summary>
public sealed class VisitContextTests
{
    private static string VisitLine(Visit v) =>
        $"{v.Visitor.Name ?? "-"}|{v.Visitor.Office} {v.From}>{v.To} {v.Dates.Start}..{v.Dates.End} {v.Kind}".TrimEnd();

    private static string MeetingLine(Meeting m) =>
        $"{string.Join(',', m.Participants.Select(p => $"{p.Name}/{p.Country}").Order(StringComparer.Ordinal))} {m.Date} {m.Place?.Name}".TrimEnd();

    [Theory]
    // "came to power", "came to an agreement": an idiom, not an arrival; "came to" a place still is one.
    [InlineData("India switched its embassy when Kenyan President Peter Mwangi came to power in New Delhi's view in 2019.", "")]
    [InlineData("Kenyan President Peter Mwangi came to an agreement with India in 2023 on rice.", "")]
    [InlineData("Kenyan President Peter Mwangi came to power in 2019, and Nairobi has courted India since.", "")]
    [InlineData("Kenyan President Peter Mwangi came to New Delhi in June 2023. Kenya and India trade.", "Peter Mwangi|President KE>IN 2023-06..2023-06")]
    public void Came_to_is_an_arrival_only_at_a_place(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // A trip an anniversary recalls is dated by nothing in the sentence; a date past "anniversary" dates what it marks.
    [InlineData("This year marks the 60th anniversary of the first visit by Japanese Prime Minister Kenji Sato to Mongolia. Japan and Mongolia are partners.", "")]
    [InlineData("Mongolia in 2023 celebrated the anniversary of Japanese Prime Minister Kenji Sato's visit to Ulaanbaatar. Japan and Mongolia are partners.", "")]
    [InlineData("Japanese Prime Minister Kenji Sato visited Mongolia to attend celebrations of the 30th anniversary of a treaty signed in 1994. Japan and Mongolia are partners.", "")]
    [InlineData("Japanese Prime Minister Kenji Sato visited Mongolia in May 2023 for the anniversary of their ties. Japan and Mongolia are partners.",
        "Kenji Sato|Prime Minister JP>MN 2023-05..2023-05")]
    public void An_anniversary_dates_no_trip(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // Past a second trip noun, or past words that lead to another event ("comes ahead of", "comes after"), a date is that other one's.
    [InlineData("Kenyan President Peter Mwangi's visit follows a visit by Indian Prime Minister Ravi Kumar to Kenya in January 2024.",
        "Ravi Kumar|Prime Minister IN>KE 2024-01..2024-01")]
    [InlineData("Kenyan Foreign Minister Jane Achieng said the trip builds on Indian Prime Minister Ravi Kumar's tour of Kenya in June 2023.",
        "Ravi Kumar|Prime Minister IN>KE 2023-06..2023-06")]
    [InlineData("Kenyan President Peter Mwangi's state visit to India comes ahead of the joint commission session from 16 to 18 April 2024.", "")]
    [InlineData("Kenyan President Peter Mwangi's state visit to India comes after talks in Geneva in January 2024.", "")]
    [InlineData("Kenyan President Peter Mwangi's state visit to India from 4 to 6 March 2024 comes ahead of the joint commission session in April.",
        "Peter Mwangi|President KE>IN 2024-03-04..2024-03-06 state")]
    public void A_date_of_another_event_is_not_the_trips(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // "the former's visit" is the first of two officials named before; "the President's visit" points back at the official.
    [InlineData("Indian Minister Ravi Kumar and Kenyan Minister Jane Achieng met during the former's official visit to Kenya in February 2024.",
        "Ravi Kumar|Minister IN>KE 2024-02..2024-02 official")]
    [InlineData("Kenyan Minister Jane Achieng and Indian Minister Ravi Kumar talked during the former’s working visit to India in January 2024.",
        "Jane Achieng|Minister KE>IN 2024-01..2024-01 working")]
    [InlineData("Indian Prime Minister Ravi Kumar and Kenyan President Peter Mwangi met during the President’s state visit to India in June 2023.",
        "Peter Mwangi|President KE>IN 2023-06..2023-06 state")]
    // A name in the possessive after words of another clause owns the trip, even one the reader knows as no official.
    [InlineData("Indian Prime Minister Ravi Kumar said the talks build on Mwangi’s visit in June 2023. Kenya and India trade.", "")]
    [InlineData("Indian Prime Minister Ravi Kumar recalled that it followed Achieng's trip in May 2023. Kenya and India trade.", "")]
    public void Whose_trip_a_possessive_tells(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // An invitation to visit is no visit made; a visit at someone's invitation is.
    [InlineData("Kenyan President Peter Mwangi recalled his talks of 2019 and invited Indian Prime Minister Ravi Kumar to visit Kenya.", "")]
    [InlineData("Indian Prime Minister Ravi Kumar accepted an invitation to visit Kenya made in 2022.", "")]
    [InlineData("In 2023, Kenyan President Peter Mwangi invited Indian Prime Minister Ravi Kumar to visit Nairobi.", "")]
    [InlineData("Indian Prime Minister Ravi Kumar visited Kenya in May 2023 at the invitation of Kenyan President Peter Mwangi.",
        "Ravi Kumar|Prime Minister IN>KE 2023-05..2023-05")]
    public void An_invitation_is_no_visit(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // A trip the clause places in the visitor's own country is not one to the other side.
    [InlineData("Kenyan Foreign Minister Jane Achieng was in Kenya on an official visit on March 4. India and Kenya trade.", "")]
    [InlineData("Indian Prime Minister Ravi Kumar is in India for a two-day visit that began on March 4. Kenya and India trade.", "")]
    [InlineData("Kenyan Foreign Minister Jane Achieng was in India on an official visit on March 4. India and Kenya trade.",
        "Jane Achieng|Foreign Minister KE>IN 2024-03-04..2024-03-04 official")]
    public void A_trip_placed_at_home_is_no_visit(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // A trip still to come is not dated by a date over before the month of publication.
    [InlineData("Indian Prime Minister Ravi Kumar visited Kenya in July 2016 and the upcoming visit of Kenyan President Peter Mwangi will boost trade.",
        "Ravi Kumar|Prime Minister IN>KE 2016-07..2016-07")]
    [InlineData("The forthcoming visit of Kenyan President Peter Mwangi to India, first mooted in January 2023, will boost trade.", "")]
    [InlineData("The forthcoming visit of Kenyan President Peter Mwangi to India in April 2024 will boost trade.",
        "Peter Mwangi|President KE>IN 2024-04..2024-04")]
    public void A_planned_trip_is_not_dated_in_the_past(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // A year right after a capitalised word is part of a name ("Harbin 2024", "Expo 2023"), not the trip's time.
    [InlineData("On February 6, Chinese President Li Wei met Argentine President Luis Vega, who came to China for the opening of the Winter Games Harbin 2024.",
        "Luis Vega|President AR>CN 2024-02-06..2024-02-06")]
    [InlineData("Kenyan President Peter Mwangi visited India to present the Kenya Expo 2023 plans.", "")]
    [InlineData("Kenyan President Peter Mwangi travelled to India to promote the Safari Rally 2023 on behalf of Kenya.", "")]
    // Near miss: a year after a preposition or a month is a time.
    [InlineData("In 2015, Kenyan President Peter Mwangi visited India. Kenya and India trade.", "Peter Mwangi|President KE>IN 2015..2015")]
    public void A_year_in_a_name_dates_nothing(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // A host who welcomes an official of the other side receives that official's trip.
    [InlineData("Egyptian Prime Minister Omar Fathy welcomed Jordanian Prime Minister Sami Haddad at Cairo International Airport on March 6.",
        "Sami Haddad|Prime Minister JO>EG 2024-03-06..2024-03-06")]
    [InlineData("Egyptian President Omar Fathy welcomed Jordan's Prime Minister Sami Haddad to Cairo on 25 June 2023.",
        "Sami Haddad|Prime Minister JO>EG 2023-06-25..2023-06-25")]
    [InlineData("Jordanian Prime Minister Sami Haddad was welcomed by Egyptian Prime Minister Omar Fathy in Cairo on March 6.",
        "Sami Haddad|Prime Minister JO>EG 2024-03-06..2024-03-06")]
    // Near misses: welcoming a thing, or welcoming from afar.
    [InlineData("Egyptian Prime Minister Omar Fathy welcomed the decision of Jordanian Prime Minister Sami Haddad on March 6.", "")]
    [InlineData("Egyptian Prime Minister Omar Fathy welcomed Jordanian Prime Minister Sami Haddad virtually on March 6.", "")]
    [InlineData("Egyptian Prime Minister Omar Fathy welcomed Jordanian Prime Minister Sami Haddad's decision on March 6.", "")]
    [InlineData("Egyptian Prime Minister Omar Fathy welcomed Jordanian Prime Minister Sami Haddad by telephone on March 6.", "")]
    public void A_welcome_is_a_reception(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // An official called "visiting" is on a trip to the other side, in the month of the day the clause tells.
    [InlineData("The talks between visiting Chinese Foreign Minister Wang Li and Indian Foreign Minister Ravi Kumar stretched past three hours on March 3.",
        "Wang Li|Foreign Minister CN>IN 2024-03..2024-03")]
    [InlineData("Visiting Chinese Foreign Minister Wang Li met Indian Prime Minister Ravi Kumar in New Delhi on February 27.",
        "Wang Li|Foreign Minister CN>IN 2024-02..2024-02")]
    [InlineData("India and China agreed to talk. Visiting Deputy Prime Minister Wang Li met with the Speaker of the Indian Parliament Ravi Kumar in New Delhi on March 5.",
        "Wang Li|Deputy Prime Minister CN>IN 2024-03..2024-03")]
    // Near misses: the verb "was visiting" is read as such; no date, or a place at home, gives nothing.
    [InlineData("Visiting Chinese Foreign Minister Wang Li met Indian Prime Minister Ravi Kumar.", "")]
    [InlineData("Visiting Chinese Foreign Minister Wang Li spoke in Beijing on March 5 about India.", "")]
    [InlineData("While visiting Chinese Foreign Minister Wang Li on March 5, the Indian envoy praised trade.", "")]
    public void A_visiting_official_is_on_a_trip(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, VisitLine));

    [Theory]
    // A date after "since" starts a span: it dates no meeting.
    [InlineData("Indian Prime Minister Ravi Kumar welcomed Kenyan President Peter Mwangi's second visit since his last one in May 2013.", "")]
    [InlineData("Indian Prime Minister Ravi Kumar and Kenyan President Peter Mwangi have met ten times since 2015.", "")]
    [InlineData("Since 2019, Indian Prime Minister Ravi Kumar has met Kenyan President Peter Mwangi five times.", "")]
    [InlineData("Indian Prime Minister Ravi Kumar met Kenyan President Peter Mwangi on March 4, their first talks since 2019.",
        "Peter Mwangi/KE,Ravi Kumar/IN 2024-03-04")]
    public void A_date_after_since_dates_no_meeting(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, MeetingLine));

    [Theory]
    // A clause framed "As part of her visit," took place on the trip told before, a host's sentence included.
    [InlineData("Timorese Foreign Minister Jose Soares hosted Australian Foreign Minister Anna Clark from 29 to 31 July 2023 in Dili. As part of her visit, Clark met with Timorese President Rui Lopes.",
        "Anna Clark/AU,Jose Soares/TL 2023-07-29 Dili; Anna Clark/AU,Rui Lopes/TL 2023-07 Dili")]
    [InlineData("Australian Foreign Minister Anna Clark visited Timor-Leste in July 2023. As part of the visit, Clark held talks with Timorese President Rui Lopes.",
        "Anna Clark/AU,Rui Lopes/TL 2023-07")]
    [InlineData("Australian Foreign Minister Anna Clark toured Timor-Leste on 4 July 2023. Within the framework of the visit, Clark met Timorese President Rui Lopes.",
        "Anna Clark/AU,Rui Lopes/TL 2023-07-04")]
    // Near miss: a frame with no dated trip before it.
    [InlineData("Australian Foreign Minister Anna Clark praised Timor-Leste. As part of her visit, Clark met with Timorese President Rui Lopes.", "")]
    public void A_meeting_framed_by_a_trip_takes_its_date(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, MeetingLine));
}
