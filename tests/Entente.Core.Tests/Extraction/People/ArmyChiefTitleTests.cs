using Entente.Core.Extraction;
using Entente.Core.Tests.Extraction.Multilateral;

namespace Entente.Core.Tests.Extraction.People;

/// <summary>The head of an army named by the titles news gives him ("Army Chief", "Chief of Army Staff") before his rank and name.</summary>
public class ArmyChiefTitleTests
{
    private static string People(string title, string body)
    {
        var (article, _) = FactsFrom.Extract(FactsFrom.Article(title, body));
        return string.Join("; ", new ArticleContext(article).People.Where(p => !p.IsShortReference).Select(p => $"{p.Name} | {p.Office} | {p.Country}"));
    }

    [Theory]
    [InlineData("Ghana and Chile deepen ties", "Ghanaian Army Chief General Kofi Mensah toured the base on Friday.",
        "Kofi Mensah | Army Chief | GH")]
    [InlineData("Ghana and Chile deepen ties", "The visitors later called on Ghana's army chief Gen. Kofi Mensah at his office.",
        "Kofi Mensah | army chief | GH")]
    [InlineData("Ghana and Chile deepen ties", "Ghana's Chief of Army Staff, Lt. Gen. Kofi Mensah, opened the training course.",
        "Kofi Mensah | Chief of Army Staff | GH")]
    [InlineData("Ghana and Chile deepen ties", "The Chief of the Army Staff of Ghana, Lieutenant General Kofi Mensah, received the cadets.",
        "Kofi Mensah | Chief of the Army Staff | GH")]
    public void Reads_the_army_chief_past_his_rank(string title, string body, string expected) => Assert.Equal(expected, People(title, body));

    // Near miss: "army" alone before a name is no office.
    [Theory]
    [InlineData("Ghana and Chile deepen ties", "Ghana's army General Kofi Mensah toured the base on Friday.")]
    [InlineData("Ghana and Chile deepen ties", "The army chiefs met in Accra on Friday.")]
    public void Reads_no_office_from_the_army_alone(string title, string body) => Assert.DoesNotContain("Army", People(title, body), StringComparison.OrdinalIgnoreCase);
}
