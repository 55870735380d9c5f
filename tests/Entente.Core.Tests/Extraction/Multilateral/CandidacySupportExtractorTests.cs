using Entente.Core.Domain;
using Entente.Core.Extraction;

namespace Entente.Core.Tests.Extraction.Multilateral;

public class CandidacySupportExtractorTests
{
    private static string Facts(string title, string body) =>
        string.Join("; ", FactsFrom.Of<CandidacySupport>(FactsFrom.Article(title, body))
            .Select(c => $"{c.Supporter}>{c.Candidate} {c.Body}" + (c.Term is { } t ? $" {t.Start}-{t.End}" : "")));

    [Theory]
    [InlineData("Vietnam and Belarus deepen ties",
        "Belarus has endorsed Vietnam's candidacies for several bodies, including the UN Economic and Social Council (2016–2018) and the International Law Commission (2017–2021, 2023–2027).",
        "BY>VN UN Economic and Social Council 2016-2018; BY>VN International Law Commission 2017-2021; BY>VN International Law Commission 2023-2027")]
    [InlineData("Vietnam and Kazakhstan deepen ties",
        "The minister thanked Kazakhstan for voting for Vietnam in the election to the UN Human Rights Council for the 2023–2025 term.",
        "KZ>VN UN Human Rights Council 2023-2025")]
    [InlineData("Vietnam and Kazakhstan deepen ties",
        "He said Hanoi would back Astana's candidacy for a seat on the UNESCO Executive Board for 2025–2029.",
        "VN>KZ UNESCO Executive Board 2025-2029")]
    [InlineData("Kenya and India deepen ties",
        "Kenya thanked India for supporting its candidature for the UN Human Rights Council for the term 2025–2027.",
        "IN>KE UN Human Rights Council 2025-2027")]
    [InlineData("China and Brazil deepen ties",
        "Brazil said it would vote for China in the election to the Council of the International Maritime Organization for 2026-2027.",
        "BR>CN Council of the International Maritime Organization 2026-2027")]
    [InlineData("Saudi Arabia and Korea deepen ties",
        "The Saudi side expressed its support for Korea's candidacy for re-election to the Council of the International Civil Aviation Organization.",
        "SA>KR Council of the International Civil Aviation Organization")]
    [InlineData("Mongolia and Japan deepen ties",
        "Tokyo has long supported Mongolia's wish to join the Asia-Pacific Economic Cooperation forum.",
        "JP>MN Asia-Pacific Economic Cooperation")]
    [InlineData("Egypt and Hungary deepen ties",
        "The minister affirmed Budapest's support for the Egyptian candidate for the post of Director-General of UNESCO.",
        "HU>EG Director-General of UNESCO")]
    [InlineData("Egypt and Hungary deepen ties",
        "Cairo announced it would back Hungary's bid for membership of the UN Human Rights Council for 2026-2028.",
        "EG>HU UN Human Rights Council 2026-2028")]
    [InlineData("Mozambique and Vietnam deepen ties",
        "Mozambique is grateful for Vietnam's support for its successful candidacy for a non-permanent seat on the UN Security Council for 2023–2024.",
        "VN>MZ UN Security Council 2023-2024")]
    [InlineData("Morocco and Nigeria deepen ties",
        "The minister said the Kingdom supports Nigeria's candidacy for the African Union Peace and Security Council for the 2026-2028 term.",
        "MA>NG African Union Peace and Security Council 2026-2028")]
    [InlineData("India and Argentina deepen ties",
        "The minister thanked Argentina for supporting India's candidature for a non-permanent seat on the UN Security Council for 2028-29.",
        "AR>IN UN Security Council 2028-2029")]
    [InlineData("Philippines and Czech Republic deepen ties",
        "The Czech side affirmed its support for the Philippines' candidature for a non-permanent seat in the UN Security Council for the 2027–2028 term.",
        "CZ>PH UN Security Council 2027-2028")]
    [InlineData("Laos and Vietnam deepen ties",
        "Laos would also back Vietnam's nomination to the International Law Commission for 2027–2031.",
        "LA>VN International Law Commission 2027-2031")]
    [InlineData("Brazil and Angola deepen ties",
        "The minister said Brazil backs Angola's candidature to the Executive Board of the World Health Organization.",
        "BR>AO Executive Board of the World Health Organization")]
    [InlineData("Kenya and India deepen ties",
        "Kenya reaffirmed its support for India's aspiration to permanent membership of a reformed Security Council.",
        "KE>IN permanent membership of the UN Security Council")]
    [InlineData("Brazil and Ghana deepen ties",
        "Ghana has backed Brazil's quest for a permanent seat in a reformed United Nations Security Council, the minister said.",
        "GH>BR permanent seat of the UN Security Council")]
    [InlineData("Chile and Oman deepen ties",
        "Chile voiced support for Oman's candidacy for membership of the UN Economic and Social Council (ECOSOC) for 2029-2031.",
        "CL>OM UN Economic and Social Council 2029-2031")]
    [InlineData("Fiji and Japan deepen ties",
        "The Fijian envoy thanked Japan for backing her country's candidacy for a seat on the UN Human Rights Council for 2030-2032.",
        "JP>FJ UN Human Rights Council 2030-2032")]
    public void Reads_support_for_candidacies(string title, string body, string expected) => Assert.Equal(expected, Facts(title, body));

