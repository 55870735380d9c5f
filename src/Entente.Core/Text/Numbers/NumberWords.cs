namespace Entente.Core.Text.Numbers;

/// <summary>English number words: cardinals, ordinals, scale words and multipliers.</summary>
internal static class NumberWords
{
    private static readonly string[] UnitNames =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] UnitOrdinalNames =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth",
    ];

    private static readonly string[] TenNames =
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] TenOrdinalNames =
        ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>Words worth less than a hundred, cardinal or ordinal.</summary>
    public static readonly IReadOnlyDictionary<string, (int Value, bool Ordinal, bool IsTen)> Small = BuildSmall();

    /// <summary>Scale words standing alone after a number ("3 million", "1.2 bln", "500 crore").</summary>
    public static readonly IReadOnlyDictionary<string, decimal> Scales = new Dictionary<string, decimal>
    {
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["mln"] = 1_000_000m,
        ["mn"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["bln"] = 1_000_000_000m,
        ["bn"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
        ["trln"] = 1_000_000_000_000m,
        ["tln"] = 1_000_000_000_000m,
        ["tn"] = 1_000_000_000_000m,
        ["lakh"] = 100_000m,
        ["lakhs"] = 100_000m,
        ["crore"] = 10_000_000m,
        ["crores"] = 10_000_000m,
    };

    /// <summary>
    /// Short scales accepted only glued to digits ("20m", "5k", and the Malaysian press's "RM60.2bil", "US$5mil"),
    /// where they cannot be units or, for "mil", the Spanish word for thousand.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, decimal> GluedScales = new Dictionary<string, decimal>
    {
        ["k"] = 1_000m,
        ["m"] = 1_000_000m,
        ["b"] = 1_000_000_000m,
        ["mil"] = 1_000_000m,
        ["bil"] = 1_000_000_000m,
        ["tril"] = 1_000_000_000_000m,
    };

    /// <summary>Words that multiply a figure ("doubled", "tenfold"), with their factor.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> Multipliers = new Dictionary<string, decimal>
    {
        ["doubled"] = 2, ["doubling"] = 2, ["twofold"] = 2, ["tripled"] = 3, ["trebled"] = 3, ["tripling"] = 3,
        ["threefold"] = 3, ["quadrupled"] = 4, ["fourfold"] = 4, ["fivefold"] = 5, ["tenfold"] = 10,
    };

    /// <summary>Digit ordinal suffixes ("21st").</summary>
    public static readonly IReadOnlySet<string> OrdinalSuffixes = new HashSet<string> { "st", "nd", "rd", "th" };

    private static Dictionary<string, (int, bool, bool)> BuildSmall()
    {
        var map = new Dictionary<string, (int, bool, bool)>();
        for (var i = 0; i < UnitNames.Length; i++)
        {
            map[UnitNames[i]] = (i, false, false);
            map[UnitOrdinalNames[i]] = (i, true, false);
        }
        for (var i = 0; i < TenNames.Length; i++)
        {
            map[TenNames[i]] = ((i + 2) * 10, false, true);
            map[TenOrdinalNames[i]] = ((i + 2) * 10, true, true);
        }
        return map;
    }
}
