using Entente.Core.Extraction.Gazetteers;
using static Entente.Core.Tests.Extraction.Gazetteers.GazetteerFixture;

namespace Entente.Core.Tests.Extraction.Gazetteers;

public class BlocAndBodyMatchingTests
{
    [Theory]
    [InlineData("under the Eurasian Economic Union deal", "Eurasian Economic Union", "EAEU")]
    [InlineData("the EAEU-Vietnam agreement", "EAEU", "EAEU")]
    [InlineData("a member of ASEAN since 1995", "ASEAN", "ASEAN")]
    [InlineData("trade with the EU grew", "EU", "EU")]
    [InlineData("the Commonwealth of Independent States met", "Commonwealth of Independent States", "CIS")]
    [InlineData("at the SCO summit", "SCO", "SCO")]
    [InlineData("the Shanghai Cooperation Organization summit", "Shanghai Cooperation Organization", "SCO")]
    [InlineData("joined BRICS last year", "BRICS", "BRICS")]
    [InlineData("the G20 leaders", "G20", "G20")]
    [InlineData("the G7 leaders", "G7", "G7")]
    [InlineData("the Group of Seven leaders", "Group of Seven", "G7")]
    [InlineData("Mercosur talks stalled", "Mercosur", "MERCOSUR")]
    [InlineData("the Non-Aligned Movement summit", "Non-Aligned Movement", "NAM")]
    [InlineData("a NATO exercise", "NATO", "NATO")]
    [InlineData("the CSTO force", "CSTO", "CSTO")]
    [InlineData("the Gulf Cooperation Council states", "Gulf Cooperation Council", "GCC")]
    public void Blocs_resolve_to_their_acronym(string text, string words, string acronym)
    {
        var mention = Single(text, words);
        Assert.Equal(MentionKind.Bloc, mention.Kind);
        Assert.Equal(acronym, mention.Code);
    }

    [Theory]
    [InlineData("a seat on the UN Security Council", "UN Security Council", "UN Security Council")]
    [InlineData("a seat on the United Nations Security Council", "United Nations Security Council", "UN Security Council")]
    [InlineData("elected to the UN Human Rights Council", "UN Human Rights Council", "UN Human Rights Council")]
    [InlineData("member of ECOSOC for 2016", "ECOSOC", "UN Economic and Social Council")]
    [InlineData("the UN Economic and Social Council term", "UN Economic and Social Council", "UN Economic and Social Council")]
    [InlineData("a seat on the International Law Commission", "International Law Commission", "International Law Commission")]
    [InlineData("the UNESCO Executive Board vote", "UNESCO Executive Board", "UNESCO Executive Board")]
    [InlineData("the IAEA Board of Governors vote", "IAEA Board of Governors", "IAEA Board of Governors")]
    [InlineData("the Intergovernmental Committee for the Safeguarding of the Intangible Cultural Heritage met",
        "Intergovernmental Committee for the Safeguarding of the Intangible Cultural Heritage",
        "Intergovernmental Committee for the Safeguarding of Intangible Cultural Heritage")]
    [InlineData("the Intergovernmental Committee for the Safeguarding of Intangible Cultural Heritage met",
        "Intergovernmental Committee for the Safeguarding of Intangible Cultural Heritage",
        "Intergovernmental Committee for the Safeguarding of Intangible Cultural Heritage")]
    public void Bodies_resolve_to_their_canonical_name(string text, string words, string canonical)
    {
        var mention = Single(text, words);
        Assert.Equal(MentionKind.Body, mention.Kind);
        Assert.Equal(canonical, mention.Canonical);
    }

    [Fact]
    public void Bloc_lookup_accepts_acronym_or_name()
    {
        Assert.Equal("EAEU", Default.Bloc("Eurasian Economic Union")?.Code);
        Assert.Equal("ASEAN", Default.Bloc("ASEAN")?.Code);
        Assert.Null(Default.Bloc("Vietnam"));
    }
}
