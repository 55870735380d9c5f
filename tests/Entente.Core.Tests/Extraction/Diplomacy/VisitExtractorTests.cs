using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Diplomacy;

public sealed class VisitExtractorTests
{
    private static string Line(Visit v) =>
        $"{v.Visitor.Name ?? "-"}|{v.Visitor.Office} {v.From}>{v.To} {v.Dates.Start}..{v.Dates.End} {v.Kind}".TrimEnd();

    [Theory]
    // A trip that starts after the story's date (March 10, 2024) had not happened when told: it is planned; one begun by then is not.
    [InlineData("Kenyan President Peter Mwangi will pay a state visit to India on April 2-3, 2024.", "KE>IN 2024-04-02 planned")]
    [InlineData("Kenyan President Peter Mwangi is due in New Delhi from 14 to 16 March 2024 for talks. Kenya and India trade tea.", "KE>IN 2024-03-14 planned")]
    [InlineData("Indian Prime Minister Ravi Kumar hosts Kenyan President Peter Mwangi, who arrives for an official visit to India in May 2024.", "KE>IN 2024-05 planned")]
    [InlineData("Kenyan President Peter Mwangi paid a state visit to India on March 8-11, 2024.", "KE>IN 2024-03-08 -")]
    [InlineData("Kenyan President Peter Mwangi visited India in March 2024. Kenya and India signed deals.", "KE>IN 2024-03 -")]
    [InlineData("Kenyan President Peter Mwangi paid a state visit to India on 4 February 2024.", "KE>IN 2024-02-04 -")]
    public void A_trip_after_the_story_date_is_planned(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, v => $"{v.From}>{v.To} {v.Dates.Start} {v.Status ?? "-"}"));

    [Theory]
    // A trip told by a past verb was made by the story's date (March 10, 2024): a plan word of another predicate in its clause
    // neither moves its year-less day into next year nor drops the past year it names.
    [InlineData("Chilean Foreign Minister Ana Rojas's planned tour begins a month after Thai Commerce Minister Niran Suk visited Santiago on February 8-9. Chile and Thailand trade.",
        "TH>CL 2024-02-08 -")]
    [InlineData("Chilean President Jose Vidal will travel to Thailand next month, a year after Thai Prime Minister Niran Suk visited Chile in 2023. Chile and Thailand trade.",
        "TH>CL 2023 -")]
    [InlineData("The upcoming talks build on the work done when Thai Commerce Minister Niran Suk was in Santiago on 4 March. Chile and Thailand trade.",
        "TH>CL 2024-03-04 -")]
    [InlineData("Thai Commerce Minister Niran Suk arrived in Santiago on 6 March and will meet Chilean officials until Friday. Chile and Thailand trade.",
        "TH>CL 2024-03-06 -")]
    // Days near publication and years counted from it are left as read: "next year" is the plan's, Wednesday the trip's.
    [InlineData("Chilean President Jose Vidal agreed with Thai Commerce Minister Niran Suk, who visited Santiago on Wednesday, that talks will be held next year. Chile and Thailand trade.",
        "TH>CL 2024-03-06 -")]
    // Near miss: a trip told by a plan word of its own is still to come.
    [InlineData("Thai Commerce Minister Niran Suk will visit Santiago on February 8-9. Chile and Thailand trade.", "TH>CL 2025-02-08 planned")]
    public void A_trip_told_by_a_past_verb_is_not_dated_by_another_predicates_plan(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, v => $"{v.From}>{v.To} {v.Dates.Start} {v.Status ?? "-"}"));

    [Theory]
    // A host's verb as a participle with "by" is passive: the one honoured is the guest, the host stays home.
    [InlineData("Kenyan Trade Minister Jane Achieng spoke at a banquet hosted by Indian Prime Minister Ravi Kumar in her honour on March 5.",
        "Jane Achieng|Trade Minister KE>IN 2024-03-05..2024-03-05")]
    [InlineData("On March 5, Kenyan Trade Minister Jane Achieng attended a dinner hosted by Indian Prime Minister Ravi Kumar.",
        "Jane Achieng|Trade Minister KE>IN 2024-03-05..2024-03-05")]
    [InlineData("Indian Prime Minister Ravi Kumar hosted Kenyan Trade Minister Jane Achieng at a dinner on March 5.",
        "Jane Achieng|Trade Minister KE>IN 2024-03-05..2024-03-05")]
    public void A_host_verb_with_by_is_passive(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A trip told as done is never dated by a later year the sentence names for something else; a past year still dates it.
    [InlineData("Chile backs Poland's seat for the term 2027-2028, days after Chilean Foreign Minister Ana Rojas visited Poland.", "")]
    [InlineData("Chile backs Poland's seat for the term 2027-2028, after Chilean Foreign Minister Ana Rojas visited Poland in 2023.",
        "Ana Rojas|Foreign Minister CL>PL 2023..2023")]
    // A common noun in the possessive owns the trip: whose it is stays unclear, so no visit; a name or "the latter's" is the official's.
    [InlineData("Kenyan Foreign Minister Jane Achieng said she welcomed her counterpart's visit in March 2024. Kenya and India signed deals.", "")]
    [InlineData("Indian Foreign Minister Ravi Kumar praised the guest's two-day visit to Kenya in June 2023. Kenya and India trade.", "")]
    [InlineData("Kenyan President Peter Mwangi recalled his host’s state visit in 2019. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi Jr.'s state visit to India in 2022 opened a new chapter. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2022..2022 state")]
    [InlineData("Indian Prime Minister Rahul Mehta met Kenyan President Peter Mwangi during the latter's official visit to India in February 2017.",
        "Peter Mwangi|President KE>IN 2017-02..2017-02 official")]
    // An office of one country is named only by an official known to serve that country, not by one of the same title and no country.
    [InlineData("Kenya and India signed deals. The Minister of Foreign Affairs of Kenya will visit India on June 8, 2024, when Minister of Foreign Affairs Ravi Kumar hosts a lunch.",
        "-|Minister of Foreign Affairs KE>IN 2024-06-08..2024-06-08")]
    [InlineData("Kenyan Minister of Foreign Affairs Jane Achieng spoke. The Minister of Foreign Affairs of Kenya will visit India on June 8, 2024. Kenya and India signed deals.",
        "Jane Achieng|Minister of Foreign Affairs KE>IN 2024-06-08..2024-06-08")]
    [InlineData("The forthcoming state visit to Mongolia by Party General Secretary Nguyen Van An from May 11–12 will boost ties between Vietnam and Mongolia.",
        "Nguyen Van An|Party General Secretary VN>MN 2024-05-11..2024-05-12 state")]
    [InlineData("Agreements were signed during the visit to Vietnam by the Belarusian President in 2008. Belarus and Vietnam trade.",
        "-|President BY>VN 2008..2008")]
    [InlineData("A result of Belarusian Deputy Prime Minister Igor Petrov's visit to Vietnam in September 2019 was a truck plant.",
        "Igor Petrov|Deputy Prime Minister BY>VN 2019-09..2019-09")]
    [InlineData("Indian Prime Minister Rahul Mehta arrived in Moscow on March 4 for a two-day official visit. Russia and India trade oil.",
        "Rahul Mehta|Prime Minister IN>RU 2024-03-04..2024-03-05 official")]
    [InlineData("Vietnamese Deputy Prime Minister Le Van Son arrived in Astana on March 4 for an official visit to Kazakhstan lasting until March 6.",
        "Le Van Son|Deputy Prime Minister VN>KZ 2024-03-04..2024-03-06 official")]
    [InlineData("Mongolian President Bat Erdene is due in Tokyo for a state visit from November 28 to December 1. Japan and Mongolia are partners.",
        "Bat Erdene|President MN>JP 2024-11-28..2024-12-01 state")]
    [InlineData("Chilean Foreign Minister Ana Rojas was in Bangkok on a working visit from 3 to 5 March 2024. Thailand and Chile trade.",
        "Ana Rojas|Foreign Minister CL>TH 2024-03-03..2024-03-05 working")]
    [InlineData("Then-Prime Minister Kenji Sato came to Ulaanbaatar in August 2015. Japan and Mongolia are partners. Japan sent aid to Mongolia.",
        "Kenji Sato|Prime Minister JP>MN 2015-08..2015-08")]
    [InlineData("Kenyan President Peter Mwangi visited India in June 2016. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2016-06..2016-06")]
    [InlineData("Turkish Deputy Foreign Minister Emre Kaya, who arrived in Addis Ababa on March 2 for a three-day working visit, met Ethiopian officials.",
        "Emre Kaya|Deputy Foreign Minister TR>ET 2024-03-02..2024-03-04 working")]
    [InlineData("Egyptian Prime Minister Omar Fathy paid an official visit to Hungary on 5–6 February 2024. Hungary and Egypt agreed to cooperate.",
        "Omar Fathy|Prime Minister EG>HU 2024-02-05..2024-02-06 official")]
    // The clause's subject is the visitor; the city names the destination.
    [InlineData("Thai Commerce Minister Niran Suk told business leaders in Santiago during a visit that ran from March 4 to 6. Chile and Thailand trade.",
        "Niran Suk|Commerce Minister TH>CL 2024-03-04..2024-03-06")]
    [InlineData("Indian Foreign Minister Ravi Kumar will be in Nairobi on 13th and 14th March to open a school. Kenya welcomed India's help.",
        "Ravi Kumar|Foreign Minister IN>KE 2024-03-13..2024-03-14")]
    // Two sentences about one trip give one visit.
    [InlineData("Brazilian Foreign Minister Lucia Prado arrived in Luanda on March 4. Prado's official visit to Angola lasts until March 6.",
        "Lucia Prado|Foreign Minister BR>AO 2024-03-04..2024-03-06 official")]
    // A shorter form of the visitor's name in another sentence is the same trip.
    [InlineData("Kenyan President Peter Otieno Mwangi arrived in New Delhi on March 4 for a two-day state visit. Photo: President Peter Mwangi in New Delhi on March 4 during President Mwangi's visit. Kenya and India signed deals.",
        "Peter Otieno Mwangi|President KE>IN 2024-03-04..2024-03-05 state")]
    // ... but two people of one side with different names make two trips.
    [InlineData("Kenyan President Peter Mwangi arrived in New Delhi on March 4. Kenyan Foreign Minister Jane Achieng arrived in New Delhi on March 4. Kenya and India signed deals.",
        "Jane Achieng|Foreign Minister KE>IN 2024-03-04..2024-03-04; Peter Mwangi|President KE>IN 2024-03-04..2024-03-04")]
    // An act during a trip dates the act, not the trip's first day; a date in the trip's own phrase is the trip's.
    [InlineData("On March 4, Kenya and India signed ten agreements during Kenyan President Peter Mwangi's state visit to India.", "")]
    [InlineData("Kenya and India signed ten agreements during Kenyan President Peter Mwangi's state visit to India from March 3 to 5.",
        "Peter Mwangi|President KE>IN 2024-03-03..2024-03-05 state")]
    // A concluded trip: its date is the last day, which completes the trip's other reading ...
    [InlineData("Kenyan President Peter Mwangi arrived in New Delhi on March 2. Mwangi concluded his state visit to India on March 4. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-02..2024-03-04 state")]
    // ... and, with no other reading, leaves the first day unknown, early or late in the month: nothing.
    [InlineData("Kenyan President Peter Mwangi on March 4 concluded a state visit to India. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi on March 14 concluded a state visit to India. Kenya and India signed deals.", "")]
    [InlineData("On Friday, March 8, Kenyan President Peter Mwangi wrapped up his trip to India. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi ended his official visit to India on 9 March. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi flew to India on March 6. He ended his official visit to India on 9 March. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-06..2024-03-09 official")]
    // A date right before the trip word, with the first one after it far on in what the sentence goes on to tell.
    [InlineData("Kenyan Foreign Minister Jane Achieng on Monday (March 4) began a visit to India as part of a tour to prepare the summit her country hosts later this year.",
        "Jane Achieng|Foreign Minister KE>IN 2024-03-04..2024-03-04")]
    // A span of years (an anniversary, a plan's term) or a year that names another thing dates no trip ...
    [InlineData("Kenyan President Peter Mwangi said his visit to India comes as both nations mark the tenth year of their partnership (2014-2024).", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas visited Poland ahead of the partnership's twentieth anniversary, 2005-2025.", "")]
    [InlineData("Kenyan President Peter Mwangi also visited the grounds where the 2027 Expo will open in India.", "")]
    [InlineData("During the visit to Poland, Chilean Foreign Minister Ana Rojas discussed their 2030 targets.", "")]
    // ... while a year of the trip itself, or a year before the trip word, still dates it.
    [InlineData("Kenyan President Peter Mwangi visited the grounds of the Expo in India in 2023.", "Peter Mwangi|President KE>IN 2023..2023")]
    [InlineData("The 2019 visit to Poland by Chilean Foreign Minister Ana Rojas opened new trade.", "Ana Rojas|Foreign Minister CL>PL 2019..2019")]

    [InlineData("The President of Chile visited Poland in 2019. Chile and Poland trade.", "-|President CL>PL 2019..2019")]
    // The one who invites is the host, not the visitor.
    [InlineData("Kenyan President Peter Mwangi visited New Delhi at the invitation of Indian Prime Minister Rahul Mehta on March 4.",
        "Peter Mwangi|President KE>IN 2024-03-04..2024-03-04")]
    // Two officials in apposition, each with the office and country after the name: the visitor is from his own country.
    [InlineData("At the invitation of His Excellency Rahul Mehta, Prime Minister of the Republic of India, His Excellency Peter Mwangi, President of the Republic of Kenya, paid a state visit to India from 4 to 6 March 2024.",
        "Peter Mwangi|President of the Republic KE>IN 2024-03-04..2024-03-06 state")]
    // A trip phrase opening the clause belongs to the official named right after its closing comma ...
    [InlineData("On an official visit to India from March 3 to 5, 2024, Kenyan President Peter Mwangi held talks with business leaders.",
        "Peter Mwangi|President KE>IN 2024-03-03..2024-03-05 official")]
    // ... not to one named further on.
    [InlineData("On an official visit to India from March 3 to 5, 2024, a delegation of traders met Kenyan President Peter Mwangi.", "")]
    // Negatives: a third country, a hypothesis, no visitor, no date.
    // Leading a trade mission abroad is a trip.
    [InlineData("Chilean Minister of Agriculture Rosa Medina, who led a trade mission to Warsaw from March 3 to 6, praised Polish buyers.",
        "Rosa Medina|Minister of Agriculture CL>PL 2024-03-03..2024-03-06")]
    // A delegation's leader staying in the other country; a "Minister of Lands" is an office.
    [InlineData("The Chilean delegation led by Minister of Lands Rosa Medina is staying in Poland on 4-7 March.",
        "Rosa Medina|Minister of Lands CL>PL 2024-03-04..2024-03-07")]
    [InlineData("Chilean Minister of Agriculture Rosa Medina led a delegation to the talks with Poland on March 3.", "")]
    // "The Vice Minister" is the one vice minister the article names.
    [InlineData("Chilean Vice Minister of Foreign Affairs Pablo Ruiz met Polish officials. The Vice Minister is on an official visit to Poland from 4 to 7 March 2024.",
        "Pablo Ruiz|Vice Minister of Foreign Affairs CL>PL 2024-03-04..2024-03-07 official")]
    [InlineData("Vietnam and Kazakhstan agreed to cooperate. Vietnamese Deputy Prime Minister Le Van Son will travel to Tashkent on March 7.", "")]
    [InlineData("Ties between Brazil and China could grow if a planned presidential visit goes ahead in 2025.", "")]
    [InlineData("During the visit in 2023, Poland and Indonesia signed two agreements.", "")]
    // A past trip the story sets apart from its news, with no date of its own.
    [InlineData("Kenyan President Peter Mwangi's recent visit to India was a success. Kenya and India signed deals.", "")]
    // A date after "since" dates an earlier event, not the trip.
    [InlineData("Kenyan President Peter Mwangi's trip to India is his first since he took office on June 4, 2022. Kenya and India signed deals.", "")]
    // ... as does one after "after" with taking up an office; a date before that link is still the trip's.
    [InlineData("Polish Foreign Minister Jan Nowak visited Chile for the first time after becoming minister in May 2023. Chile and Poland trade.", "")]
    [InlineData("Chilean President Rosa Medina travelled to Poland, her first trip abroad after taking office in March 2023. Chile and Poland trade.", "")]
    [InlineData("Chilean President Rosa Medina visited Poland shortly after her election in December 2023. Chile and Poland trade copper.", "")]
    [InlineData("Chilean President Rosa Medina visited Poland in May 2023, soon after becoming president. Chile and Poland trade copper.",
        "Rosa Medina|President CL>PL 2023-05..2023-05")]
    // A trip counted as the first after or following an event: a date past that link is the event's, whatever the event.
    [InlineData("This is Chilean President Rosa Medina's first state visit to Poland after her inauguration in 2019. Chile and Poland trade copper.", "")]
    [InlineData("It was the maiden trip to Poland by Chilean President Rosa Medina after the floods of March 2021. Chile and Poland trade.", "")]
    [InlineData("In May 2023 Chilean President Rosa Medina paid a state visit to Poland, the first to Poland following her re-election in 2021. Chile and Poland trade.",
        "Rosa Medina|President CL>PL 2023-05..2023-05 state")]
    // ... but without the count, a date after "after" is still the trip's.
    [InlineData("Chilean President Rosa Medina visited Poland after the summit, on 4 May 2023. Chile and Poland trade copper.",
        "Rosa Medina|President CL>PL 2023-05-04..2023-05-04")]
    // One who travels to both countries of the pair is from neither.
    [InlineData("Prime Minister Anna Virtanen will visit Sweden on March 12 and Estonia on March 14. Sweden and Estonia are neighbours.", "")]
    [InlineData("Prime Minister Anna Virtanen made her first visit to Sweden on March 4 and to Estonia on March 6. Sweden and Estonia are neighbours.", "")]
    [InlineData("Foreign Minister Anna Virtanen travelled to Estonia on March 4 and to Sweden on March 5. Sweden and Estonia are neighbours.", "")]
    // ... but two trips in one sentence, each to one side, are two visits.
    [InlineData("The visit to Chile by Ghanaian President Kofi Mensah in May 2017 and the visit to Accra by Chilean President Rosa Medina in April 2016 helped.",
        "Kofi Mensah|President GH>CL 2017-05..2017-05; Rosa Medina|President CL>GH 2016-04..2016-04")]
    // A host receiving an official of the other side is that official's trip to the host's country, active or passive.
    [InlineData("Kenyan President Peter Mwangi hosted Indian Prime Minister Rahul Mehta at State House on March 4. Kenya and India signed deals.",
        "Rahul Mehta|Prime Minister IN>KE 2024-03-04..2024-03-04")]
    [InlineData("Indian Prime Minister Rahul Mehta was received by Kenyan President Peter Mwangi in Nairobi on March 4. Kenya and India signed deals.",
        "Rahul Mehta|Prime Minister IN>KE 2024-03-04..2024-03-04")]
    [InlineData("Today, Foreign Minister Ana Rojas received the Foreign Minister of Peru, Luis Campos, at the ministry. Chile and Peru signed deals.",
        "Luis Campos|Foreign Minister PE>CL 2024-03-10..2024-03-10")]
    [InlineData("Kenyan President Peter Mwangi received at his office on March 4 Indian Foreign Minister Ravi Kumar. Kenya and India signed deals.",
        "Ravi Kumar|Foreign Minister IN>KE 2024-03-04..2024-03-04")]
    // ... not a call, letter or credentials received, nor a reception at a summit or in the guest's country, nor one of the host's own side.
    [InlineData("Kenyan President Peter Mwangi received a phone call from Indian Prime Minister Rahul Mehta on March 4. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi received the letter of Indian Prime Minister Rahul Mehta on March 4. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi received Indian Prime Minister Rahul Mehta on the sidelines of the summit on March 4. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi was received by Indian Prime Minister Rahul Mehta in Nairobi on March 4. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi received Kenyan Foreign Minister Jane Achieng on March 4. Kenya and India signed deals.", "")]
    // A resident ambassador received by the host, or touring the host's country, makes no trip between the two; a minister does.
    [InlineData("Kenyan President Peter Mwangi received the outgoing Indian Ambassador Ravi Kumar in Nairobi on March 4. Kenya and India signed deals.", "")]
    [InlineData("On March 4 the Speaker of Kenya's parliament, Jane Achieng, received Ravi Kumar, Ambassador Extraordinary and Plenipotentiary of India to Kenya. Kenya and India trade.", "")]
    [InlineData("Indian Ambassador Ravi Kumar visited Kenya's coast in Mombasa on March 4 to open a school. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi received Indian Foreign Minister Ravi Kumar in Nairobi on March 4. Kenya and India signed deals.",
        "Ravi Kumar|Foreign Minister IN>KE 2024-03-04..2024-03-04")]
    [InlineData("Indian Special Envoy Ravi Kumar visited Kenya on March 4 to open talks. Kenya and India signed deals.",
        "Ravi Kumar|Special Envoy IN>KE 2024-03-04..2024-03-04")]
    // A trip planned but put off or called off never happened.
    [InlineData("Kenyan President Peter Mwangi had planned to visit India in May 2023 but postponed the trip. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi's state visit to India in May 2023 was cancelled at the last minute. Kenya and India signed deals.", "")]
    [InlineData("Kenya called off the visit to India by Kenyan President Peter Mwangi in May 2023. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi visited India in May 2023 as planned. Kenya and India signed deals.", "Peter Mwangi|President KE>IN 2023-05..2023-05")]
    // A trip to a named place that is not of the pair is a trip elsewhere; a country described, not named, is still the other side.
    [InlineData("Indian Foreign Minister Ravi Kumar will begin a five-day trip to South America on March 12 to seek support. Kenya and India signed deals.", "")]
    [InlineData("Indian Foreign Minister Ravi Kumar began a tour to Latin America on March 4. Kenya and India signed deals.", "")]
    [InlineData("Indian Foreign Minister Ravi Kumar began a visit to the East African nation on March 4. Kenya and India signed deals.",
        "Ravi Kumar|Foreign Minister IN>KE 2024-03-04..2024-03-04")]
    // A weekday governed by a past arrival verb has come, whatever plan the sentence tells after it.
    [InlineData("Indian Prime Minister Rahul Mehta arrived in Nairobi late Saturday for a two-day visit, during which he will open a railway. Kenya and India signed deals.",
        "Rahul Mehta|Prime Minister IN>KE 2024-03-09..2024-03-10")]
    [InlineData("Indian Prime Minister Rahul Mehta flew to Nairobi on Friday, and the two leaders will sign a railway deal. Kenya and India signed deals.",
        "Rahul Mehta|Prime Minister IN>KE 2024-03-08..2024-03-08")]
    [InlineData("Indian Prime Minister Rahul Mehta will travel to Nairobi on Saturday for a two-day visit. Kenya and India signed deals.",
        "Rahul Mehta|Prime Minister IN>KE 2024-03-16..2024-03-17")]
    [InlineData("Kenyan President Peter Mwangi was initially scheduled to visit India in May 2023, but the trip was put off. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi was supposed to visit India in May 2023. Kenya and India signed deals.", "")]
    // A trip concluded on a day, told with its length, began the days before that day.
    [InlineData("Chilean President Rosa Medina on March 6 concluded her two-day official visit to Poland.", "Rosa Medina|President CL>PL 2024-03-05..2024-03-06 official")]
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina on March 6 wrapped up a three-day state visit to Warsaw.", "Rosa Medina|President CL>PL 2024-03-04..2024-03-06 state")]
    [InlineData("On March 6, Chilean President Rosa Medina ended her four-day working visit to Poland.", "Rosa Medina|President CL>PL 2024-03-03..2024-03-06 working")]
    [InlineData("Chilean President Rosa Medina on March 6 began a two-day official visit to Poland.", "Rosa Medina|President CL>PL 2024-03-06..2024-03-07 official")]
    // A leaving for a named place of the other side starts the trip there; one for home or for no place is no trip.
    [InlineData("Kenya and India trade tea. Kenyan President Peter Mwangi left for New Delhi on Tuesday to open a trade fair.",
        "Peter Mwangi|President KE>IN 2024-03-05..2024-03-05")]
    [InlineData("Kenyan President Peter Mwangi departed for India on March 4 to attend a summit. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-04..2024-03-04")]
    [InlineData("Kenyan President Peter Mwangi leaves for New Delhi on March 12 for talks. Kenya and India trade tea.",
        "Peter Mwangi|President KE>IN 2024-03-12..2024-03-12")]
    [InlineData("Kenyan President Peter Mwangi left for Nairobi on March 6 after talks with Indian leaders. Kenya and India trade tea.", "")]
    [InlineData("Kenyan President Peter Mwangi left for home on March 6. Kenya and India trade tea.", "")]
    // The same with the ending told as a participle after a leaving: the leaving's day is the stay's last.
    [InlineData("Chilean President Rosa Medina left Warsaw on March 6, concluding her two-day official visit to Poland.", "Rosa Medina|President CL>PL 2024-03-05..2024-03-06 official")]
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina flew out of Poland on March 6, wrapping up a three-day state visit.",
        "Rosa Medina|President CL>PL 2024-03-04..2024-03-06 state")]
    [InlineData("Chile and Poland trade copper. On March 6 Chilean President Rosa Medina departed from Warsaw, ending her four-day working visit to Poland.",
        "Rosa Medina|President CL>PL 2024-03-03..2024-03-06 working")]
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina left Krakow on March 6, completing a two-day official visit to Poland.",
        "Rosa Medina|President CL>PL 2024-03-05..2024-03-06 official")]
    // "visited X" names where the trip went: a country outside the pair is no trip between the two; a trip whose clause names
    // only countries outside the pair as where it goes is a trip elsewhere.
    [InlineData("Chile and Poland trade copper. Polish President Jan Nowak visited Lithuania in May 2023.", "")]
    [InlineData("Chile and Poland trade copper. Polish President Jan Nowak visited Chile in May 2023.", "Jan Nowak|President PL>CL 2023-05..2023-05")]
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina will make her first visit to the continent in May, travelling to France and Spain.", "")]
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina made a tour of the region in May 2023, visiting Germany and Italy.", "")]
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina will make her first visit to the continent in May, travelling to Poland.", "Rosa Medina|President CL>PL 2024-05..2024-05")]
    // A date after "following/after his visit" dates that other trip, not the one the clause tells.
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina invited Jan Nowak of Poland for a state visit following his visit to Peru in October 2022.", "")]
    [InlineData("Chile and Poland trade copper. Polish President Jan Nowak will pay a visit to Chile after his visit to Peru in October.", "")]
    [InlineData("Chile and Poland trade copper. Polish President Jan Nowak paid a state visit to Chile in October 2022.", "Jan Nowak|President PL>CL 2022-10..2022-10 state")]
    // A date before a reporting verb that leads to the trip word dates the saying, not the trip.
    [InlineData("Chilean President Rosa Medina on Monday said her recent visit to Poland had borne fruit.", "")]
    [InlineData("Polish President Jan Nowak is due to make a state visit to Chile next month, his office announced on March 7.", "Jan Nowak|President PL>CL 2024-04..2024-04 state")]
    [InlineData("Chilean President Rosa Medina told reporters on March 7 that her visit to Poland had borne fruit.", "")]
    // A date past a reporting verb that closes a quote (", said …") or points to it ("said this") is the saying's, not the trip's.
    [InlineData("Chilean President Rosa Medina will make a state visit to Poland shortly, said a government statement on Tuesday, leaving the dates open.", "")]
    [InlineData("Chilean President Rosa Medina is expected to travel to Poland soon, announced her office Friday without naming the day of her trip.", "")]
    [InlineData("Chile's envoy to Poland, Ana Rojas, said this at a press briefing ahead of the official visit by Chilean President Rosa Medina to Poland on Thursday.", "")]
    [InlineData("Chilean Trade Minister Ana Rojas stated this during a briefing for President Rosa Medina's trip to Poland in Santiago on March 6.", "")]
    [InlineData("Polish Deputy Minister Jan Nowak noted these facts at the briefing on the state visit of Chilean President Rosa Medina to Poland on Monday. Chile and Poland trade.", "")]
    // Near misses: the trip's own date before the closing verb, or after a comma that ends the attribution.
    [InlineData("Chilean President Rosa Medina will make a state visit to Poland on March 12, said a government statement on Tuesday.",
        "Rosa Medina|President CL>PL 2024-03-12..2024-03-12 state")]
    [InlineData("Ana Rojas said this, and Chilean President Rosa Medina visited Poland on March 4.",
        "Rosa Medina|President CL>PL 2024-03-04..2024-03-04")]
    // Near miss: the date of the trip itself, before the saying.
    [InlineData("Chilean President Rosa Medina paid a visit to Poland on March 4, her office said.", "Rosa Medina|President CL>PL 2024-03-04..2024-03-04")]
    // A date in a "when" clause of another subject tells of that clause; "where he arrived on" still tells of the trip.
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina's trip built on the dialogue begun when Polish President Jan Nowak took office in October 2021.", "")]
    [InlineData("Chile and Poland trade copper. Chilean President Rosa Medina, who is on a working visit in Warsaw, Poland where she arrived on March 4, met Polish President Jan Nowak.",
        "Rosa Medina|President CL>PL 2024-03-04..2024-03-04 working")]
    [InlineData("Chile and Poland agreed to trade more during a visit to Warsaw by Chilean Trade Minister Ana Rojas, who met Polish Trade Minister Jan Nowak on March 4.",
        "Ana Rojas|Trade Minister CL>PL 2024-03-04..2024-03-04")]
    // "by" past another trip word tells who made that other trip; "Rt. Hon" is no name.
    [InlineData("Chile and Poland trade copper. Chilean Foreign Minister Ana Rojas's visit to Poland in 2023 as well as the trips to Peru made by Polish Trade Minister Jan Nowak deepened ties.",
        "Ana Rojas|Foreign Minister CL>PL 2023..2023")]
    [InlineData("Polish Prime Minister Jan Nowak hosted Chilean Prime Minister Rt. Hon Rosa Medina on an official visit to Poland from 4 to 6 March 2024.",
        "Rosa Medina|Prime Minister CL>PL 2024-03-04..2024-03-06 official")]
    [InlineData("Polish Prime Minister Jan Nowak hosted Chilean Prime Minister Rt Hon Rosa Medina on an official visit to Poland from 4 to 6 March 2024.",
        "Rosa Medina|Prime Minister CL>PL 2024-03-04..2024-03-06 official")]
    public void ReadsVisitorRouteDatesAndKind(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A trip whose visitor is a bare office is the trip of the one holder of that office and country named before.
    [InlineData("Greek Prime Minister Nikos Pappas spoke of trade with Israel. The Greek prime minister's visit to Israel on March 4 was his first abroad.",
        "Nikos Pappas|Prime Minister GR>IL 2024-03-04..2024-03-04")]
    [InlineData("Uzbek President Timur Karimov praised ties with Kenya. On March 5, the Uzbek president arrived in Nairobi.",
        "Timur Karimov|President UZ>KE 2024-03-05..2024-03-05")]
    [InlineData("Iranian President Reza Moradi thanked Iraq. The visit of the president of Iran to Baghdad from March 4 to 6 ended with deals.",
        "Reza Moradi|President IR>IQ 2024-03-04..2024-03-06")]
    // Two presidents of that country named before leave it open; an arrival the sentence does not date is of the story's day.
    [InlineData("Uzbek President Timur Karimov and Uzbek President Aziz Rahimov met in Kenya. On March 5, the Uzbek president arrived in Nairobi.", "")]
    [InlineData("Uzbek President Timur Karimov praised ties with Kenya. The Uzbek president arrived in Nairobi.",
        "Timur Karimov|President UZ>KE 2024-03-10..2024-03-10")]
    public void A_bare_office_as_visitor_is_the_one_holder_named_before(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Fact]
    public void A_trip_dated_only_in_a_publication_year_guessed_from_the_text_gives_nothing()
    {
        const string body = "Kenyan President Peter Mwangi arrived in New Delhi on March 4 for a state visit. Kenya and India traded $2 million in 2022.";
        Assert.Single(DiplomacyFacts.Of<Visit>(DiplomacyFacts.Article(body)));
        Assert.Empty(DiplomacyFacts.Of<Visit>($"News\n\n{body}\n"));
        const string dated = "Kenyan President Peter Mwangi arrived in New Delhi on March 4, 2022 for a state visit. Kenya and India traded $2 million in 2022.";
        Assert.Equal("2022-03-04", Assert.Single(DiplomacyFacts.Of<Visit>($"News\n\n{dated}\n")).Dates.Start);
        // An announced trip comes in the article's own year, even one guessed from its text.
        const string upcoming = "The upcoming state visit to India by Kenyan President Peter Mwangi from May 11-12 will deepen ties. Kenya and India traded $2 million in 2022.";
        Assert.Equal("2022-05-11", Assert.Single(DiplomacyFacts.Of<Visit>($"News\n\n{upcoming}\n")).Dates.Start);
    }

    [Theory]
    // "is set to" tells a plan: a weekday names the coming one (the story is of Sunday, March 10); told as done, the past one.
    [InlineData("Kenyan President Peter Mwangi is set to begin a two-day state visit to India on Tuesday. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-12..2024-03-13 state")]
    [InlineData("On Wednesday, Kenyan President Peter Mwangi is set to fly to India for a state visit. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-13..2024-03-13 state")]
    [InlineData("Kenya and India are set to sign deals during Kenyan President Peter Mwangi's visit to India on Thursday.",
        "Peter Mwangi|President KE>IN 2024-03-14..2024-03-14")]
    [InlineData("Kenyan President Peter Mwangi began a two-day state visit to India on Tuesday. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-05..2024-03-06 state")]
    public void A_trip_that_is_set_to_begin_on_a_weekday_begins_on_the_coming_one(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Fact]
    public void A_trip_under_way_in_a_story_dated_to_the_day_began_in_the_month_of_publication()
    {
        const string body = "Kenyan President Peter Mwangi, who is on a three-day state visit to India, said a new railway could open in 2026. Kenya and India signed deals.";
        // What the visitor went on to say neither hedges the trip nor dates it.
        Assert.Equal("Peter Mwangi|President KE>IN 2024-03..2024-03 state", Line(Assert.Single(DiplomacyFacts.Of<Visit>(DiplomacyFacts.Article(body)))));
        // In the first week of a month a trip longer than the days gone by may have begun in the month before; a past trip is not under way.
        Assert.Empty(DiplomacyFacts.Of<Visit>(DiplomacyFacts.Article(body.Replace("three-day", "six-day"), "March 5, 2024")));
        Assert.Empty(DiplomacyFacts.Of<Visit>(DiplomacyFacts.Article(body.Replace("who is on", "who was on"))));
    }

    /// <summary>The visits of a story dated on the given day, one line each.</summary>
    private static string Lines(string body, string published) =>
        string.Join("; ", DiplomacyFacts.Of<Visit>(DiplomacyFacts.Article(body, published)).Select(Line));

    [Fact]
    public void A_trip_under_way_whose_stated_length_fits_in_the_month_so_far_began_in_that_month()
    {
        // On the 5th, a three-day trip under way began on the 3rd at the earliest; a six-day one may have begun in February.
        Assert.Equal("Peter Mwangi|President KE>IN 2024-03..2024-03 state",
            Lines("Kenyan President Peter Mwangi, who is on a three-day state visit to India, met business leaders. Kenya and India signed deals.", "March 5, 2024"));
        Assert.Equal("Peter Mwangi|President KE>IN 2024-03..2024-03",
            Lines("Kenyan President Peter Mwangi is currently on a 3-day visit to India. Kenya and India signed deals.", "March 3, 2024"));
        Assert.Equal("Peter Mwangi|President KE>IN 2024-03..2024-03 official",
            Lines("Kenyan President Peter Mwangi is in India on a two-day official visit. Kenya and India signed deals.", "March 2, 2024"));
        // Near miss: a trip longer than the days gone by.
        Assert.Equal("", Lines("Kenyan President Peter Mwangi is currently on a six-day visit to India. Kenya and India signed deals.", "March 5, 2024"));
    }

    [Theory]
    [InlineData("Kenyan President Peter Mwangi is currently on a visit to India. Kenya and India signed deals.", "March 5, 2024",
        "Peter Mwangi|President KE>IN 2024-03-05..2024-03-05")]
    [InlineData("Indian leaders received Kenyan Foreign Minister Jane Achieng, who is on a visit to the country. Kenya and India signed deals.", "May 21, 2024",
        "Jane Achieng|Foreign Minister KE>IN 2024-05-21..2024-05-21")]
    [InlineData("Kenyan President Peter Mwangi is in Mumbai for a working visit to India. Kenya and India signed deals.", "July 2, 2024",
        "Peter Mwangi|President KE>IN 2024-07-02..2024-07-02 working")]
    // A one-day trip under way is the day's.
    [InlineData("Kenyan President Peter Mwangi is in New Delhi on a one-day visit to India. Kenya and India signed deals.", "March 5, 2024",
        "Peter Mwangi|President KE>IN 2024-03-05..2024-03-05")]
    // Another reading that dates the trip to the days before the story gives its first day; the present tense joins it.
    [InlineData("Kenyan President Peter Mwangi arrived in New Delhi on March 3. He is visiting India at the invitation of Indian officials. Kenya and India signed deals.", "March 5, 2024",
        "Peter Mwangi|President KE>IN 2024-03-03..2024-03-03")]
    [InlineData("Kenyan President Peter Mwangi visited India from March 1 to March 2. He is visiting India at the invitation of Indian officials. Kenya and India signed deals.", "March 6, 2024",
        "Peter Mwangi|President KE>IN 2024-03-01..2024-03-02")]
    // Near miss: a trip dated more than a week before the story is another one.
    [InlineData("Kenyan President Peter Mwangi visited India from March 1 to March 2. He is visiting India at the invitation of Indian officials. Kenya and India signed deals.", "March 20, 2024",
        "Peter Mwangi|President KE>IN 2024-03-01..2024-03-02; Peter Mwangi|President KE>IN 2024-03-20..2024-03-20")]
    public void A_trip_under_way_of_no_stated_length_is_dated_by_the_day_of_the_story(string body, string published, string expected) =>
        Assert.Equal(expected, Lines(body, published));

    [Theory]
    // Leaving right after the trip phrase: the day named is the stay's last, and a stated length gives its first.
    [InlineData("Kenyan President Peter Mwangi, who is on a two-day official visit to India, will fly out today. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-09..2024-03-10 official")]
    [InlineData("Kenyan President Peter Mwangi, who is on a three-day state visit to India, leaves on Tuesday, March 12. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-10..2024-03-12 state")]
    [InlineData("Kenyan President Peter Mwangi, on a four-day visit to India, will depart on March 14. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-11..2024-03-14")]
    // Near miss: a date before the leaving is the trip's own start.
    [InlineData("Kenyan President Peter Mwangi began a two-day visit to India on March 9 and leaves for Nepal after talks. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-09..2024-03-10")]
    // "arrived to" is an arrival like "arrived in".
    [InlineData("Kenyan President Peter Mwangi arrived to India's capital New Delhi on March 4, 2024. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-04..2024-03-04")]
    [InlineData("Kenyan President Peter Mwangi arrived to New Delhi on March 4 for a state visit. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-04..2024-03-04 state")]
    // Near miss: no place of the pair after the arrival.
    [InlineData("Kenyan President Peter Mwangi arrived to a warm welcome on March 4 in Lima. Kenya and India signed deals.", "")]
    // "is in" a place of the pair is a stay under way, dated by the day of the story, or by its month when a length is stated.
    [InlineData("Kenyan President Peter Mwangi is in New Delhi for talks with Indian officials. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-10..2024-03-10")]
    [InlineData("Kenyan Foreign Minister Jane Achieng is in India for a three-day official visit. Kenya and India signed deals.",
        "Jane Achieng|Foreign Minister KE>IN 2024-03..2024-03 official")]
    [InlineData("Indian officials welcomed Kenyan President Peter Mwangi, who is in Mumbai for the opening of a port. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03-10..2024-03-10")]
    // Near misses: no place, a possessive, or a place of a third country.
    [InlineData("Kenyan President Peter Mwangi is in talks with Indian officials. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi said a port is in India's interest. Kenya and India signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi is in Lima for a summit. Kenya and India signed deals.", "")]
    public void Leaving_dates_the_last_day_and_arrived_to_is_an_arrival(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A pronoun subject takes up the one official the sentence before names, or the official who opens it as its subject.
    [InlineData("Kenyan Foreign Minister Jane Achieng spoke to reporters. She paid an official visit to India on June 4, 2023.",
        "Jane Achieng|Foreign Minister KE>IN 2023-06-04..2023-06-04 official")]
    [InlineData("Kenyan President Peter Mwangi thanked Indian Prime Minister Rahul Mehta for the talks. He recalled his state visit to New Delhi in May 2019.",
        "Peter Mwangi|President KE>IN 2019-05..2019-05 state")]
    [InlineData("H.E. Dr. Jane Achieng, Foreign Minister of Kenya, addressed the forum. She thanked the hosts for the warm welcome extended to her during her first visit to India in March 2022.",
        "Jane Achieng|Foreign Minister KE>IN 2022-03..2022-03")]
    [InlineData("Kenyan Trade Minister Jane Achieng opened the fair. Later she visited Mumbai in April 2023. Kenya and India trade tea.",
        "Jane Achieng|Trade Minister KE>IN 2023-04..2023-04")]
    // The base form after "will" is a verb of making the trip too.
    [InlineData("Kenyan Trade Minister Jane Achieng opened the fair. She will pay an official visit to India in June 2024. Kenya and India trade tea.",
        "Jane Achieng|Trade Minister KE>IN 2024-06..2024-06 official")]
    // Near misses: the trip may be another's ("welcomed the visit"), the sentence before names two people neither of whom opens it,
    // or another person stands between.
    [InlineData("Kenyan Foreign Minister Jane Achieng spoke to reporters. She welcomed the visit to India in June 2023. Kenya and India trade.", "")]
    [InlineData("The talks of Kenyan Foreign Minister Jane Achieng and Indian Foreign Minister Ravi Kumar went well. He paid an official visit to Nairobi on June 4, 2023.", "")]
    [InlineData("Kenyan Foreign Minister Jane Achieng spoke. Reporters asked about Omar Said. She said he visited India in June 2023. Kenya and India trade.", "")]
    public void A_pronoun_visitor_is_the_official_the_sentence_before_tells_of(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A trip to a list of countries is one visit to each, by the official's side; a tour of several days dates each leg by month.
    [InlineData("Kenyan President Peter Mwangi will pay visits to Ghana, Nigeria, and Senegal from April 8 to 11, 2024. Kenya and Ghana signed deals.",
        "Peter Mwangi|President KE>GH 2024-04..2024-04; Peter Mwangi|President KE>NG 2024-04..2024-04; Peter Mwangi|President KE>SN 2024-04..2024-04")]
    [InlineData("Indian Prime Minister Rahul Mehta visited Kenya and Uganda in June 2023. Kenya and India trade tea.",
        "Rahul Mehta|Prime Minister IN>KE 2023-06..2023-06; Rahul Mehta|Prime Minister IN>UG 2023-06..2023-06")]
    [InlineData("Chilean Foreign Minister Ana Rojas began a tour of Peru (Lima and Cusco) and Bolivia on 4 March 2023. Chile and Peru trade copper.",
        "Ana Rojas|Foreign Minister CL>BO 2023-03..2023-03; Ana Rojas|Foreign Minister CL>PE 2023-03..2023-03")]
    // A one-day tour holds its day for every leg; a leg the article dates itself takes its own dates.
    [InlineData("Kenyan President Peter Mwangi will make a one-day visit to Kampala and Kigali on 6 May 2024. Kenya and Uganda trade tea.",
        "Peter Mwangi|President KE>RW 2024-05-06..2024-05-06; Peter Mwangi|President KE>UG 2024-05-06..2024-05-06")]
    [InlineData("Vietnamese Prime Minister Le Van Son paid visits to Russia, Norway and Sweden from May 20 to 28, 2023. While in Norway from May 24-26, 2023, he met Norwegian leaders. Vietnam and Norway trade fish.",
        "Le Van Son|Prime Minister VN>NO 2023-05-24..2023-05-26; Le Van Son|Prime Minister VN>RU 2023-05..2023-05; Le Van Son|Prime Minister VN>SE 2023-05..2023-05")]
    // Near misses: the official's country unknown, the official's own country listed, a tour offered, a plural with no list.
    [InlineData("President Peter Mwangi visited Ghana and Nigeria in June 2023. Kenya and Ghana signed deals.", "")]
    [InlineData("Kenyan Trade Minister Jane Achieng will pay visits to Kenya and Ghana in June 2024. Kenya and Ghana signed deals.", "")]
    [InlineData("Ghana invited Kenyan President Peter Mwangi to visit Ghana and Nigeria in June 2024. Kenya and Ghana signed deals.", "")]
    [InlineData("Kenyan President Peter Mwangi made visits to Ghana in 2022 and 2023. Kenya and Ghana signed deals.", "")]
    public void A_trip_to_a_list_of_countries_is_a_visit_to_each(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A date in a statement the sentence sets against the trip ("although", "whereas", a clause opened by "While") is that statement's;
    // a trip under way as told is still dated by the day of the story (10 March 2024).
    [InlineData("Kenyan President Peter Mwangi is making his first state visit to India, although the two sides signed a pact in 2009.",
        "Peter Mwangi|President KE>IN 2024-03-10..2024-03-10 state")]
    [InlineData("Kenyan President Peter Mwangi paid his first visit to India, whereas trade talks between the two began in 2011.", "")]
    [InlineData("While this is Kenyan President Peter Mwangi's first state visit to India, New Delhi has welcomed Kenyan envoys in 2002 and 2010.", "")]
    [InlineData("Though it is the first visit to India by Kenyan President Peter Mwangi, the two sides held talks in 2019. Kenya and India trade tea.", "")]
    // The trip's own date before the concession, or a concession with no date past it, still dates the trip.
    [InlineData("Kenyan President Peter Mwangi visited India in March 2023, although the talks were cut short. Kenya and India trade tea.",
        "Peter Mwangi|President KE>IN 2023-03..2023-03")]
    [InlineData("While Kenyan President Peter Mwangi was on a state visit to India on 4 March 2024 he opened a school. Kenya and India trade tea.",
        "Peter Mwangi|President KE>IN 2024-03-04..2024-03-04 state")]
    public void A_date_across_a_concession_is_not_the_trips(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // Past the trip word, a comma, another official and a verb of travel: the date is that official's trip, not the first one's.
    [InlineData("Ahead of the visit of Kenyan President Peter Mwangi to India, Kenyan Foreign Minister Jane Achieng visited India from 4 to 6 February 2024.",
        "Jane Achieng|Foreign Minister KE>IN 2024-02-04..2024-02-06")]
    [InlineData("To prepare the state visit of Kenyan President Peter Mwangi to India, Kenyan Trade Minister Jane Achieng travelled to India on 2 February 2024.",
        "Jane Achieng|Trade Minister KE>IN 2024-02-02..2024-02-02 state")]
    [InlineData("In the run-up to the trip of Kenyan President Peter Mwangi to India, Kenyan Foreign Minister Jane Achieng arrived in New Delhi on 9 February 2024.",
        "Jane Achieng|Foreign Minister KE>IN 2024-02-09..2024-02-09")]
    // A relative on the visitor names no other official: its date is the trip's.
    [InlineData("The state visit to India of Kenyan President Peter Mwangi, who arrived in New Delhi on 9 February 2024, strengthened ties.",
        "Peter Mwangi|President KE>IN 2024-02-09..2024-02-09 state")]
    public void A_date_of_another_officials_travel_is_not_the_trips(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A trip still being prepared takes neither the preparing trip's date before it nor its present tense; a date after it is its own.
    // (The story is dated 10 March 2024.)
    [InlineData("Kenyan Foreign Minister Jane Achieng is visiting India in preparation for the visit of Kenyan President Peter Mwangi.",
        "Jane Achieng|Foreign Minister KE>IN 2024-03-10..2024-03-10")]
    [InlineData("Kenyan and Indian officials met in New Delhi on 8 March 2024 ahead of the state visit of Kenyan President Peter Mwangi.", "")]
    [InlineData("The two sides signed a plan on 7 March 2024 in preparation for the trip of Kenyan President Peter Mwangi to India.", "")]
    [InlineData("Kenyan and Indian officials met on 6 March 2024 to pave the way for the visit of Kenyan President Peter Mwangi to India on 2 April 2024.",
        "Peter Mwangi|President KE>IN 2024-04-02..2024-04-02")]
    public void A_trip_being_prepared_is_not_dated_by_the_preparing(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A trip that is the topic of another act (details, outcome, results of it) is not dated by that act's day before it.
    [InlineData("On 8 March 2024, Indian officials shared the details of Kenyan President Peter Mwangi's state visit to India.", "")]
    [InlineData("In a radio interview on Friday, Indian Trade Minister Ravi Kumar called the new tea deal a key outcome of Kenyan President Peter Mwangi's recent trip to India.", "")]
    [InlineData("On 7 March 2024, the Indian cabinet welcomed the results of the visit to India by Kenyan President Peter Mwangi.", "")]
    // Near miss: a day after the trip word is the trip's own.
    [InlineData("Indian officials shared the details of the visit to India by Kenyan President Peter Mwangi on 2 April 2024.",
        "Peter Mwangi|President KE>IN 2024-04-02..2024-04-02")]
    public void A_trip_that_is_another_acts_topic_is_not_dated_by_that_act(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A day before a trip that the act comes after ("returned on Friday after a visit") is the trip's last: with the stay's length
    // it gives the first day; without, it only completes another reading of the trip.
    [InlineData("On 8 March 2024, Kenyan President Peter Mwangi returned to Nairobi after a two-day state visit to India.",
        "Peter Mwangi|President KE>IN 2024-03-07..2024-03-08 state")]
    [InlineData("Kenyan President Peter Mwangi flew back home on 8 March 2024 following a three-day official visit to India.",
        "Peter Mwangi|President KE>IN 2024-03-06..2024-03-08 official")]
    [InlineData("On Friday, Kenyan President Peter Mwangi and his ministers came home to Nairobi after a fruitful official visit to India.", "")]
    [InlineData("Kenyan President Peter Mwangi arrived in New Delhi on 4 March 2024. On 8 March 2024, Kenyan President Peter Mwangi flew home after his visit to India.",
        "Peter Mwangi|President KE>IN 2024-03-04..2024-03-08")]
    public void A_day_after_which_the_trip_lies_is_its_last(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // The one who invites is the host, wherever the clause names him: the traveller is the other official.
    [InlineData("Kenyan President Peter Mwangi, invited by his Indian counterpart Rahul Mehta, will visit India from 4 to 6 April 2024.",
        "Peter Mwangi|President KE>IN 2024-04-04..2024-04-06")]
    [InlineData("Kenyan President Peter Mwangi, on an invitation from Indian Prime Minister Rahul Mehta, paid a visit to India on 4 March 2024.",
        "Peter Mwangi|President KE>IN 2024-03-04..2024-03-04")]
    // A trip that an invitation asks for has not been made.
    [InlineData("Indian Prime Minister Rahul Mehta extended an invitation to Kenyan President Peter Mwangi to make a state visit to India in May 2024.", "")]
    [InlineData("Indian Prime Minister Rahul Mehta invited Kenyan President Peter Mwangi to pay an official visit to India in 2024.", "")]
    // Near miss: past a comma, the invited guest's own trip is told.
    [InlineData("At the invitation of Indian Prime Minister Rahul Mehta, Kenyan President Peter Mwangi is to pay a state visit to India on 2 April 2024.",
        "Peter Mwangi|President KE>IN 2024-04-02..2024-04-02 state")]
    public void An_inviter_is_the_host_and_an_invited_trip_is_not_made(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // A day counted from when quoted words were said or posted is unknown to the reader: it dates no trip. (Story of 10 March 2024.)
    [InlineData("The Kenyan presidency posted: “President Peter Mwangi of Kenya arrived in India today for a state visit.”", "")]
    [InlineData("In a statement, the ministry wrote, \"Kenyan President Peter Mwangi arrived in India on Friday for a state visit.\"", "")]
    [InlineData("“Kenyan President Peter Mwangi flew to India yesterday,” an aide told local radio.", "")]
    // Near miss: outside the quotation the day is the story's, and a year said in quoted words is the story's year.
    [InlineData("Kenyan President Peter Mwangi arrived in India on Friday for a state visit, saying: “We come as friends.”",
        "Peter Mwangi|President KE>IN 2024-03-08..2024-03-08 state")]
    [InlineData("“Kenyan President Peter Mwangi will pay a state visit to India this year,” an aide said.",
        "Peter Mwangi|President KE>IN 2024..2024 state")]
    public void A_day_counted_from_quoted_words_dates_no_trip(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Fact]
    public void Weekdays_of_an_agency_dispatch_count_from_its_dateline_not_from_the_page_that_carries_it()
    {
        static string Start(string dispatch) => Assert.Single(DiplomacyFacts.Of<Visit>($"News\n\nMay 28, 2024\n\n{dispatch}\n")).Dates.Start;
        // Filed Monday 15 April, carried on a page of 28 May: "Sunday" is 14 April.
        Assert.Equal("2024-04-14", Start("Nairobi, Apr 15 (Kenya Wire) Kenya and India signed ten deals. Indian Prime Minister Rahul Mehta arrived in Nairobi on Sunday for a state visit."));
        Assert.Equal("2024-04-12", Start("NAIROBI, April 15 (KNA) - Kenya and India signed ten deals. Indian Prime Minister Rahul Mehta arrived in Nairobi last Friday for a state visit."));
        // A trip announced in the dispatch comes on the first such day after it.
        Assert.Equal("2024-04-17", Start("Nairobi, Apr 15 (Kenya Wire) Kenya and India signed ten deals. Indian Prime Minister Rahul Mehta will arrive in Nairobi on Wednesday for a state visit."));
        // Without a dateline the page's date stands.
        Assert.Equal("2024-05-26", Start("Kenya and India signed ten deals. Indian Prime Minister Rahul Mehta arrived in Nairobi on Sunday for a state visit."));
    }

    [Fact]
    public void EvidenceQuotesTheInput() =>
        DiplomacyFacts.AssertEvidenceQuotesInput<Visit>("Kenyan President Peter Mwangi visited India in June 2016. Kenya and India signed deals.");

    [Theory]
    // A trip its sentence does not date is the story's news (the story is of Sunday, March 10, 2024): an arrival, or a trip told
    // in the lead, is of the story's day; one told further on, of its month.
    [InlineData("Kenyan President Peter Mwangi, during his state visit to India, opened a trade fair with Indian Prime Minister Ravi Kumar.",
        "Peter Mwangi|President KE>IN 2024-03-10..2024-03-10 state")]
    [InlineData("Indian Prime Minister Ravi Kumar held talks with Kenyan President Peter Mwangi, who arrived in New Delhi on a state visit.",
        "Peter Mwangi|President KE>IN 2024-03-10..2024-03-10 state")]
    [InlineData("Kenya and India signed deals. The two sides met twice. Tea exports were reviewed at the end of the working visit to India by Kenyan Trade Minister Jane Achieng.",
        "Jane Achieng|Trade Minister KE>IN 2024-03..2024-03 working")]
    [InlineData("Kenya and India signed deals. The two sides met twice. Kenyan Trade Minister Jane Achieng's working visit opened a new chapter.",
        "Jane Achieng|Trade Minister KE>IN 2024-03..2024-03 working")]
    // A stay of several days began days before the story: its month when they fit in it.
    [InlineData("Kenyan President Peter Mwangi paid a three-day state visit to India. Kenya and India signed deals.",
        "Peter Mwangi|President KE>IN 2024-03..2024-03 state")]
    // A reading the article dates elsewhere dates the trip.
    [InlineData("Kenyan President Peter Mwangi paid a state visit to India. He had arrived in New Delhi on March 7, 2024, his office said.",
        "Peter Mwangi|President KE>IN 2024-03-07..2024-03-07")]
    public void A_trip_its_sentence_does_not_date_takes_the_story_date(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Visit>(body, Line));

    [Theory]
    // Near misses: the trip set apart from the news (past, to come, only possible), an act set against it, a guest the clause
    // does not tie to the trip, another date in the sentence, or a publication date guessed from the text.
    [InlineData("Kenyan President Peter Mwangi's upcoming visit to India will open a new chapter. Kenya and India signed deals.")]
    [InlineData("Kenya and India discussed a possible visit to India by Kenyan President Peter Mwangi. Kenya and India signed deals.")]
    [InlineData("The deals were struck soon after the end of Kenyan President Peter Mwangi's visit to India. Kenya and India signed deals.")]
    [InlineData("Welcoming the guest, Indian Prime Minister Ravi Kumar praised the importance of the visit. Kenya and India signed deals.")]
    [InlineData("Kenyan President Peter Mwangi, during his visit to India, said a railway would open in 2030. Kenya and India signed deals.")]
    [InlineData("The state visit of Kenyan President Peter Mwangi to India is scheduled for the spring. Kenya and India signed deals.")]
    public void A_trip_set_apart_from_the_news_takes_no_story_date(string body) =>
        Assert.Equal("", DiplomacyFacts.Lines<Visit>(body, Line));

    [Fact]
    public void A_trip_without_a_date_in_a_story_whose_date_is_guessed_gives_nothing() =>
        Assert.Empty(DiplomacyFacts.Of<Visit>("News\n\nKenyan President Peter Mwangi, during his state visit to India, opened a fair. Kenya and India traded $2 million in 2022.\n"));
}
