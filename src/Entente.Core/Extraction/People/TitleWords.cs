using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

namespace Entente.Core.Extraction.People;

/// <summary>
/// Words that continue an office title after the gazetteer's match ("Minister of Industry, Trade and
/// Investment", "Undersecretary for Bilateral Relations"): every portfolio word and the common
/// words of ministry and post names.
/// </summary>
internal static class TitleWords
{
    private static readonly string[] Common =
    [
        "Affairs", "Relations", "Bilateral", "Multilateral", "International", "Economic", "Cooperation", "Diaspora", "Expatriates",
        "Competition", "Integration", "Technology", "Development", "Ministry", "State", "Foreign", "National", "Defense", "Defence",
        "Political", "Consular", "Protocol", "Regional", "Global", "Overseas", "Nationals", "Abroad", "Investment", "Trade", "Industry",
        "Commerce", "Planning", "Finance", "Economy", "Energy", "Mines", "Mining", "Resources", "Public", "Security", "Policy",
        "Strategic", "Communities", "Community", "Compatriots", "External", "Internal", "Interior", "Home", "Culture", "Tourism",
        "Sports", "Youth", "Education", "Science", "Health", "Labour", "Labor", "Social", "Welfare", "Agriculture", "Fisheries",
        "Environment", "Climate", "Transport", "Infrastructure", "Digital", "Information", "Communications", "Justice", "Legal",
        "Asia", "Africa", "African", "Arab", "European", "Asian", "American", "Gulf", "Francophonie", "Commonwealth", "Europe", "Americas", "Pacific", "Middle", "East", "Prefecture", "Province", "Region", "Office", "Department",
        "Services", "Affair", "Works", "Housing", "Lands", "Water", "Reform", "Safety", "Immigration", "Employment", "Innovation",
    ];

    private static readonly Lazy<HashSet<string>> All = new(Load);

    public static bool Contains(string word) => All.Value.Contains(word);

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(Common, StringComparer.Ordinal);
        foreach (var row in GazetteerResources.Rows("portfolios.tsv"))
            foreach (var form in GazetteerResources.List(row, 1).Prepend(row[0]))
                foreach (var word in form.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
                    if (char.IsUpper(word[0])) words.Add(word);
        return words;
    }
}
