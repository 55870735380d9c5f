using CsCheck;
using Entente.Core.Domain;

namespace Entente.Core.Tests.Extraction.Mechanisms;

public class MechanismPropertyTests
{
    /// <summary>The words the name scanners turn on, mixed with punctuation, so random texts reach every branch.</summary>
    private static readonly string[] WordList =
    [
        "Vietnam", "Laos", "Vietnam–Laos", "Kenya-India", "the", "The", "Joint", "Commission", "committee", "on", "for", "of",
        "and", ",", ".", "(", ")", "JC", "-", "–", "12th", "session", "meeting", "its", "last", "met", "in", "Hanoi",
        "2021", "May", "2024–2026", "agreement", "Agreement", "memorandum", "understanding", "signed", "into", "force",
        "entered", "the two", "between", "at", "level", "political", "consultations", "held", "six", "sessions", "\n\n",
        "could", "Treaty", "programme", "cooperation", "protocol", "'", "Dialogue", "Mechanism", "with", "Cuba",
    ];

    private static readonly Gen<string> Texts = Gen.Int[0, WordList.Length - 1].Select(i => WordList[i]).Array[1, 60]
        .Select(ws => "Vietnam and Laos met.\n\n" + string.Join(" ", ws));

    [Fact]
    public void Facts_of_any_text_quote_their_evidence_exactly()
    {
        Texts.Sample(text =>
        {
            foreach (var fact in FactsOf.Text(text).Where(f => f is Mechanism or MechanismSession or Agreement))
            {
                var evidence = fact.Evidence!;
                Assert.Equal(text[evidence.Start..evidence.End], evidence.Quote);
            }
        }, iter: 300);
    }

    [Fact]
    public void A_long_run_of_names_is_read_without_failing()
    {
        var text = "Vietnam and Laos met. " + string.Concat(Enumerable.Repeat("the Vietnam–Laos Joint Commission on Trade and the agreement on rice, ", 3000)) + "signed in 2020.";
        var facts = FactsOf.Text(text);
        Assert.Contains(facts, f => f is Mechanism);
    }
}
