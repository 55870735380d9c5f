using CsCheck;
using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Diplomacy;

public sealed class DiplomacyPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Vietnam", "Laos", "Kenyan", "Indian", "President", "Prime Minister", "Foreign Minister", "Nguyen Van An", "Ravi Kumar",
        "visit", "state visit", "arrived in", "Hanoi", "Nairobi", "met", "held talks with", "received", "his Lao counterpart",
        "embassy", "consulate", "opened", "ambassador", "appointed", "credentials", "diplomatic relations", "established",
        "on March 4", "until March 6", "in 1998", "from 3 to 5 June 2023", "two-day", "'s", ",", ".", " and ", " while ", "if", "will",
    ];

    [Fact]
    public void AnyMixOfDiplomacyWordsGivesFactsWithExactEvidence()
    {
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 60]
            .Select(parts => string.Join(' ', parts))
            .Sample(body =>
            {
                var input = DiplomacyFacts.Article(body);
                foreach (var fact in DiplomacyFacts.Of<Fact>(input))
                {
                    var evidence = fact.Evidence!;
                    Assert.Equal(input[evidence.Start..evidence.End], evidence.Quote);
                }
            }, iter: 300);
    }
}
