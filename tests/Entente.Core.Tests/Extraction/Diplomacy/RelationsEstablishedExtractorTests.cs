using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Diplomacy;

public sealed class RelationsEstablishedExtractorTests
{
    private static string Line(RelationsEstablished r) => $"{string.Join('-', r.Parties.Order(StringComparer.Ordinal))} {r.Date}";

    [Theory]
    [InlineData("Poland and Chile established diplomatic relations in 1921.", "CL-PL 1921")]
    [InlineData("On January 24, 1992, Vietnam and Belarus established diplomatic relations.", "BY-VN 1992-01-24")]
    [InlineData("Kenya and India set up diplomatic ties on 9 May 1964, officials recalled.", "IN-KE 1964-05-09")]
    // Normalising relations and ties that "date back" to a year also date their start.
    [InlineData("Mexico and Chile normalized diplomatic relations in 1990, a decade after the break.", "CL-MX 1990")]
    [InlineData("Diplomatic ties between Chile and Poland date back to 1952, the minister recalled.", "CL-PL 1952")]
    [InlineData("Egypt and Hungary have maintained good ties. The two sides recalled that diplomatic relations were set up on March 3, 1957.", "EG-HU 1957-03-03")]
    [InlineData("Ghana and Cuba marked the anniversary of the establishment of diplomatic relations, which the two countries set up on 3 April 1961.", "CU-GH 1961-04-03")]
    [InlineData("Brazil recognised Angola on 11 November 1975, and the two countries established diplomatic relations the same year. Angola and Brazil trade oil.", "AO-BR 1975-11-11")]
    [InlineData("Japan and Mongolia, which established diplomatic relations on 24 February 1972, signed a new plan. Japan sent experts to Mongolia.", "JP-MN 1972-02-24")]
    [InlineData("Argentina and India forged diplomatic relations in 1949 and have since expanded trade.", "AR-IN 1949")]
    [InlineData("Mexico and Vietnam established diplomatic relations on May 19, 1975.", "MX-VN 1975-05-19")]
    [InlineData("Thailand and Laos established diplomatic ties in 1950.", "LA-TH 1950")]
    // "since" right after the relations dates their start; "relationship" and unqualified "the relations between" name them too.
    [InlineData("Chile and Poland will mark 60 years of their diplomatic relations, since March 1964, with a concert.", "CL-PL 1964-03")]
    [InlineData("Kenya and India have had diplomatic ties since 1964.", "IN-KE 1964")]
    [InlineData("Thailand and Laos set up a diplomatic relationship in 1950.", "LA-TH 1950")]
    [InlineData("The relations between Chile and Poland, which were established in 1921, keep growing.", "CL-PL 1921")]
    // "began in" dates the start; a date inside a relative clause hung on another noun tells of that noun.
    [InlineData("Diplomatic relations between Chile and Poland began in 1965.", "CL-PL 1965")]
    [InlineData("Diplomatic ties between Kenya and India started in 1964 with an exchange of envoys.", "IN-KE 1964")]
    [InlineData("Diplomatic relations between Chile and Poland began in 1965 with the opening of the Polish embassy in Santiago, which moved to a new building in 1990.", "CL-PL 1965")]
    [InlineData("Diplomatic relations between Chile and Poland were marked by the opening of the Chilean embassy in Warsaw, which was later moved to Krakow in 2008.", "")]
    [InlineData("Diplomatic relations between Kenya and India began as the first envoy arrived, who presented his letters in 1964.", "")]
    // Other words for the act and its topic: formal relations, forging ties, formation, launch, normalization, re-establishment.
    [InlineData("Laos and Mongolia established formal relations in 1950.", "LA-MN 1950")]
    [InlineData("Since forging ties in 1989, Laos and Mongolia have grown close.", "LA-MN 1989")]
    [InlineData("Laos and Mongolia have been close since the formation of diplomatic ties in 1990.", "LA-MN 1990")]
    [InlineData("Trade grew since the launch of diplomatic relations between Laos and Mongolia on July 1, 1993.", "LA-MN 1993-07-01")]
    [InlineData("Laos and Mongolia marked the normalization of diplomatic relations in 1998.", "LA-MN 1998")]
    [InlineData("In 1991, the official diplomatic relations between Laos and Mongolia were reestablished.", "LA-MN 1991")]
    [InlineData("Laos and Mongolia celebrate 75 years of diplomatic ties that began on February 3, 1949.", "LA-MN 1949-02-03")]
    [InlineData("Laos and Mongolia are friends. The establishment of these relations occurred on June 12, 2017.", "LA-MN 2017-06-12")]
    // An anniversary's span after the relations starts with the year they began.
    [InlineData("Laos and Mongolia marked the 70th anniversary of their diplomatic ties (1950 – 2020).", "LA-MN 1950")]
    [InlineData("Laos and Mongolia marked the 70th anniversary of their diplomatic ties (1950-2020) in Ulaanbaatar.", "LA-MN 1950")]
    [InlineData("Laos and Mongolia discussed their diplomatic ties (1950-2020 saw little trade) at length.", "")]
    [InlineData("Laos and Mongolia will mark the 75th anniversary of their diplomatic ties (2025) with a concert.", "")]
    // Near misses: a "since" that dates a later state, qualified relations, relations alone.
    [InlineData("Diplomatic ties between Chile and Poland have been frozen since 2018.", "")]
    [InlineData("The trade relations between Chile and Poland, set up in 1990, keep growing.", "")]
    [InlineData("Chile and Poland have had close relations since 1921.", "")]
    // Negatives: no date, an anniversary without the act, a third country, a hypothesis, a future date.
    [InlineData("Poland and Chile have close diplomatic relations.", "")]
    [InlineData("Vietnam and Mexico will celebrate the 50th anniversary of their diplomatic relations next year.", "")]
    [InlineData("Vietnam and Belarus trade. Vietnam established diplomatic relations with Cuba in 1960. Belarus and Vietnam talk often.", "")]
    [InlineData("Kenya and Somalia could establish diplomatic relations in 2025 if talks succeed.", "")]
    [InlineData("Chile and Poland established diplomatic relations, both ministers noted on Monday.", "")]
    // A city of a third country after "with" is the other side of the act, not the article's pair.
    [InlineData("Chile and Poland met. Warsaw established diplomatic ties with Havana in 1960.", "")]
    [InlineData("Kenya and India met. Nairobi set up diplomatic relations with Beijing in 1963, the envoy said.", "")]
    [InlineData("Vietnam and Japan met. Hanoi normalized diplomatic relations with Washington in 1995.", "")]
    [InlineData("Vietnam and Japan met. Hanoi established diplomatic relations with Tokyo in 1973.", "JP-VN 1973")]
    // Bare, official or bilateral relations and ties are the diplomatic ones as the object of establishing them.
    [InlineData("Laos and Mongolia established official ties on 5 May 1960.", "LA-MN 1960-05-05")]
    [InlineData("Laos officially established bilateral ties with Mongolia in 1950, the envoy recalled.", "LA-MN 1950")]
    [InlineData("Poland and Chile established relations in 1921, well before the war.", "CL-PL 1921")]
    [InlineData("Laos and Mongolia met. Since relations were established between the two countries in 1992, trade has tripled.", "LA-MN 1992")]
    // Elsewhere in the sentence, or qualified by a field, they are other relations.
    [InlineData("Laos and Mongolia have warm bilateral ties, and they established a joint committee in 2005.", "")]
    [InlineData("Laos and Mongolia established trade relations in 1990.", "")]
    [InlineData("Laos and Mongolia hope to establish relations in 2030 if talks succeed.", "")]
    // An age of the relations stated in the sentence (the article is of 2024) dates their start: a year it does not reach is another event's.
    [InlineData("Chile and Poland have enjoyed 40 years of diplomatic relations, while cultural ties date back to 1921.", "")]
    [InlineData("Laos and Mongolia look back on five decades of diplomatic ties, strengthened by trade missions dating back to 1990.", "")]
    [InlineData("Kenya and India held many events for the 60th anniversary of establishing diplomatic relations in 2023.", "")]
    [InlineData("Kenya and India marked 60 years of diplomatic ties, which began in 1964.", "IN-KE 1964")]
    [InlineData("Laos and Mongolia have enjoyed six decades of diplomatic relations that date back to 1961.", "LA-MN 1961")]
    public void ReadsTheActAndItsDate(string body, string expected) =>
        Assert.Equal(expected, DiplomacyFacts.Lines<RelationsEstablished>(body, Line));

    [Fact]
    public void EvidenceQuotesTheInput() =>
        DiplomacyFacts.AssertEvidenceQuotesInput<RelationsEstablished>("Poland and Chile established diplomatic relations in 1921.");
}
