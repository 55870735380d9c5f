using Entente.Core.Extraction;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>
/// Mongolian news writes a given name as an initial, often a Latin digraph for one Cyrillic letter and often glued to the
/// family name ("Ts.Batbold", "Kh. Ganbaatar", "B.Enkh-Amgalan"): the whole is the name, never the initial alone. The verbs
/// and section labels of a headline in title case ("Minister Holds Talks", "Politics") are never a name.
/// </summary>
public class InitialAndHeadlineWordTests
{
    private static string[] Names(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return [.. new ArticleContext(article).People.Select(p => p.Name)];
    }

    [Theory]
    [InlineData("Mongolian Minister of Energy Ts.Batbold met Chinese envoys in Ulaanbaatar on Monday.", "Ts.Batbold")]
    [InlineData("Chinese envoys were received by Mongolian President Kh.Ganbaatar on Monday.", "Kh.Ganbaatar")]
    [InlineData("Mongolian Foreign Minister B.Enkh-Amgalan held talks with Chinese envoys on Monday.", "B.Enkh-Amgalan")]
    [InlineData("Mongolian Minister of Finance Ch.Dorj-Suren told Chinese envoys that the loan was approved.", "Ch.Dorj-Suren")]
    public void A_glued_initial_and_family_name_are_one_name(string body, string name)
    {
        var names = Names("Mongolia and China", body);
        // The cleaner may part a sentence-like glue ("Ts.Batbold" as "Ts. Batbold"); either way the initial stays with the name.
        Assert.Contains(name, names.Select(n => n.Replace(" ", "", StringComparison.Ordinal)));
        Assert.DoesNotContain(names, n => n.Length <= 3);
    }

    // The negative: a capital, a lower-case letter and a full stop that is no digraph initial is not read as one.
    [Theory]
    [InlineData("Mongolian Minister of Energy Bo.Batbold met Chinese envoys in Ulaanbaatar on Monday.", "Bo.Batbold")]
    [InlineData("Mongolian Foreign Minister B.Enkh-amgalan held talks with Chinese envoys on Monday.", "B.Enkh-amgalan")]
    public void Other_glued_forms_are_no_name(string body, string name) =>
        Assert.DoesNotContain(name, Names("Mongolia and China", body));

    [Theory]
    [InlineData("Prime Minister Holds Talks with Korean Counterpart\nPolitics\nUlaanbaatar, May 3, 2023. The two sides agreed to widen trade.")]
    [InlineData("Foreign Minister Receives Korean Ambassador\nDiplomacy\nUlaanbaatar, May 3, 2023. The two sides agreed to widen trade.")]
    [InlineData("Mongolian President Meets Korean Prime Minister\nPolitics\nSeoul, May 3, 2023. The two sides agreed to widen trade.")]
    [InlineData("Korean Speaker Visits Mongolia, Calls On Prime Minister\nSociety\nUlaanbaatar, May 3, 2023. Trade was discussed.")]
    public void Headline_verbs_and_section_labels_are_no_names(string body)
    {
        var names = Names("Mongolia and Korea", body);
        Assert.DoesNotContain(names, n => n.Split(' ').Any(w => w is "Holds" or "Receives" or "Meets" or "Visits" or "Calls" or "Politics" or "Diplomacy" or "Society"));
    }
}