    [Theory]
    [InlineData("Morocco and Nigeria deepen ties", "Nigeria has also asked Morocco to consider backing its bid to host a future continental trade fair.")]
    [InlineData("Angola and Brazil deepen ties", "Angola would hold the rotating chairmanship of the African Union this year.")]
    [InlineData("Vietnam and Belarus deepen ties", "Russia supported Vietnam's candidacy for the UN Human Rights Council for 2023–2025.")]
    [InlineData("Vietnam and Belarus deepen ties", "Vietnam was elected to the UN Human Rights Council for 2023–2025.")]
    [InlineData("Chile and Thailand deepen ties", "Bangkok has made the campaign a priority ahead of the vote at the UN General Assembly in October.")]
    public void Gives_nothing_without_support_for_a_pair_candidacy(string title, string body) => Assert.Equal("", Facts(title, body));

    /// <summary>
    /// A body named inside the dateline sits before where the sentence's own words start: it is where the story was
    /// filed, no candidacy, and reading the text before it must not fail the sentence.
    /// </summary>
    [Theory]
    [InlineData("World Heritage Committee, Paris, 3 May 2024 – Delegates thanked the hosts for a smooth week.", "")]
    [InlineData("UN Human Rights Council, Geneva, 12 June 2025 – Kenya said it would support the new rules.", "")]
    [InlineData("International Law Commission, 4 April 2025 – Vietnam thanked Kenya for supporting its candidacy for the UN Human Rights Council for 2026–2028.",
        "KE>VN UN Human Rights Council 2026-2028")]
    public void A_body_named_in_the_dateline_costs_no_sentence(string lead, string expected)
    {
        var text = $"Vietnam and Kenya deepen ties\n\n{lead}\n";
        var (article, facts) = FactsFrom.Extract(text);
        Assert.Empty(new FactExtractionPipelineBuilder().UseDefaults().Build().Analyse(article).Faults);
        Assert.Equal(expected, string.Join("; ", facts.OfType<CandidacySupport>()
            .Select(c => $"{c.Supporter}>{c.Candidate} {c.Body}" + (c.Term is { } t ? $" {t.Start}-{t.End}" : ""))));
    }

    [Fact]
    public void Evidence_quotes_the_input()
    {
        var text = FactsFrom.Article("Vietnam and Belarus deepen ties", "Ties are close. Belarus backed Vietnam's candidacy for the UN Human Rights Council for 2023–2025.");
        FactsFrom.AssertEvidenceIsInputSlice(text, FactsFrom.Of<CandidacySupport>(text));
    }
}
