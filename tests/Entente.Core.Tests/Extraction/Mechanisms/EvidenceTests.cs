using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

public class EvidenceTests
{
    private const string Text =
        "Vietnam and Cuba met in Havana\n\n" +
        "The 12th session of the Vietnam–Cuba Intergovernmental Committee on Economic Cooperation was held in Hanoi on 3–4 October 2023. " +
        "Vietnam and Cuba signed the Vietnam–Cuba Agreement on Rice Production. The agreement was signed in Hanoi in October 2023 and came into effect in January 2024.";

    [Theory]
    [InlineData("mechanism")]
    [InlineData("mechanism_session")]
    [InlineData("agreement")]
    public void Evidence_quotes_the_input_at_its_offsets(string type)
    {
        var facts = FactsOf.Text(Text).Where(f => f.Type == type).ToList();
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            var evidence = fact.Evidence!;
            Assert.Equal(Text[evidence.Start..evidence.End], evidence.Quote);
        }
    }

    [Fact]
    public void Evidence_of_a_completed_agreement_spans_both_sentences()
    {
        var agreement = Assert.Single(FactsOf.Of<Agreement>(Text));
        Assert.StartsWith("Vietnam and Cuba signed", agreement.Evidence!.Quote, StringComparison.Ordinal);
        Assert.EndsWith("January 2024.", agreement.Evidence.Quote, StringComparison.Ordinal);
    }
}
