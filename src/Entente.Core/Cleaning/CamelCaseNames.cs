namespace Entente.Core.Cleaning;

/// <summary>
/// Names written in camel case on purpose, which must not be split like glue ("EconomicZone"):
/// well-known brands whose parts are ordinary words or names, and the name particles and
/// company-name prefixes that start such names ("MacArthur", "PetroVietnam", "KazMunayGas").
/// Parts of one or two letters ("McDonald", "DiCaprio", "eBay") are kept whole by the rule itself.
/// </summary>
internal static class CamelCaseNames
{
    private static readonly HashSet<string> Known = new(
    [
        "YouTube", "PayPal", "WhatsApp", "TikTok", "JavaScript", "PowerPoint", "BlackRock", "BlackBerry",
        "BlackStone", "AstraZeneca", "GlaxoSmithKline", "ExxonMobil", "SoftBank", "MasterCard", "PlayStation",
        "HarperCollins", "PricewaterhouseCoopers", "DreamWorks", "GitHub", "AliExpress", "AliPay", "TripAdvisor",
        "AirAsia", "CapitaLand", "VietinBank", "TechcomBank", "LienVietPostBank", "MobiFone", "VinaPhone",
        "VinaCapital", "WikiLeaks", "SoundCloud", "SharePoint", "OneDrive", "InterContinental", "FaceTime",
        "JetBlue", "WestJet", "DeepMind", "NordStream", "TurkStream", "BlueStream", "SkyTeam", "MediaTek",
        "SolarWinds", "HubSpot", "DropBox", "FireFox", "MySpace", "SpiceJet", "IndiGo", "SalesForce",
        "CrowdStrike", "NetEase", "PetroChina", "SinoPec", "UnionPay", "WeWork", "ZoomInfo", "ArcelorMittal",
        "ConocoPhillips", "ThyssenKrupp", "TotalEnergies", "ChemChina", "ByteDance", "SenseTime", "DeepSeek",
        "MercadoLibre", "EgyptAir", "AeroMexico", "AirBaltic", "FlyDubai", "CaixaBank",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    // A name particle or a company prefix as the first part keeps the whole run a name.
    private static readonly HashSet<string> LeadingParts = new(
    [
        "Mac", "Van", "Von", "Del", "Della", "Des", "Dos", "Das", "Fitz",
        "Petro", "Bio", "Vin", "Vina", "Viet", "Kaz", "Uz", "Sino", "Agro", "Agri", "Eco", "Tech", "Techno",
        "Micro", "Nano", "Info", "Tele", "Cyber", "Net", "Web", "Fin", "Gaz", "Neft", "Energo", "Rus", "Turk",
        "Azer", "Pharma", "Medi", "Ali", "Mobi", "Euro", "Qazaq",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingPartLookup =
        LeadingParts.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsKnown(ReadOnlySpan<char> run) => KnownLookup.Contains(run);

    /// <summary>"Mac", "Petro", "Kaz": a first part that starts a camel-case name, not a glued word.</summary>
    public static bool IsLeadingPart(ReadOnlySpan<char> part) => LeadingPartLookup.Contains(part);
}
