using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Diplomacy;

public sealed class MeetingExtractorTests
{
    private static string Line(Meeting m) =>
        $"{string.Join(',', m.Participants.Select(p => $"{p.Name}/{p.Country}").Order(StringComparer.Ordinal))} {m.Date} {m.Place?.Name} {m.Status}".TrimEnd().Replace("  ", " ");

    [Theory]
    // Talks that are the aim or topic of another act are not dated by that act's day told before them.
    [InlineData("Speaking to reporters on 8 March 2024, ahead of the meeting with Kenyan President Peter Mwangi, Indian Prime Minister Rahul Mehta praised the tea trade.", "")]
    [InlineData("On 8 March 2024, Indian officials shared the details of the talks between Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta.", "")]
    [InlineData("On 7 March 2024, the press welcomed the outcome of the meeting of Kenyan President Peter Mwangi with Indian Prime Minister Rahul Mehta.", "")]
    // Near miss: the day of talks held is theirs.
    [InlineData("On 8 March 2024, Kenyan President Peter Mwangi held talks with Indian Prime Minister Rahul Mehta.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-08")]
    public void Talks_that_are_another_acts_aim_or_topic_are_not_dated_by_that_act(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // "The next day", "the following day", "the previous day" count from the last day told before, in the sentence or the one before.
    [InlineData("Kenyan President Peter Mwangi arrived in New Delhi on 4 March 2024. The next day, Kenyan President Peter Mwangi held talks with Indian Prime Minister Rahul Mehta.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-05")]
    [InlineData("Kenyan President Peter Mwangi, who landed in India on 4 March 2024, met Indian Prime Minister Rahul Mehta the following day.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-05")]
    [InlineData("Kenyan President Peter Mwangi toured a tea auction in Kolkata on 6 March 2024. The previous day, Indian Prime Minister Rahul Mehta received Kenyan President Peter Mwangi.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-05")]
    public void A_day_told_from_the_day_before_dates_the_talks(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // A day counted from when quoted words were said or posted is unknown to the reader: it dates no talks.
    [InlineData("The embassy posted a photo captioned: “Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta met today.”", "")]
    [InlineData("An aide said, \"Indian Prime Minister Rahul Mehta received Kenyan President Peter Mwangi on Friday.\"", "")]
    [InlineData("“Kenyan President Peter Mwangi held talks with Indian Prime Minister Rahul Mehta yesterday,” the ministry wrote.", "")]
    // Near miss: a day outside the quotation is the story's.
    [InlineData("Kenyan President Peter Mwangi held talks with Indian Prime Minister Rahul Mehta on Friday, saying: “We are friends.”",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-08")]
    public void A_day_counted_from_quoted_words_dates_no_talks(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // The same people's meeting told again with only its month (or year) is the day-dated meeting already told, not another.
    [InlineData("Kenyan President Peter Mwangi met Indian Prime Minister Rahul Mehta in New Delhi on March 4. Mwangi had flown to India on March 3 to meet Mehta.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04 New Delhi")]
    [InlineData("Thai Prime Minister Somchai Dee concluded his first trip to Chile. Somchai Dee called on Chilean Foreign Minister Ana Rojas. On March 6, Somchai Dee held talks with Rojas in Santiago.",
        "Ana Rojas/CL,Somchai Dee/TH 2024-03-06 Santiago")]
    [InlineData("Chilean President Rosa Medina held talks with Polish President Jan Nowak in Warsaw on March 5. On March 4, Medina travelled to Warsaw to hold talks with Nowak.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-05 Warsaw")]
    // Near miss: a month-dated meeting with someone else is another meeting and stays.
    [InlineData("Kenyan President Peter Mwangi met Indian Prime Minister Rahul Mehta in New Delhi on March 4. Mwangi had flown to India on March 3 to meet Indian President Ravi Kumar.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04 New Delhi; Peter Mwangi/KE,Ravi Kumar/IN 2024-03")]
    public void A_meeting_retold_with_a_vaguer_date_is_the_one_meeting(string body, string expected) =>
        Assert.Equal(expected, string.Join("; ", DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body)).Select(Line).Order(StringComparer.Ordinal)));

    [Theory]
    // A session "chaired by" one official of each side is their meeting, whatever the other words around it.
    [InlineData("On March 6, the ninth session of the joint committee, chaired by Chilean Finance Minister Pablo Ruiz and Polish Finance Minister Jan Nowak, opened in Warsaw.",
        "Jan Nowak/PL,Pablo Ruiz/CL 2024-03-06 Warsaw")]
    [InlineData("The talks on March 7 were chaired by Kenyan Trade Minister Jane Achieng, and Indian Trade Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-07")]
    // Chaired by one side only, or by two of the same side, is no meeting of the two.
    [InlineData("On March 6, the Chile-Poland business forum was chaired by Chilean Finance Minister Pablo Ruiz in Santiago.", "")]
    [InlineData("On March 6, the Chile-Poland forum was chaired by Chilean Finance Minister Pablo Ruiz and Chilean Trade Minister Ana Rojas.", "")]
    [InlineData("On March 5, Vietnamese Deputy Prime Minister Le Van Son held talks with Kazakh First Deputy Prime Minister Aibek Nurov in Astana.",
        "Aibek Nurov/KZ,Le Van Son/VN 2024-03-05 Astana")]
    [InlineData("Russian President Ivan Petrov said after talks with Indian Prime Minister Rahul Mehta in Moscow on March 5 that trade had grown.",
        "Ivan Petrov/RU,Rahul Mehta/IN 2024-03-05 Moscow")]
    [InlineData("Chinese Vice President Li Wei and Brazilian Vice President Carlos Mendes on March 7 co-chaired a committee session in Beijing.",
        "Carlos Mendes/BR,Li Wei/CN 2024-03-07 Beijing")]
    [InlineData("Chilean Foreign Minister Ana Rojas met Thai Foreign Minister Somchai Dee in Santiago on February 20, 2024.",
        "Ana Rojas/CL,Somchai Dee/TH 2024-02-20 Santiago")]
    [InlineData("Egyptian Prime Minister Omar Fathy received Hungarian Foreign Minister Laszlo Nagy in Cairo on March 4.",
        "Laszlo Nagy/HU,Omar Fathy/EG 2024-03-04 Cairo")]
    [InlineData("Brazilian Foreign Minister Lucia Prado spoke by telephone on March 6 with Angolan Foreign Minister Tomas Neto.",
        "Lucia Prado/BR,Tomas Neto/AO 2024-03-06")]
    [InlineData("Kenyan Foreign Minister Jane Achieng held a phone call with Indian Foreign Minister Ravi Kumar on March 1.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-01")]
    // A short name refers back to the official named earlier.
    [InlineData("Polish Deputy Foreign Minister Marek Lis arrived in Jakarta. On March 6, Lis met Indonesian Vice Minister of Foreign Affairs Budi Santoso.",
        "Budi Santoso/ID,Marek Lis/PL 2024-03-06")]
    [InlineData("Mexican Foreign Minister Rosa Vega, Minister of Foreign Affairs, and Vietnamese Deputy Foreign Minister Pham Minh Duc met in Hanoi on March 8.",
        "Pham Minh Duc/VN,Rosa Vega/MX 2024-03-08 Hanoi")]
    [InlineData("Japanese Prime Minister Kenji Sato hosted Mongolian President Bat Erdene in Tokyo on February 27, 2024.",
        "Bat Erdene/MN,Kenji Sato/JP 2024-02-27 Tokyo")]
    // "his Lao counterpart Name" names the other side; a dateline's date is not the meeting's.
    [InlineData("VIENTIANE, March 9 (VNA) – Vietnamese Prime Minister Pham Van Hai and his Lao counterpart Sone Vong co-chaired a committee meeting in Vientiane on March 8.",
        "Pham Van Hai/VN,Sone Vong/LA 2024-03-08 Vientiane")]
    // A guest named without an office after "received".
    [InlineData("Indian Foreign Minister Ravi Kumar received Luis Ortega on March 4. Argentina and India agreed to mine lithium.",
        "Luis Ortega/AR,Ravi Kumar/IN 2024-03-04")]
    // Two sentences about one meeting give one.
    [InlineData("Turkish Foreign Minister Emre Kaya met Ethiopian Foreign Minister Hana Tesfaye on March 3. Kaya and Tesfaye also held talks with business leaders on March 3.",
        "Emre Kaya/TR,Hana Tesfaye/ET 2024-03-03")]
    // A shorter form of a participant's name in another sentence is the same meeting, under the full name.
    [InlineData("Turkish Foreign Minister Emre Can Kaya met Ethiopian Foreign Minister Hana Tesfaye on March 3. Emre Kaya also held talks with Tesfaye on March 3.",
        "Emre Can Kaya/TR,Hana Tesfaye/ET 2024-03-03")]
    // A gathering named with a capital Meeting is multilateral; a meeting verb after it still counts.
    [InlineData("Chilean President Rosa Medina and Polish President Jan Nowak attended the 12th Regular Meeting of the Council of Heads of State on March 4.", "")]
    [InlineData("While attending the Regular Meeting of the Council in Lima, Chilean President Rosa Medina met with Polish President Jan Nowak on March 4.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-04")]
    // A dateline's day, even with a long agency name in brackets, does not date the meeting it reports: a plan with no day of
    // its own is of the month the story is published in (March 10, 2024).
    [InlineData("SANTIAGO, March 8 (AGENCIA DE NOTICIAS) - Chilean Foreign Minister Ana Rojas will meet Polish Foreign Minister Jan Nowak to discuss trade.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03 Santiago planned")]
    // A weekday beside the calendar day gives the day.
    [InlineData("Chilean Foreign Minister Ana Rojas received Thai Foreign Minister Somchai Dee in Santiago on Tuesday (March 5).",
        "Ana Rojas/CL,Somchai Dee/TH 2024-03-05 Santiago")]
    // "said while receiving": the host is the subject of the clause before the joint.
    [InlineData("Trade should grow, Chilean Foreign Minister Ana Rojas said while receiving Thai Ambassador Somchai Dee in Santiago on March 4.",
        "Ana Rojas/CL,Somchai Dee/TH 2024-03-04 Santiago")]
    // A day inside a stay is the meeting's, and so is the place named with it.
    [InlineData("Medina, who toured Krakow and Warsaw from March 3 to 7, held talks with Polish Agriculture Minister Jan Nowak in Warsaw on March 5. Chilean Agriculture Minister Rosa Medina spoke.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-05 Warsaw")]
    // Two officials of the two sides as the subject of a joint act.
    [InlineData("Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak discussed on Monday (March 4) ways to raise trade.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    // ... but not two officials of one side, nor officials who are not the subject.
    [InlineData("Chilean Foreign Minister Ana Rojas and Chilean Trade Minister Pablo Ruiz discussed Poland on March 4.", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas said Polish Foreign Minister Jan Nowak, whom she admires, agreed on March 4 to a study.", "")]
    // A venue named after a building and a comma.
    [InlineData("On March 4, Polish Deputy Foreign Minister Jan Nowak and Chilean Vice Minister of Foreign Affairs Ana Rojas co-chaired the session at the Ministry of Foreign Affairs, Warsaw.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04 Warsaw")]
    // "The two ministers" are the officials of the two sides named just before.
    [InlineData("Chilean Foreign Minister Ana Rojas came to Poland at the invitation of Polish Foreign Minister Jan Nowak. On 5 March, the two ministers held talks in Warsaw.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-05 Warsaw")]
    [InlineData("Chilean Foreign Minister Ana Rojas praised Poland. On 5 March, the two ministers held talks in Warsaw.", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas thanked Polish Foreign Minister Jan Nowak. The joint commission, chaired by the two ministers, last met in Warsaw in 2022.", "")]
    // "The heads of the two states", "both ministers": the two sides named before, one of them perhaps by office alone.
    [InlineData("Polish President Jan Nowak praised Chile. The President of Chile thanked Poland. In May 2020, the heads of the two states met in Santiago.",
        "Jan Nowak/PL 2020-05 Santiago")]
    [InlineData("Chilean Foreign Minister Ana Rojas came to Warsaw to see Polish Foreign Minister Jan Nowak. On March 5, both ministers signed a visa deal.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-05")]
    // ... but a joint verb after "both ministers" is dated by its own clause only.
    [InlineData("Chile and Poland trade. Their trade grew. Chilean Trade Minister Pablo Ruiz met Polish Trade Minister Jan Nowak. Their pact has been in force since August 1, 2015. Both ministers agreed to widen it.", "")]
    // A state's style between the office and the country: "the Foreign Minister of the Federative State of Brazil, Name".
    [InlineData("Chilean Foreign Minister Ana Rojas received the Foreign Minister of the Federative State of Brazil, Luis Mamani, on March 4.",
        "Ana Rojas/CL,Luis Mamani/BR 2024-03-04")]
    [InlineData("Chilean Foreign Minister Ana Rojas received the Foreign Minister of the region bordering Brazil, Luis Mamani, on March 4.", "")]
    // A capital standing for its government is not the venue.
    [InlineData("Polish Foreign Minister Jan Nowak received Chilean Foreign Minister Ana Rojas on March 4 and thanked Santiago for its support.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    // A year in what a participant went on to say is not the meeting's date.
    [InlineData("Thai Ambassador Somchai Dee, who held talks with Chilean Foreign Minister Ana Rojas, said trade rose in 2023.", "")]
    // A relative clause on another noun, the reported words before their speaker, and the object of a joint verb date something else ...
    [InlineData("Chilean Foreign Minister Ana Rojas held talks with Polish Foreign Minister Jan Nowak at a forum of the states that joined the bloc on May 1, 2004.", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas met Polish Foreign Minister Jan Nowak and invited him to a fair, which opens on March 20 in Santiago.", "")]
    [InlineData("Trade between the two countries should pass $40 million in 2023, Chilean Foreign Minister Ana Rojas said at a meeting with Polish Foreign Minister Jan Nowak.", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak discussed the regional summit held last month.", "")]
    // ... but a relative clause on the talks, and a dating phrase before the speaker, date the meeting.
    [InlineData("Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak held talks that took place in Warsaw on March 4.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04 Warsaw")]
    [InlineData("On March 4, Chilean Foreign Minister Ana Rojas said at a meeting with Polish Foreign Minister Jan Nowak that trade had grown.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    // A date in a "who …" aside tells of the person; the talks take the single day of the sentence before.
    [InlineData("Chile and Poland opened a business forum in Warsaw on March 6. Chilean Trade Minister Pablo Ruiz, who has been in Poland since March 3, co-chaired it with Polish Trade Minister Jan Nowak.",
        "Jan Nowak/PL,Pablo Ruiz/CL 2024-03-06")]
    [InlineData("The joint commission met in Warsaw on March 6. The session was co-chaired by Chilean Trade Minister Pablo Ruiz and Polish Trade Minister Jan Nowak.",
        "Jan Nowak/PL,Pablo Ruiz/CL 2024-03-06")]
    // ... but not when that sentence names two days, nor only a day in an aside.
    [InlineData("Chile opened a forum on March 4 and Poland a fair on March 6. The session was co-chaired by Chilean Trade Minister Pablo Ruiz and Polish Trade Minister Jan Nowak.", "")]
    [InlineData("Chilean Trade Minister Pablo Ruiz, who arrived on March 3, spoke. The session was co-chaired by Chilean Trade Minister Pablo Ruiz and Polish Trade Minister Jan Nowak.", "")]
    [InlineData("Chilean Trade Minister Pablo Ruiz, who has been in Poland since March 3, co-chaired the session with Polish Trade Minister Jan Nowak.", "")]
    // Receptions in the passive or with an official as the object of "greeted"/"welcomed"; talks by video or in conversation.
    [InlineData("Chilean President Rosa Medina was greeted by Polish President Jan Nowak at the palace on March 4.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-04")]
    [InlineData("Polish President Jan Nowak welcomed the visiting Chilean President Rosa Medina on March 4.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-04")]
    [InlineData("On March 4 Polish Foreign Minister Jan Nowak greeted Chilean Foreign Minister Ana Rojas at the airport.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    [InlineData("Polish Foreign Minister Jan Nowak welcomed the statement of Chilean Foreign Minister Ana Rojas on March 4.", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas held a videoconference with Polish Foreign Minister Jan Nowak on March 4.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    [InlineData("Chilean Foreign Minister Ana Rojas talked with Polish Foreign Minister Jan Nowak by video link on March 4.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    [InlineData("Polish President Jan Nowak granted an audience to Chilean Ambassador Ana Rojas on March 4.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    // "X and his/her Y counterpart, Z, agreed": the counterpart and the name after it are one official.
    [InlineData("Polish Foreign Minister Jan Nowak and his Chilean counterpart, Ana Rojas, agreed on March 4 to open a consulate.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    [InlineData("Chilean Trade Minister Pablo Ruiz and his Polish counterpart Marek Lis discussed on March 4 how to raise trade.",
        "Marek Lis/PL,Pablo Ruiz/CL 2024-03-04")]
    [InlineData("On March 4 Chilean Foreign Minister Ana Rojas and her Polish counterpart, Jan Nowak, reviewed plans for a forum.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    // Two officials of the two sides signing together.
    [InlineData("On March 4, Chilean President Rosa Medina and her Polish counterpart Jan Nowak signed a set of agreements.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-04")]
    [InlineData("Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak signed on March 4 a visa waiver.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    [InlineData("Chilean Trade Minister Pablo Ruiz and his Polish counterpart, Marek Lis, witnessed on March 4 the signing of contracts.",
        "Marek Lis/PL,Pablo Ruiz/CL 2024-03-04")]
    // A host named without a country takes the side across from the guest's.
    [InlineData("On March 4, Foreign Minister Jan Nowak received the Chilean Foreign Minister, Ana Rojas, at the palace. Poland and Chile are partners.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    // Negatives: one official, no date, a plan, a hypothesis, a third country.
    [InlineData("Kenyan Foreign Minister Jane Achieng held talks with business leaders on March 1. Kenya and India trade.", "")]
    [InlineData("Chile and Thailand are partners. Their trade grew. Chilean Foreign Minister Ana Rojas met Thai Foreign Minister Somchai Dee to discuss trade.", "")]
    // Plans are meetings with status "planned": a plan word before the meeting verb or as the officials' own verb.
    [InlineData("Chilean Foreign Minister Ana Rojas will meet Thai Foreign Minister Somchai Dee in Bangkok on April 2.",
        "Ana Rojas/CL,Somchai Dee/TH 2024-04-02 Bangkok planned")]
    [InlineData("At the meeting on April 2, Chilean President Rosa Medina and Polish President Jan Nowak are expected to review trade.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-04-02 planned")]
    // A meeting told as held cannot come after the publication date; a plan can.
    [InlineData("Chilean Foreign Minister Ana Rojas met Polish Foreign Minister Jan Nowak in Warsaw on March 12, 2024.", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas will meet Polish Foreign Minister Jan Nowak in Warsaw on March 12, 2024.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-12 Warsaw planned")]
    // ... dated by their own clause only, never by the day of the sentence before.
    [InlineData("A fair opened in Warsaw on March 6. At the meeting, Chilean President Rosa Medina and Polish President Jan Nowak are expected to review trade.", "")]
    [InlineData("Ties between Chile and Thailand could grow if Chilean Foreign Minister Ana Rojas met Thai Foreign Minister Somchai Dee on April 2.", "")]
    // A meeting with an official of a third country is one too (the pair's place gazetteer gives no place abroad).
    [InlineData("Vietnam and Laos are partners. Vietnamese Prime Minister Pham Van Hai met French President Luc Martin in Paris on March 2. Laos and Vietnam trade.",
        "Luc Martin/FR,Pham Van Hai/VN 2024-03-02")]
    // Talks told as discussions, a series of meetings, a sit-down, a convening, a courtesy call or visit, talks in a place.
    [InlineData("Kenyan Foreign Minister Jane Achieng held discussions with Indian Foreign Minister Ravi Kumar in Nairobi on March 4.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04 Nairobi")]
    [InlineData("Kenyan Prime Minister Jane Achieng held a series of meetings with her Indian counterpart Ravi Kumar on March 4.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04")]
    [InlineData("On March 4, Kenyan President Peter Mwangi sat down with Indian Prime Minister Rahul Mehta.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04")]
    [InlineData("On March 4, Kenyan Prime Minister Jane Achieng and Indian Prime Minister Ravi Kumar convened in Mombasa for their annual retreat.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04 Mombasa")]
    [InlineData("Kenyan Foreign Minister Jane Achieng paid courtesy calls on Indian President Rahul Mehta on March 4.",
        "Jane Achieng/KE,Rahul Mehta/IN 2024-03-04")]
    [InlineData("During talks in Nairobi on March 4, Kenyan President Peter Mwangi and his Indian counterpart Rahul Mehta praised trade.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04 Nairobi")]
    // ... but not talks of one side, nor a convening of others.
    [InlineData("During talks in Nairobi on March 4, Kenyan President Peter Mwangi praised trade with India.", "")]
    [InlineData("On March 4, Kenyan President Peter Mwangi convened the cabinet to discuss trade with India.", "")]
    [InlineData("Kenyan Foreign Minister Jane Achieng held discussions with Kenyan Trade Minister Paul Otieno on March 4 about India.", "")]
    // Talks put off or called off were not held.
    [InlineData("Chilean Foreign Minister Ana Rojas had planned to meet Polish Foreign Minister Jan Nowak on March 4, but the talks were postponed.", "")]
    [InlineData("The talks between Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak on March 4 were called off.", "")]
    // "Convened" is a meeting only with the officials as its subject right before it, not a body convened by them.
    [InlineData("On March 4, Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta convened in Mombasa.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04 Mombasa")]
    [InlineData("The joint commission was convened on March 4 following a directive by Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta.", "")]
    [InlineData("On March 4, Kenyan President Peter Mwangi convened a forum attended by Indian Prime Minister Rahul Mehta.", "")]
    // A meeting named by an organisation's acronym is a gathering of many, not the two sides' meeting.
    [InlineData("Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta attended the COMESA meeting on March 4.", "")]
    [InlineData("Kenyan President Peter Mwangi flew in from the G20 meeting in Rome on March 4, and Indian Prime Minister Rahul Mehta arrived later.", "")]
    [InlineData("Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta held a bilateral meeting on March 4.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04")]
    // A name cut off at an abbreviation's full stop is no participant.
    [InlineData("Kenyan High Commissioner Jane Achieng paid a courtesy call on Indian Foreign Secretary Ambassador Md. Kumar Rao on March 4.", "")]
    // "talks between A and B": the participants are the two the phrase names, not the one who speaks of them.
    [InlineData("Kenyan Trade Minister Jane Achieng praised the talks between Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta on March 4.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04")]
    [InlineData("Indian Trade Minister Ravi Kumar said the meeting between Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta on March 4 went well.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04")]
    [InlineData("Kenyan Trade Minister Jane Achieng praised the talks between Kenyan President Peter Mwangi and business leaders on March 4. India and Kenya trade.", "")]
    // A date after a second event joined to the talks ("as well as the visit ... in 2022") dates that event, not the talks,
    // which are left undated (and so not reported).
    [InlineData("Kenyan Trade Minister Jane Achieng praised the talks between Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta, as well as the state visit to India by the Kenyan Speaker in 2022.", "")]
    [InlineData("Indian Trade Minister Ravi Kumar recalled the meeting between Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta and the visits of ministers in 2021.", "")]
    [InlineData("Kenyan Trade Minister Jane Achieng praised the talks between Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta, along with a summit held in 2020.", "")]
    // The day before an infinitive of purpose ("arrived on Monday to co-chair ...") is the trip's: the meeting gets its month only.
    [InlineData("Kenyan President Peter Mwangi arrived in New Delhi on March 4 to co-chair the joint council with Indian Prime Minister Rahul Mehta.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03 New Delhi")]
    [InlineData("Kenyan President Peter Mwangi flew to India late on Monday, March 4, to meet Indian Prime Minister Rahul Mehta.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03")]
    [InlineData("On March 4, Kenyan President Peter Mwangi travelled to New Delhi to hold talks with Indian Prime Minister Rahul Mehta.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03")]
    // ... while a date after the infinitive's verb dates the meeting, and a finite verb keeps the date before it.
    [InlineData("Kenyan President Peter Mwangi is expected on March 4 to meet Indian Prime Minister Rahul Mehta.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04 planned")]
    [InlineData("Kenyan President Peter Mwangi travelled to New Delhi to meet Indian Prime Minister Rahul Mehta on March 5.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-05")]
    [InlineData("On March 4, Kenyan President Peter Mwangi held talks with Indian Prime Minister Rahul Mehta in New Delhi.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04 New Delhi")]
    // A dateline run into the lead with no dash ("NAIROBI, MARCH 6, 2024 The ...") is the filing day, not a second day of the
    // sentence before: an undated meeting takes the day that sentence tells.
    [InlineData("NAIROBI, MARCH 6, 2024 The Kenya-India joint commission on March 4 closed in Nairobi. Kenyan Foreign Minister Jane Achieng and her Indian counterpart Ravi Kumar co-chaired the session.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04")]
    [InlineData("New Delhi, March 6, 2024 Talks of the India-Kenya joint commission ended on March 4. Kenyan Foreign Minister Jane Achieng and her Indian counterpart Ravi Kumar co-chaired the session.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04")]
    [InlineData("MOMBASA, March 6 The Kenya-India joint commission on March 4 ended its work. Kenyan Foreign Minister Jane Achieng and her Indian counterpart Ravi Kumar co-chaired the session.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04")]
    // Near miss: a second name joined by "and" is no second event; the date stays the talks'.
    [InlineData("Kenyan Trade Minister Jane Achieng praised the talks between Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta in 2022.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2022")]
    // A clause opening on a definite event word tells more of the event told before: its day and place are that telling's.
    [InlineData("The fifth session of the Kenya-India joint commission was held in Nairobi on March 4. The meeting was co-chaired by Kenyan Foreign Minister Jane Achieng and Indian Foreign Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04 Nairobi")]
    [InlineData("Kenya and India held consultations in Mombasa from March 4 to 6. Both delegations were large. The one-day meeting was opened by Kenyan Trade Minister Jane Achieng and Indian Trade Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04 Mombasa")]
    [InlineData("The joint committee held its third meeting in Nairobi on March 5. The meeting, which was chaired by Kenyan Foreign Minister Jane Achieng and Indian Foreign Minister Ravi Kumar, reviewed what the second meeting held in Delhi in 2022 had decided.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05 Nairobi")]
    // Near misses: an earlier sentence with two days, or dated but of no event, tells no day of the meeting.
    [InlineData("Talks were held in Nairobi on March 4 and in Mombasa on March 6. The meeting was co-chaired by Kenyan Foreign Minister Jane Achieng and Indian Foreign Minister Ravi Kumar.", "")]
    [InlineData("A trade fair opened in Nairobi on March 4. Crowds were large. The meeting was co-chaired by Kenyan Foreign Minister Jane Achieng and Indian Foreign Minister Ravi Kumar.", "")]
    // Talks held, had or holding a few words after the verb; the two sides as a plural office after their two demonyms.
    [InlineData("Kenyan President Peter Mwangi and Indian Prime Minister Rahul Mehta held fruitful discussions in Nairobi on March 4.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04 Nairobi")]
    [InlineData("Indian Prime Minister Rahul Mehta arrived in Nairobi at the invitation of Kenyan President Peter Mwangi. On March 4, the two heads of state held closed-door talks.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04")]
    [InlineData("Indian Prime Minister Rahul Mehta arrived in Nairobi at the invitation of Kenyan President Peter Mwangi. On March 4, the Kenyan and Indian leaders held a bilateral meeting.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04")]
    [InlineData("Indian Prime Minister Rahul Mehta arrived in Nairobi at the invitation of Kenyan President Peter Mwangi. The Presidents had a private meeting on March 4.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04")]
    // Near misses: talks as a topic, not held; two demonyms of which one is not of the pair.
    [InlineData("Kenyan President Peter Mwangi said on March 4 that talks on a treaty would resume once Indian Prime Minister Rahul Mehta agrees.", "")]
    [InlineData("Indian Prime Minister Rahul Mehta arrived in Nairobi at the invitation of Kenyan President Peter Mwangi. On March 4, the Kenyan and Ugandan leaders held a bilateral meeting.", "")]
    // A clause framed by a trip told before ("During his visit to Kenya, …") took place on that trip: a stay of several
    // days gives its month, one day or month gives itself.
    [InlineData("Indian Foreign Minister Ravi Kumar paid a visit to Kenya on March 4 and 5. During his visit to Kenya, Kumar called on Kenyan President Peter Mwangi.",
        "Peter Mwangi/KE,Ravi Kumar/IN 2024-03")]
    [InlineData("Indian Foreign Minister Ravi Kumar visited Kenya in February. During the visit, Kumar met Kenyan President Peter Mwangi.",
        "Peter Mwangi/KE,Ravi Kumar/IN 2024-02")]
    [InlineData("Indian Foreign Minister Ravi Kumar toured Kenya in February. In the course of his two-day stay in Nairobi, Kumar sat down with Kenyan President Peter Mwangi.",
        "Peter Mwangi/KE,Ravi Kumar/IN 2024-02 Nairobi")]
    // Near misses: a frame with no dated trip before it dates nothing; a trip told with two dates, neither.
    [InlineData("Indian Foreign Minister Ravi Kumar praised Kenya. During his visit, Kumar met Kenyan President Peter Mwangi.", "")]
    [InlineData("Indian Foreign Minister Ravi Kumar toured Kenya in February and Uganda in March. During his visit, Kumar met Kenyan President Peter Mwangi.", "")]
    // A plan framed by a trip ("During the visit, X will call on Y") is dated by the trip ahead of the publication day,
    // past a dated sentence that names no trip and past a trip already over ("follows a visit in February").
    [InlineData("Indian Foreign Minister Ravi Kumar will pay a visit to Kenya from March 18 to 20. During the visit, Kumar will call on Kenyan President Peter Mwangi.",
        "Peter Mwangi/KE,Ravi Kumar/IN 2024-03 planned")]
    [InlineData("Chilean Foreign Minister Ana Rojas is to make a one-day trip to Warsaw on March 14. A trade fair opens on March 12. During this trip, Rojas is expected to hold talks with Polish Foreign Minister Jan Nowak.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-14 planned")]
    [InlineData("Thai Prime Minister Somchai Dee will visit Hanoi on March 21. The visit follows a trip by Vietnamese Prime Minister Pham Van Hai to Bangkok on February 2. During the visit, Somchai Dee will meet Pham Van Hai.",
        "Pham Van Hai/VN,Somchai Dee/TH 2024-03-21 planned")]
    // Near misses: a plan framed by a trip told only as past, or by none, dates nothing.
    [InlineData("Indian Foreign Minister Ravi Kumar visited Kenya on February 2. During the visit, Kumar will call on Kenyan President Peter Mwangi.", "")]
    [InlineData("Indian Foreign Minister Ravi Kumar praised Kenya. During this visit, Kumar will call on Kenyan President Peter Mwangi.", "")]
    // An official of the pair meeting one of a third country is a bilateral meeting the article tells too; three countries
    // in one clause are a gathering.
    [InlineData("Kenyan Foreign Minister Jane Achieng held talks with Indian Foreign Minister Ravi Kumar in Nairobi on March 4. On March 5, Achieng met Norwegian Foreign Minister Ola Berg.",
        "Jane Achieng/KE,Ola Berg/NO 2024-03-05; Jane Achieng/KE,Ravi Kumar/IN 2024-03-04 Nairobi")]
    [InlineData("Indian Prime Minister Rahul Mehta received Kenyan President Peter Mwangi in Delhi on March 4. Mehta also held a phone call with Swedish Prime Minister Eva Lind on March 6.",
        "Eva Lind/SE,Rahul Mehta/IN 2024-03-06; Peter Mwangi/KE,Rahul Mehta/IN 2024-03-04 Delhi")]
    [InlineData("Chilean President Rosa Medina visited Poland. Polish President Jan Nowak hosted Medina on March 4. Nowak received German Chancellor Karl Weber on March 7.",
        "Jan Nowak/PL,Karl Weber/DE 2024-03-07; Jan Nowak/PL,Rosa Medina/CL 2024-03-04")]
    [InlineData("Kenyan Foreign Minister Jane Achieng held talks with Indian Foreign Minister Ravi Kumar on March 4. On March 5, Achieng met Norwegian Foreign Minister Ola Berg and Swedish Foreign Minister Eva Lind.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-04")]
    // A date set off by a bar at the end of a headline is the page's, not the talks': the lead takes the story's day.
    [InlineData("Presidents Peter Mwangi of Kenya and Rahul Mehta of India hold talks |7 March 2024\n\nKenyan President Peter Mwangi welcomed Indian Prime Minister Rahul Mehta to Nairobi.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-10")]
    [InlineData("Kenyan President Peter Mwangi meets Indian Prime Minister Rahul Mehta | 8 March 2024\n\nThe two leaders discussed trade and health.",
        "Peter Mwangi/KE,Rahul Mehta/IN 2024-03-10")]
    [InlineData("Chile's Ana Rojas holds talks with Thai Foreign Minister Somchai Dee in Bangkok |March 9, 2024\n\nChilean Foreign Minister Ana Rojas praised Thailand.",
        "Ana Rojas/CL,Somchai Dee/TH 2024-03-10 Bangkok")]
    // A sentence framed by talks told before ("Following the talks, the two premiers signed …") is dated by that telling, not by the lead's day.
    [InlineData("Indian Prime Minister Rahul Mehta held talks with Kenyan Prime Minister Jane Achieng in Nairobi on March 5. Following the official talks, the premiers witnessed the signing of five agreements.",
        "Jane Achieng/KE,Rahul Mehta/IN 2024-03-05 Nairobi")]
    public void ReadsParticipantsDateAndPlace(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // One official calling on several of the other side, named one after another after the verb: a meeting with each.
    [InlineData("On March 5, Chilean Foreign Minister Ana Rojas called on Thai Prime Minister Somchai Dee and held talks with Thai Foreign Minister Niran Chai in Bangkok.",
        "Ana Rojas/CL,Niran Chai/TH 2024-03-05 Bangkok; Ana Rojas/CL,Somchai Dee/TH 2024-03-05 Bangkok")]
    [InlineData("On March 5, Kenyan Foreign Minister Jane Achieng paid courtesy calls to Indian Prime Minister Ravi Kumar, Indian Home Minister Arun Das and Indian Trade Minister Meera Shah.",
        "Arun Das/IN,Jane Achieng/KE 2024-03-05; Jane Achieng/KE,Meera Shah/IN 2024-03-05; Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("Polish Deputy Foreign Minister Marek Lis met Indonesian President Budi Santoso and Indonesian Trade Minister Agus Salim in Jakarta on March 6.",
        "Agus Salim/ID,Marek Lis/PL 2024-03-06 Jakarta; Budi Santoso/ID,Marek Lis/PL 2024-03-06 Jakarta")]
    // A date between the verb and the first name dates every meeting of the list.
    [InlineData("Chilean Foreign Minister Ana Rojas met on March 5 with Thai Prime Minister Somchai Dee and Thai Foreign Minister Niran Chai.",
        "Ana Rojas/CL,Niran Chai/TH 2024-03-05; Ana Rojas/CL,Somchai Dee/TH 2024-03-05")]
    [InlineData("Polish Deputy Foreign Minister Marek Lis, on a trip to Jakarta, met 6 March 2024 with Indonesian President Budi Santoso, Indonesian Trade Minister Agus Salim and Indonesian Finance Minister Sri Utami.",
        "Agus Salim/ID,Marek Lis/PL 2024-03-06; Budi Santoso/ID,Marek Lis/PL 2024-03-06; Marek Lis/PL,Sri Utami/ID 2024-03-06")]
    [InlineData("On Tuesday, March 5, Kenyan Foreign Minister Jane Achieng called on Indian Prime Minister Ravi Kumar and Indian Home Minister Arun Das.",
        "Arun Das/IN,Jane Achieng/KE 2024-03-05; Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    // Near misses: two officials on each side meet together; the lone official received by several hosts; a date between the
    // names ties the later one to another day.
    [InlineData("Chilean Foreign Minister Ana Rojas and Chilean Trade Minister Luis Soto met Thai Prime Minister Somchai Dee and Thai Foreign Minister Niran Chai on March 5.",
        "Ana Rojas/CL,Luis Soto/CL,Niran Chai/TH,Somchai Dee/TH 2024-03-05")]
    [InlineData("Thai Prime Minister Somchai Dee and Thai Foreign Minister Niran Chai received Chilean Foreign Minister Ana Rojas on March 5.",
        "Ana Rojas/CL,Niran Chai/TH,Somchai Dee/TH 2024-03-05")]
    [InlineData("Chilean Foreign Minister Ana Rojas met Thai Prime Minister Somchai Dee on March 5, a day before her talks with Thai Foreign Minister Niran Chai.",
        "Ana Rojas/CL,Niran Chai/TH,Somchai Dee/TH 2024-03-05")]
    // One of those met holds an office of a body the title reader left out, so of no side the article states: no known
    // counterpart, and the meeting is not split up into one per official.
    [InlineData("On March 5, Chilean Foreign Minister Ana Rojas met Thai Prime Minister Somchai Dee and the Grand National Assembly President, Arun Chai, in Bangkok.",
        "Ana Rojas/CL,Arun Chai/,Somchai Dee/TH 2024-03-05 Bangkok")]
    [InlineData("On March 5, Chilean Foreign Minister Ana Rojas met Thai Prime Minister Somchai Dee and Grand National Assembly President Arun Chai in Bangkok.",
        "Ana Rojas/CL,Arun Chai/,Somchai Dee/TH 2024-03-05 Bangkok")]
    [InlineData("Chilean Trade Minister Luis Soto met Thai President Niran Chai and Grand National Assembly President Arun Dee in Bangkok on March 6.",
        "Arun Dee/,Luis Soto/CL,Niran Chai/TH 2024-03-06 Bangkok")]
    public void OneCallerMeetsEachCounterpartApart(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // Talks named by "discussed … with" (a topic between), "discussed with", a singular "discussion with" or "exchanges with".
    [InlineData("On March 5, Chilean Trade Minister Ana Rojas discussed copper exports and port fees with Polish Trade Minister Jan Nowak in Warsaw.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-05 Warsaw")]
    [InlineData("Kenyan Foreign Minister Jane Achieng discussed with her Indian counterpart Ravi Kumar on March 6 the opening of a consulate.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-06")]
    [InlineData("Thai Prime Minister Somchai Dee had a long discussion with Chilean Foreign Minister Ana Rojas in Bangkok on Tuesday (March 5).",
        "Ana Rojas/CL,Somchai Dee/TH 2024-03-05 Bangkok")]
    [InlineData("On March 7, Polish President Jan Nowak held exchanges with Indonesian Trade Minister Agus Salim on fisheries.",
        "Agus Salim/ID,Jan Nowak/PL 2024-03-07")]
    // Near misses: "discussed … with" no official (reporters), the "with" past a comma (another clause), nothing named after it.
    [InlineData("On March 5, Chilean Trade Minister Ana Rojas discussed the visit of Polish Trade Minister Jan Nowak with reporters.", "")]
    [InlineData("On March 5, Chilean Trade Minister Ana Rojas discussed copper exports, which rose with demand from Polish Trade Minister Jan Nowak's firms.", "")]
    [InlineData("On March 5, Chilean Trade Minister Ana Rojas and Polish Trade Minister Jan Nowak discussed trade.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-05")]
    public void Talks_named_by_discuss_with_or_an_exchange_are_a_meeting(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // A bare office in lower case stands for the one official the article named before with that office and country.
    [InlineData("Kenyan President Peter Mwangi and Indian Prime Minister Ravi Kumar spoke at a forum. On March 6, the Kenyan president held talks with Kumar in Delhi.",
        "Peter Mwangi/KE,Ravi Kumar/IN 2024-03-06 Delhi")]
    [InlineData("Chilean Foreign Minister Ana Rojas flew to Warsaw. Polish Foreign Minister Jan Nowak said ties were strong. Rojas met the Polish foreign minister on March 4.",
        "Ana Rojas/CL,Jan Nowak/PL 2024-03-04")]
    [InlineData("Thai Prime Minister Somchai Dee is in Hanoi. Vietnamese Prime Minister Pham Van Hai said trade grew. On March 5 Vietnam's prime minister received Somchai Dee.",
        "Pham Van Hai/VN,Somchai Dee/TH 2024-03-05")]
    // The office as the gazetteer reads it: "the Egyptian Minister of Foreign Affairs" is the foreign minister named before.
    [InlineData("Egyptian Foreign Minister Omar Fathy toured Budapest. Hungarian Foreign Minister Laszlo Nagy praised ties. Nagy met the Egyptian Minister of Foreign Affairs on March 4.",
        "Laszlo Nagy/HU,Omar Fathy/EG 2024-03-04")]
    // "the president" with no country is the one president named before.
    [InlineData("Kenyan President Peter Mwangi opened a plant. Indian Foreign Minister Ravi Kumar was in Nairobi. On March 6 the president received Kumar.",
        "Peter Mwangi/KE,Ravi Kumar/IN 2024-03-06")]
    // Two holders of the office named before, or none, leave the bare office unlinked.
    [InlineData("Kenyan President Peter Mwangi and Indian President Ravi Kumar spoke. On March 6 the president received Indian Foreign Minister Anil Rao.", "")]
    [InlineData("Indian Foreign Minister Ravi Kumar arrived. On March 6 the Kenyan president received Kumar.", "")]
    // A holder named only after the bare office is not the one it refers back to.
    [InlineData("On March 6 the Kenyan president held talks with Indian Foreign Minister Ravi Kumar. Kenyan President Peter Mwangi later flew to Mombasa.", "")]
    // A former holder holds the office no more.
    [InlineData("Former Kenyan President Peter Mwangi wrote a book. On March 6 the Kenyan president held talks with Indian Foreign Minister Ravi Kumar.", "")]
    // "the president of the chamber" is another body's president.
    [InlineData("Kenyan President Peter Mwangi visited. On March 6 the president of the chamber met Indian Foreign Minister Ravi Kumar.", "")]
    public void A_bare_office_refers_to_the_one_holder_named_before(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // "his Estonian counterpart" with no name is the one official named before who holds the possessor's office for that country.
    [InlineData("Estonian Foreign Minister Margus Tamm arrived. Ukrainian Foreign Minister Andrii Sybenko spoke. On March 4, Sybenko held talks with his Estonian counterpart in Kyiv.",
        "Andrii Sybenko/UA,Margus Tamm/EE 2024-03-04 Kyiv")]
    [InlineData("Chilean President Rosa Medina landed. Polish President Jan Nowak spoke. Nowak met his counterpart in Warsaw on March 5.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-05 Warsaw")]
    [InlineData("Thai Prime Minister Somchai Dee flew in. Vietnamese Prime Minister Pham Van Hai said trade grew. On March 6 Pham Van Hai received her Thai counterpart.",
        "Pham Van Hai/VN,Somchai Dee/TH 2024-03-06")]
    // No holder of the possessor's office for that country named before, or two, leave the counterpart unlinked.
    [InlineData("Estonian Prime Minister Margus Tamm arrived. Ukrainian Foreign Minister Andrii Sybenko spoke. On March 4, Sybenko held talks with his Estonian counterpart in Kyiv.", "")]
    [InlineData("Estonian Foreign Minister Margus Tamm and Estonian Foreign Minister Kaja Lepp arrived. Ukrainian Foreign Minister Andrii Sybenko spoke. On March 4, Sybenko held talks with his Estonian counterpart in Kyiv.", "")]
    public void A_bare_counterpart_is_the_one_holder_of_the_office_named_before(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // A short name after the verb is the official named before, not a second person of no office across from him.
    [InlineData("Kenyan President Peter Mwangi spoke in Delhi. On March 6 Indian business leaders met with Mwangi.", "")]
    [InlineData("Chilean Foreign Minister Ana Rojas landed in Warsaw. On March 4 the Polish side received Rojas.", "")]
    [InlineData("Thai Prime Minister Somchai Dee flew in. On March 5 a Vietnamese delegation welcomed Dee at the airport.", "")]
    public void A_short_name_after_the_verb_is_no_guest_of_its_own(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // A date between the two subjects and their joint verb dates the meeting.
    [InlineData("Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak on Wednesday discussed trade.", "Ana Rojas/CL,Jan Nowak/PL 2024-03-06")]
    [InlineData("Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak on March 5 reviewed their trade.", "Ana Rojas/CL,Jan Nowak/PL 2024-03-05")]
    [InlineData("Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak, on March 5, signed a treaty.", "Ana Rojas/CL,Jan Nowak/PL 2024-03-05")]
    // Near miss: other words between the subjects and the verb.
    [InlineData("Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak in a joint letter on March 5 discussed trade.", "")]
    // A shared pledge, reaffirmation or accord of the two sides' officials tells of their meeting too.
    [InlineData("Chilean President Rosa Medina and Polish President Jan Nowak on Thursday pledged closer ties.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-07")]
    [InlineData("Chilean President Rosa Medina and Polish President Jan Nowak, on March 4, reaffirmed their partnership.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-04")]
    [InlineData("Chilean President Rosa Medina and Polish President Jan Nowak concurred on March 6 to widen trade.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-06")]
    [InlineData("Chilean President Rosa Medina and Polish President Jan Nowak vowed on March 6 to fight smuggling.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-06")]
    // ... not two of one side, nor a pledge dated apart from the verb.
    [InlineData("Chilean President Rosa Medina and Chilean Trade Minister Luis Soto on Thursday pledged closer ties with Poland.", "")]
    [InlineData("Chilean President Rosa Medina and Polish President Jan Nowak pledged closer ties at the talks held in 2019.", "")]
    // "meets" and "held a summit with" another official; a body that "meets" is no meeting of two officials.
    [InlineData("Chilean President Rosa Medina meets Polish President Jan Nowak in Warsaw on March 5.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-05 Warsaw")]
    [InlineData("Chilean President Rosa Medina held a summit with Polish President Jan Nowak on March 5.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-05")]
    [InlineData("On March 5, Chilean President Rosa Medina held summit talks with Polish President Jan Nowak.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-05")]
    [InlineData("Set up in 2014, the joint council meets annually under the leadership of Chilean President Rosa Medina and Polish President Jan Nowak.", "")]
    public void ReadsDatedJointActsAndMoreMeetingVerbs(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // A joint press (or news) conference with an official of the other side is a meeting of the two.
    [InlineData("Chilean President Rosa Medina said at a joint press conference with Polish President Jan Nowak in Warsaw on March 5 that trade had doubled.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-05 Warsaw")]
    [InlineData("On March 5, Chilean Foreign Minister Ana Rojas spoke at a joint news conference alongside Thai Foreign Minister Somchai Dee in Santiago.",
        "Ana Rojas/CL,Somchai Dee/TH 2024-03-05 Santiago")]
    [InlineData("Kenyan Trade Minister Jane Achieng held a joint news conference with Indian Trade Minister Ravi Kumar in Nairobi on March 7.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-07 Nairobi")]
    // Near misses: a press conference given alone, or not joint; a joint one with an official of the same side only.
    [InlineData("Chilean President Rosa Medina said at a press conference in Warsaw on March 5 that trade with Poland had doubled.", "")]
    [InlineData("Chilean President Rosa Medina said at a press conference with reporters on March 5 that Poland was a partner.", "")]
    [InlineData("Chilean President Rosa Medina said at a joint press conference with Chilean Trade Minister Luis Soto on March 5 that exports to Poland had doubled.", "")]
    public void A_joint_press_conference_with_the_other_side_is_a_meeting(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // A planned meeting is still to come: a weekday is the next one after publication (Wednesday, March 13, 2024).
    [InlineData("In their meeting, slated for Monday, Chilean President Rosa Medina and Polish President Jan Nowak plan to discuss trade.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-18 planned")]
    [InlineData("Chilean President Rosa Medina will meet Polish President Jan Nowak on Monday.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-18 planned")]
    [InlineData("Chilean President Rosa Medina is expected to hold talks with Polish President Jan Nowak on Monday.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-18 planned")]
    // Near miss: a meeting told as held keeps the Monday before.
    [InlineData("Chilean President Rosa Medina met Polish President Jan Nowak on Monday.", "Jan Nowak/PL,Rosa Medina/CL 2024-03-11")]
    public void A_planned_meeting_on_a_weekday_comes_after_publication(string body, string expected) =>
        Assert.Equal(expected, string.Join("; ", DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body, "March 13, 2024")).Select(Line).Order(StringComparer.Ordinal)));

    [Theory]
    // A plan with no date in its sentence, in a story dated March 10, 2024 whose lead names no day: the coming days, that month.
    [InlineData("Chilean President Rosa Medina will hold talks with Polish President Jan Nowak in Warsaw.", "Jan Nowak/PL,Rosa Medina/CL 2024-03 Warsaw planned")]
    [InlineData("Kenyan Foreign Minister Jane Achieng is expected to meet Indian Foreign Minister Ravi Kumar to review the trade pact.", "Jane Achieng/KE,Ravi Kumar/IN 2024-03 planned")]
    [InlineData("Thai Prime Minister Somchai Dee is due to hold a meeting with Chilean Foreign Minister Ana Rojas at Government House.", "Ana Rojas/CL,Somchai Dee/TH 2024-03 planned")]
    // A lead that names one day gives the plan that day; a stay of several days in the month gives the month.
    [InlineData("Chilean President Rosa Medina arrives in Poland on Thursday, March 14, for a two-day state visit. Exports grew. Medina will hold talks with Polish President Jan Nowak.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03-14 planned")]
    [InlineData("Kenyan Foreign Minister Jane Achieng will be in India from March 18 to 20. Exports grew. Achieng is set to meet Indian Foreign Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03 planned")]
    // A plan framed by a trip takes the day of the trip the lead tells, however far into the story it stands.
    [InlineData("Kenyan Foreign Minister Jane Achieng arrives in India on Tuesday, March 12, for a working visit. Exports grew. Imports fell. Tourism rose. Farmers cheered. During the visit, Achieng will meet Indian Foreign Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-12 planned")]
    // A past trip the lead recalls is another event: the plan keeps the publication month.
    [InlineData("Chilean President Rosa Medina last visited Poland on 29 February. Exports grew. Medina will hold talks with Polish President Jan Nowak.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03 planned")]
    // Near misses: a lead pointing to a later month, the heads of a body to be set up, a plan on a meeting told elsewhere, a meeting told as held.
    [InlineData("Chilean President Rosa Medina will visit Poland from April 14 to 16. Exports grew. Medina will hold talks with Polish President Jan Nowak.", "")]
    [InlineData("The new council will be headed by Chilean Foreign Minister Ana Rojas and Polish Foreign Minister Jan Nowak.", "")]
    [InlineData("At the meeting, Chilean President Rosa Medina and Polish President Jan Nowak are expected to review trade.", "")]
    [InlineData("Chile and Poland are partners. Their trade grew. Chilean President Rosa Medina held talks with Polish President Jan Nowak.", "")]
    public void A_plan_without_a_date_of_its_own_is_of_the_day_or_month_the_story_announces(string body, string expected) =>
        Assert.Equal(expected, string.Join("; ", DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body)).Select(Line).Order(StringComparer.Ordinal)));

    [Theory]
    // Talks told as held, with no date in their sentence, in a story dated March 10, 2024 whose lead tells the trip but names no
    // day of it: talks of that trip, in the publication month.
    [InlineData("Kenyan Foreign Minister Jane Achieng has ended her official visit to India. Exports grew. Achieng met with Indian Foreign Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03")]
    [InlineData("Chilean President Rosa Medina is wrapping up a three-day state visit to Poland. Trade grew. Medina held talks with Polish President Jan Nowak in Warsaw.",
        "Jan Nowak/PL,Rosa Medina/CL 2024-03 Warsaw")]
    [InlineData("Thai Prime Minister Somchai Dee concluded his first trip to Chile. Tourism rose. Somchai Dee also called on Chilean Foreign Minister Ana Rojas.",
        "Ana Rojas/CL,Somchai Dee/TH 2024-03")]
    // A lead that names the trip's one day gives the talks that day.
    [InlineData("Indian Foreign Minister Ravi Kumar arrived in Kenya on Friday, March 8, for a one-day visit. Exports grew. Kumar met Kenyan President Peter Mwangi.",
        "Peter Mwangi/KE,Ravi Kumar/IN 2024-03-08")]
    // Near misses: a lead naming several days (the talks' is not told), a trip of another month, a programme listing a meeting,
    // a lead that tells no trip.
    [InlineData("Kenyan Foreign Minister Jane Achieng arrived in India on Monday, March 4, and left on Wednesday, March 6, ending her visit. Exports grew. Achieng met with Indian Foreign Minister Ravi Kumar.", "")]
    [InlineData("Chilean President Rosa Medina visited Poland in January. Trade grew. Medina held talks with Polish President Jan Nowak.", "")]
    [InlineData("Chilean President Rosa Medina ended her visit to Poland. Trade grew. Her programme included a meeting with Polish President Jan Nowak.", "")]
    [InlineData("Thailand and Chile are partners. Tourism rose. Thai Prime Minister Somchai Dee also called on Chilean Foreign Minister Ana Rojas.", "")]
    public void Talks_without_a_date_of_their_own_are_of_the_trip_the_lead_tells(string body, string expected) =>
        Assert.Equal(expected, string.Join("; ", DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body)).Select(Line).Order(StringComparer.Ordinal)));

    [Theory]
    // Talks told as held, with no date in their sentence, on a stay the lead gives as a span of days: the span's month, also
    // in a story known only to its year when the span names its year, and with a day of the stay itself named in the lead.
    [InlineData("Kenyan Foreign Minister Jane Achieng paid an official visit to India on 4-6 March 2024. Exports grew. Achieng also called on Indian President Meera Rao.",
        "2024", "Jane Achieng/KE,Meera Rao/IN 2024-03")]
    [InlineData("Chilean President Rosa Medina was in Poland from February 26 to 28 on a state visit. Trade grew. Medina held talks with Polish President Jan Nowak.",
        "March 10, 2024", "Jan Nowak/PL,Rosa Medina/CL 2024-02")]
    [InlineData("Thai Prime Minister Somchai Dee concluded a visit to Chile, 11-13 January 2023. Tourism rose. Somchai Dee met Chilean Foreign Minister Ana Rojas.",
        "2023", "Ana Rojas/CL,Somchai Dee/TH 2023-01")]
    [InlineData("Kenyan Foreign Minister Jane Achieng, on a visit to India from March 8 to 10, laid a wreath today. Exports grew. Achieng met Indian Foreign Minister Ravi Kumar.",
        "March 10, 2024", "Jane Achieng/KE,Ravi Kumar/IN 2024-03")]
    // Near misses: a day of the lead outside the span (the talks' day is told elsewhere), a span over two months, a span whose
    // year is guessed in a story known only to its year.
    [InlineData("Kenyan Foreign Minister Jane Achieng visited India from March 4 to 6 and returned home on March 7. Exports grew. Achieng met Indian Foreign Minister Ravi Kumar.",
        "March 10, 2024", "")]
    [InlineData("Chilean President Rosa Medina was in Poland from February 28 to March 2 on a state visit. Trade grew. Medina held talks with Polish President Jan Nowak.",
        "March 10, 2024", "")]
    [InlineData("Thai Prime Minister Somchai Dee concluded a visit to Chile on 11-13 January. Tourism rose. Somchai Dee met Chilean Foreign Minister Ana Rojas.",
        "2023", "")]
    public void Talks_without_a_date_of_their_own_on_a_stay_the_lead_gives_as_a_span_are_of_its_month(string body, string published, string expected) =>
        Assert.Equal(expected, string.Join("; ", DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body, published)).Select(Line).Order(StringComparer.Ordinal)));

    [Fact]
    public void A_plan_without_a_date_in_a_story_whose_day_is_guessed_dates_nothing()
    {
        const string body = "Chilean President Rosa Medina will hold talks with Polish President Jan Nowak in Warsaw.";
        Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body)));
        Assert.Empty(DiplomacyFacts.Of<Meeting>($"News\n\n{body} Trade reached $5 million in 2023.\n"));
    }

    [Fact]
    public void A_weekday_in_an_article_known_only_to_its_year_dates_nothing()
    {
        const string body = "Chilean Foreign Minister Ana Rojas met Polish Foreign Minister Jan Nowak in Warsaw on Wednesday.";
        Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body)));
        Assert.Empty(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body, "2024")));
    }

    [Fact]
    public void A_day_placed_in_a_publication_year_guessed_from_the_text_dates_nothing()
    {
        // No date line: the publication year is guessed from "2023", so "on April 12" has no year the text states.
        const string body = "Chilean Foreign Minister Ana Rojas met Polish Foreign Minister Jan Nowak in Warsaw on March 4. Trade reached $5 million in 2023.";
        Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(body)));
        Assert.Empty(DiplomacyFacts.Of<Meeting>($"News\n\n{body}\n"));
        // A day with its year is stated, whatever the publication date.
        const string dated = "Chilean Foreign Minister Ana Rojas met Polish Foreign Minister Jan Nowak in Warsaw on March 4, 2023. Trade reached $5 million in 2023.";
        Assert.Equal("2023-03-04", Assert.Single(DiplomacyFacts.Of<Meeting>($"News\n\n{dated}\n")).Date);
        // A full date of the same month next to the day gives its year.
        const string anchored = "Chilean Foreign Minister Ana Rojas was in Poland from 3 to 6 March 2022. On 4 March, Rojas met Polish Foreign Minister Jan Nowak. Trade reached $5 million in 2023.";
        Assert.Equal("2022-03-04", Assert.Single(DiplomacyFacts.Of<Meeting>($"News\n\n{anchored}\n")).Date);
        const string elsewhere = "Chilean Foreign Minister Ana Rojas was in Poland in June 2022. On 4 March, Rojas met Polish Foreign Minister Jan Nowak. Trade reached $5 million in 2023.";
        Assert.Empty(DiplomacyFacts.Of<Meeting>($"News\n\n{elsewhere}\n"));
        // An agency dispatch dated to the day by its dateline keeps the year read from its text.
        const string dispatch = "WARSAW, March 5 (PAP) - Chilean Foreign Minister Ana Rojas met Polish Foreign Minister Jan Nowak on Monday. Trade reached $5 million in 2023.";
        Assert.Equal("2024-03-04", Assert.Single(DiplomacyFacts.Of<Meeting>($"Chile and Poland discuss trade ties\n\n{dispatch}\n")).Date);
    }

    [Fact]
    public void A_meeting_in_a_story_lead_without_a_date_of_its_own_is_the_news_of_the_stated_day()
    {
        const string lead = "Chilean and Polish ministers signed three agreements following a meeting between Chilean President Rosa Medina and her Polish counterpart Jan Nowak.";
        Assert.Equal("2024-03-10", Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(lead))).Date);
        // Not further into the story, nor when the publication day is not stated.
        Assert.Empty(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article("Chile and Poland are partners. Their trade grew. " + lead)));
        Assert.Empty(DiplomacyFacts.Of<Meeting>($"Chile and Poland sign agreements\n\n{lead} Trade grew in 2023.\n"));
    }

    [Theory]
    // A lead sentence that names an official only by a pronoun or a bare office, linked to the name the sentence before gives,
    // says nothing of when: the publication day is no date of that meeting.
    [InlineData("The Chilean president held talks with Polish President Jan Nowak in Warsaw.")]
    [InlineData("She held talks with Polish President Jan Nowak in Warsaw.")]
    [InlineData("The president met Polish President Jan Nowak in Warsaw.")]
    public void A_lead_meeting_of_an_official_linked_from_the_sentence_before_takes_no_publication_day(string lead)
    {
        // A headline above the stated day, so that the two sentences are the story's lead.
        const string first = "Medina in Poland\n\nMarch 10, 2024\n\nChilean President Rosa Medina arrived in Poland for talks.";
        Assert.Empty(DiplomacyFacts.Of<Meeting>($"{first} {lead}\n"));
        // The same lead with a date of its own is that day's meeting of the official named before.
        var dated = Assert.Single(DiplomacyFacts.Of<Meeting>($"{first} {lead[..^1]} on March 8.\n"));
        Assert.Equal("2024-03-08", dated.Date);
        Assert.Contains(dated.Participants, p => p.Name == "Rosa Medina");
    }

    [Fact]
    public void A_sentence_cut_by_a_page_break_takes_its_date_from_the_piece_after_it()
    {
        const string cut = "Kenya and India agreed to cooperate on trade and energy.\n\nKenyan Foreign Minister Jane Achieng held talks with Indian Foreign Minister Ravi Kumar on the sidelines of the Indian Ocean\n\nConference on maritime security held in Mombasa under the chairmanship of the Kenyan President on 4 March,\n\n2024. The two ministers agreed to meet again.";
        Assert.Equal("2024-03-04", Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(cut))).Date);
        Assert.Empty(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(cut.Replace("Indian Ocean\n\nConference", "Indian Ocean Conference.\n\nA conference"))));
        // A sentence that ends with a full stop is whole: the next one's day is not its date.
        const string whole = "Chile and Poland are partners. Trade grew. Chilean Foreign Minister Ana Rojas held talks with Polish Foreign Minister Jan Nowak. A fair opened in Warsaw on March 4.";
        Assert.Empty(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(whole)));
    }

    [Fact]
    public void A_weekday_of_talks_told_as_held_is_the_one_before_publication_whatever_future_the_sentence_tells_after()
    {
        // Published Sunday 10 March 2024: "Tuesday" of held talks is 5 March, even beside "will" or "this week".
        Assert.Equal("2024-03-05", Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(
            "Chilean Foreign Minister Ana Rojas held a meeting with Polish Foreign Minister Jan Nowak on Tuesday, ahead of the summit that will open this week."))).Date);
        Assert.Equal("2024-03-06", Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(
            "Chilean Foreign Minister Ana Rojas met her Polish counterpart Jan Nowak in Warsaw on Wednesday, saying the deal will help farmers."))).Date);
        Assert.Equal("2024-03-08", Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(
            "On Friday, Chilean Foreign Minister Ana Rojas held talks with Polish Foreign Minister Jan Nowak, who will return to Warsaw next week."))).Date);
        // A planned meeting keeps the weekday after publication.
        Assert.Equal("2024-03-12", Assert.Single(DiplomacyFacts.Of<Meeting>(DiplomacyFacts.Article(
            "Chilean Foreign Minister Ana Rojas will meet Polish Foreign Minister Jan Nowak on Tuesday."))).Date);
    }

    [Theory]
    // The heads of the two sides' delegations named in one sentence, each side by its own country or demonym.
    [InlineData("On March 5, the Kenyan side was chaired by Minister of Trade, Dr Jane Achieng, while the Indian side was chaired by Minister for Commerce, Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("The commission met in Nairobi on March 5. The Kenyan delegation was led by Trade Minister Jane Achieng and the Indian delegation by Commerce Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("The commission met in Nairobi on March 5. The delegation of Kenya was headed by the Minister of Trade Jane Achieng, the delegation of India by the Minister of Commerce Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("The commission met in Nairobi on March 5. Dr Jane Achieng, Minister of Trade, chaired the Kenyan side and Ravi Kumar, Minister of Commerce, chaired the Indian side.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("The commission met in Nairobi on March 5. It was co-chaired from the Kenyan side by Ms. Jane Achieng, Minister of Trade, and from the Indian side by Mr. Ravi Kumar, Minister of Commerce.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    // The second side told in the sentence right after the first.
    [InlineData("The commission met in Nairobi on March 5. The Kenyan delegation was led by Trade Minister Jane Achieng. The Indian delegation was led by Commerce Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("The commission met in Nairobi on March 5. The delegation of Kenya was headed by Dr Jane Achieng, Minister of Trade. India's delegation was headed by Ravi Kumar, Minister of Commerce.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("On March 5, Trade Minister Jane Achieng chaired the Kenyan side. Commerce Minister Ravi Kumar chaired the Indian side.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    // Near misses: one side's delegation only; a side that is a place, not a delegation; a head of the wrong country.
    [InlineData("The commission met in Nairobi on March 5. The Kenyan delegation was led by Trade Minister Jane Achieng and included Finance Minister Paul Otieno.", "")]
    [InlineData("The commission met in Nairobi on March 5. The Kenyan delegation was led by Trade Minister Jane Achieng. Its Indian hosts praised the talks.", "")]
    [InlineData("The commission met in Nairobi on March 5. The Kenyan delegation was led by Trade Minister Jane Achieng. Rain fell. The Indian delegation was led by Commerce Minister Ravi Kumar.", "")]
    [InlineData("The commission met in Nairobi on March 5. The Kenyan delegation was led by Trade Minister Jane Achieng. The Kenyan side was led by Finance Minister Paul Otieno.", "")]
    [InlineData("On March 5, the Kenyan side of the border was inspected by Army Chief Jane Achieng, while Indian Commerce Minister Ravi Kumar spoke in Delhi.", "")]
    [InlineData("The commission met in Nairobi on March 5. The Kenyan delegation was led by Indian Commerce Minister Ravi Kumar and the Indian delegation by Indian Trade Minister Meera Shah.", "")]
    public void The_heads_of_two_sides_delegations_meet(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // A pronoun subject is the official of the other side named last before the sentence.
    [InlineData("Kenyan Trade Minister Jane Achieng arrived in Delhi on March 4. She was received by Indian Prime Minister Ravi Kumar on March 5.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("Kenyan Trade Minister Jane Achieng arrived in Delhi on March 4. On March 5, she also met Indian Commerce Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("Kenyan Trade Minister Jane Achieng arrived in Delhi on March 4. Her talks with Indian Commerce Minister Ravi Kumar on March 5 covered tea.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    // Near misses: the last official named is of the same side as the object; the pronoun is no subject of the trigger.
    [InlineData("Indian Trade Minister Meera Shah arrived in Mumbai on March 4. She met Indian Commerce Minister Ravi Kumar on March 5.", "")]
    [InlineData("Kenyan Trade Minister Jane Achieng arrived in Delhi on March 4. Officials said she praised the airport, and that Indian Commerce Minister Ravi Kumar met traders on March 5.", "")]
    // Attending a signing together, a plan with a bare verb, several counterparts of one country in a list, "negotiations with".
    [InlineData("The four agreements were signed in the presence of Kenyan President Jane Achieng and Indian Prime Minister Ravi Kumar on March 5.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("Kenyan President Jane Achieng and Indian Prime Minister Ravi Kumar witnessed the signing of four agreements in Nairobi on March 5.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05 Nairobi")]
    [InlineData("Kenyan President Jane Achieng and India's Prime Minister Ravi Kumar are expected to discuss trade in Nairobi on March 12.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-12 Nairobi planned")]
    [InlineData("On March 5, Kenyan President Jane Achieng met with India's Prime Minister Ravi Kumar, Finance Minister Arun Das and Foreign Minister Meera Shah.",
        "Arun Das/IN,Jane Achieng/KE 2024-03-05; Jane Achieng/KE,Meera Shah/IN 2024-03-05; Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("Kenyan President Jane Achieng called her negotiations with Indian Prime Minister Ravi Kumar in Delhi on March 5 fruitful.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05 Delhi")]
    // Near misses: a presence at no signing; a purpose of a body ("for both ministers to review"); a bare verb with no plan.
    [InlineData("The trade fair opened on March 5 in the presence of Kenyan Ambassador Jane Achieng and Indian Commerce Minister Ravi Kumar.", "")]
    [InlineData("Kenyan Trade Minister Jane Achieng thanked Indian Commerce Minister Ravi Kumar. Set up in 1990, the commission lets both ministers review trade each year.", "")]
    [InlineData("Kenyan President Jane Achieng and Indian Prime Minister Ravi Kumar discuss trade in Nairobi.", "")]
    public void Reads_pronoun_subjects_signings_plans_and_lists(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Theory]
    // A session led, headed or presided over by one official of each side.
    [InlineData("The session on March 5 was led by Kenyan Trade Minister Jane Achieng and her Indian counterpart Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("The session on March 5 was headed by Kenyan Trade Minister Jane Achieng and Indian Commerce Minister Ravi Kumar.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("The fifth session, presided over by Kenyan Prime Minister Jane Achieng and Indian Prime Minister Ravi Kumar, closed in Nairobi on March 5.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05 Nairobi")]
    // Near misses: one side's delegation led by its own minister.
    [InlineData("The Kenyan delegation, led by Trade Minister Jane Achieng, toured Mumbai on March 5.", "")]
    // An object pronoun after a reception verb is the official of the other side named last before.
    [InlineData("Kenyan Trade Minister Jane Achieng arrived in Delhi on March 4. On March 5, Indian Prime Minister Ravi Kumar received her at his office.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("Kenyan Trade Minister Peter Otieno arrived in Delhi on March 4. Indian Prime Minister Ravi Kumar welcomed him on March 5.",
        "Peter Otieno/KE,Ravi Kumar/IN 2024-03-05")]
    [InlineData("Kenyan Trade Minister Jane Achieng arrived in Delhi on March 4. On March 5, Indian Prime Minister Ravi Kumar met her in Agra.",
        "Jane Achieng/KE,Ravi Kumar/IN 2024-03-05 Agra")]
    // Near misses: "her" as a determiner; the pronoun's referent of the host's own side.
    [InlineData("Kenyan Trade Minister Jane Achieng arrived in Delhi on March 4. On March 5, Indian Prime Minister Ravi Kumar received her letter.", "")]
    [InlineData("Indian Trade Minister Meera Shah arrived in Agra on March 4. On March 5, Indian Prime Minister Ravi Kumar received her at his office.", "")]
    public void Reads_sessions_led_by_both_sides_and_object_pronouns(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<Meeting>(body, Line));

    [Fact]
    public void A_weekday_in_the_sentence_before_is_read_against_the_dateline()
    {
        var input = DiplomacyFacts.Article("Nairobi, Apr 15 (Agency) Kenya and India signed ten agreements on Monday.\n\n"
            + "The ceremony was headed by Kenyan Trade Minister Jane Achieng and Indian Commerce Minister Ravi Kumar.", published: "Tuesday, May 28, 2024");
        Assert.Equal(["Jane Achieng/KE,Ravi Kumar/IN 2024-04-15"], DiplomacyFacts.Of<Meeting>(input).Select(Line));
    }

    [Fact]
    public void EvidenceQuotesTheInput() =>
        DiplomacyFacts.AssertEvidenceQuotesInput<Meeting>("Chilean Foreign Minister Ana Rojas met Thai Foreign Minister Somchai Dee in Santiago on February 20, 2024.");
}
