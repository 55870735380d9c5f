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
        "Competition", "Integration", "Technology", "Development", "Ministry", "Cabinet", "State", "Foreign", "National", "Defense", "Defence",
        "Political", "Consular", "Protocol", "Regional", "Global", "Overseas", "Nationals", "Abroad", "Investment", "Trade", "Industry",
        "Commerce", "Planning", "Finance", "Economy", "Energy", "Mines", "Mining", "Resources", "Public", "Security", "Policy",
        "Strategic", "Communities", "Community", "Compatriots", "External", "Internal", "Interior", "Home", "Culture", "Tourism",
        "Sports", "Youth", "Education", "Science", "Health", "Labour", "Labor", "Social", "Welfare", "Agriculture", "Fisheries",
        "Environment", "Climate", "Transport", "Infrastructure", "Digital", "Information", "Communications", "Justice", "Legal",
        "Asia", "Africa", "African", "Arab", "European", "Asian", "American", "Gulf", "Francophonie", "Commonwealth", "Europe", "Americas", "Pacific", "Middle", "East", "Prefecture", "Province", "Region", "Office", "Department",
        "Services", "Affair", "Works", "Housing", "Lands", "Water", "Reform", "Safety", "Immigration", "Employment", "Innovation",
        // Portfolio words seen across many governments' titles ("Minister for Roads and Urban Development", "Minister of
        // Industry, Trade and Supply", "Minister of Justice and Correctional Services"), none of them a common personal name.
        "Administration", "Territorial", "Road", "Roads", "Urban", "Rural", "Supply", "Minerals", "Export", "Exports", "Promotion",
        "Growth", "Creative", "Industrialisation", "Industrialization", "Entrepreneurship", "Correctional", "Veteran", "Mobility",
        "Civilian", "Protection", "Logistics", "Local", "Land", "Heritage", "Cultural", "Arts", "Food", "Livestock", "Wildlife",
        "Gender", "Children", "Aviation", "Maritime", "Petroleum", "Electricity", "Telecommunications", "Media", "Religious",
        "Endowments", "Solidarity", "Disaster", "Management", "Parliamentary", "Civil", "Service", "Statistics", "Budget",
        "Treasury", "Customs", "Enterprises", "Handicrafts", "Irrigation", "Sanitation", "Vocational", "Higher", "Research",
        "Hydrocarbons", "Sustainable", "Responsible", "Financial", "Human", "Family", "Natural", "Situations", "Modernization",
        "Modernisation", "Settlements", "Privatization", "Privatisation", "Decentralization", "Decentralisation",
        // Further portfolio words of cabinets on every continent ("Minister of Food, Agriculture and Light Industry", "Minister of
        // Small Business and Cooperatives", "Minister of Railways, Ports and Shipping"); none is a common personal name.
        "Light", "Business", "Businesses", "Small", "Medium", "Micro", "Consumer", "Consumers", "Cooperatives", "Forestry", "Forests",
        "Marine", "Ocean", "Oceans", "Shipping", "Ports", "Railways", "Highways", "Construction", "Manpower", "Skills", "Training",
        "Women", "Disabilities", "Sport", "Recreation", "Broadcasting", "Postal", "Posts", "Population", "Migration", "Refugees",
        "Reconstruction", "Rehabilitation", "Reconciliation", "Governance", "Textiles", "Horticulture", "Plantation", "Plantations",
        "Revenue", "Taxation", "Economics", "Communication", "Technologies", "Aerospace", "Renewable", "Emergency", "Emergencies",
        "Relief", "Humanitarian", "Territories", "Minorities", "Tribal", "Indigenous", "Aquaculture", "Fishery", "Agrarian",
        "Waterways", "Airports", "Islands", "Procurement", "Diplomacy", "Antiquities", "Wakfs", "Awqaf", "Hajj", "Sciences", "Coordination", "Monitoring", "Distribution", "Supplies", "Processing", "Division", "Directorate", "Bureau", "Secretariat",
        "People", "Peoples", "People's", "People’s", "Co-operation", "Co-ordination", "Worship", "Portfolio", "Standing", "Central",
    ];

    // The bodies a chair, president or head presides ("President of the Senate, A", "Chairman of the Standing Committee of
    // the National People's Congress A", "Head of the Consumer Protection Agency A"): the title runs on to the body's end.
    // A company's board or a chamber of commerce is no public office: "Board", "Chamber" and "Corporation" stay out.
    private static readonly HashSet<string> PresidedBodies = new(StringComparer.Ordinal)
    {
        "Council", "Committee", "Commission", "Senate", "Assembly", "Parliament", "Congress", "Agency", "Authority", "Bank",
        "Presidency", "Court", "Deputies",
    };

    private static readonly Lazy<HashSet<string>> All = new(Load);

    // Asked with a span of the text, so that a reader walking the words cuts no substring per word.
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> BySpan = new(() => All.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    public static bool Contains(string word) => All.Value.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => BySpan.Value.Contains(word);

    /// <summary>Whether a title names a body its holder presides ("National Assembly President", "Governor of the Central Bank").</summary>
    public static bool NamesPresidedBody(string title) =>
        title.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(PresidedBodies.Contains);

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(Common.Concat(PresidedBodies), StringComparer.Ordinal);
        foreach (var row in GazetteerResources.Rows("portfolios.tsv"))
            foreach (var form in GazetteerResources.List(row, 1).Prepend(row[0]))
                foreach (var word in form.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
                    if (char.IsUpper(word[0])) words.Add(word);
        return words;
    }
}
