using CsCheck;
using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Multilateral;

public class MultilateralPropertyTests
{
    private static readonly string[] WordList =
    [
        "Vietnam", "Belarus", "Vietnamese", "Belarusian", "President", "Deputy", "Prime", "Minister", "of", "to", "and", "the", "Lam",
        "To", "Nguyen", "Van", "Minh", "Ambassador", "counterpart", "his", "visit", "students", "community", "in", "live", "600",
        "500–600", "2023–2025", "candidacy", "supported", "'s", "UN", "Human", "Rights", "Council", ",", ".", "Hanoi", "Minsk", "former",
        "then", "its", "by", "Mexicans", "Lao", "Foreign", "ministers", "Secretary", "Mayor", "about", "people", "from", "Dr.", "H.E.",
    ];

    private static readonly Gen<string> Text =
        Gen.Int[0, WordList.Length - 1].Select(i => WordList[i]).Array[0, 80].Select(words => "Vietnam and Belarus\n\n" + string.Join(' ', words) + ".");

    [Fact]
    public void Any_text_gives_facts_whose_evidence_is_the_input_slice() =>
        Text.Sample(text =>
        {
            foreach (var fact in FactsFrom.Extract(text).Facts)
            {
                if (fact is not (Community or Students or OfficeHolder or CandidacySupport)) continue;
                Assert.Equal(text[fact.Evidence!.Start..fact.Evidence.End], fact.Evidence.Quote);
            }
        }, iter: 300);
}
