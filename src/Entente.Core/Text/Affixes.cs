namespace Entente.Core.Text;

/// <summary>English derivational and inflectional affixes, so derived words need not be listed.</summary>
internal static class Affixes
{
    /// <summary>Suffix, and the endings that may restore the stem ("-ies" -> "-y", "-ing" -> "-e").</summary>
    public static readonly (string Suffix, string[] StemEndings)[] Suffixes =
    [
        ("s", [""]), ("es", [""]), ("ies", ["y"]),
        ("ed", ["", "e"]), ("ied", ["y"]),
        ("ing", ["", "e"]),
        ("er", ["", "e"]), ("ers", ["", "e"]), ("est", ["", "e"]),
        ("ly", ["", "le"]), ("ily", ["y"]), ("ally", [""]),
        ("ness", [""]), ("iness", ["y"]),
        ("ment", [""]), ("ments", [""]),
        ("ity", ["", "e"]), ("ities", ["", "e"]),
        ("ation", ["ate", "e", ""]), ("ations", ["ate", "e", ""]),
        ("isation", ["ise", "ize", ""]), ("ization", ["ise", "ize", ""]),
        ("ise", [""]), ("ize", [""]), ("ised", [""]), ("ized", [""]), ("ising", [""]), ("izing", [""]),
        ("ist", ["", "e"]), ("ists", ["", "e"]), ("ism", ["", "e"]),
        ("al", ["", "e"]), ("ic", ["", "y"]),
        ("ship", [""]), ("hood", [""]), ("wide", [""]), ("less", [""]), ("ful", [""]),
        ("able", ["", "e"]), ("ian", ["", "a", "ia", "y"]), ("ians", ["", "a", "ia", "y"]),
    ];

    /// <summary>Productive prefixes of news English ("inter-regional", "socio-economic" written solid).</summary>
    public static readonly string[] Prefixes =
    [
        "inter", "intra", "multi", "non", "co", "re", "bi", "tri", "socio", "agro", "agri", "eco", "geo",
        "bio", "anti", "pro", "pre", "post", "sub", "super", "trans", "cross", "counter", "over", "under",
        "un", "mis", "dis", "de", "semi", "mid", "mini", "micro", "macro", "mega", "neo", "pan", "cyber",
        "tele", "techno", "euro", "sino", "indo", "russo", "franco", "anglo", "pseudo", "quasi", "ultra",
        "extra", "petro", "hydro", "thermo", "electro", "aero", "nano", "info", "self", "vice",
    ];

    public static bool DoublesConsonant(string suffix) => suffix is "ed" or "ing" or "er" or "ers" or "est";

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
