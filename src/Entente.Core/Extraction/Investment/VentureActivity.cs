namespace Entente.Core.Extraction.Investment;

/// <summary>
/// What a joint venture does, as a noun phrase: "for truck assembly", "a milk production joint
/// venture", or the verb that follows it turned into a noun ("assembles tractors" gives "tractor assembly").
/// </summary>
internal static class VentureActivity
{
    private static readonly Dictionary<string, string> VerbNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["assembles"] = "assembly", ["assemble"] = "assembly", ["assembling"] = "assembly",
        ["produces"] = "production", ["produce"] = "production", ["producing"] = "production",
        ["makes"] = "production", ["make"] = "production", ["making"] = "production",
        ["manufactures"] = "manufacturing", ["manufacture"] = "manufacturing", ["manufacturing"] = "manufacturing",
        ["mines"] = "mining", ["mining"] = "mining", ["builds"] = "construction", ["build"] = "construction",
        ["processes"] = "processing", ["processing"] = "processing", ["generates"] = "generation",
        ["extracts"] = "extraction", ["refines"] = "refining", ["refining"] = "refining",
    };

    /// <summary>Verbs whose object is itself the activity: "runs a coal-fired power plant".</summary>
    private static readonly HashSet<string> Operating = new(StringComparer.OrdinalIgnoreCase) { "runs", "operates", "develops", "developing" };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "and", "in", "at", "a", "an", "per", "for", "which", "that", "on", "near", "since", "from", "to", "of", "by", "under",
        "off", "across", "along", "into", "over", "around", "through", "outside", "as", "while", "using",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "its", "their" };

    private static readonly HashSet<string> Scales = new(StringComparer.OrdinalIgnoreCase) { "hundred", "thousand", "million", "billion" };

    /// <summary>The activity around the words "joint venture" at words[jv] (the word "joint"), or null.</summary>
    public static string? Find(string text, List<Word> words, int jv, Func<Word, bool> isCountry)
    {
        var after = jv + 2;
        if (after < words.Count && words[after].Is("for") && Phrase(text, words, after + 1) is { } purpose) return purpose;
        if (Modifier(words, jv, isCountry) is { } modifier) return modifier;
        for (var i = after; i < words.Count; i++)
        {
            if (VerbNouns.TryGetValue(words[i].Text, out var noun) && Phrase(text, words, i + 1) is { } made)
                return $"{Singular(made)} {noun}";
            if (Operating.Contains(words[i].Text) && Phrase(text, words, i + 1) is { } run) return run;
        }
        return null;
    }

    /// <summary>Lower-case words between a determiner and "joint venture": "the ports and logistics joint venture".</summary>
    private static string? Modifier(List<Word> words, int jv, Func<Word, bool> isCountry)
    {
        var start = jv;
        while (start > 0 && !Determiners.Contains(words[start - 1].Text) && !words[start - 1].IsCapitalised && !isCountry(words[start - 1])) start--;
        if (start == jv || start == 0 || !Determiners.Contains(words[start - 1].Text)) return null;
        return string.Join(' ', words[start..jv].Select(w => w.Text));
    }

    /// <summary>Lower-case words from words[i] up to a stop word or punctuation, past a leading determiner and figure.</summary>
    private static string? Phrase(string text, List<Word> words, int i)
    {
        while (i < words.Count && (Determiners.Contains(words[i].Text) || Scales.Contains(words[i].Text) || char.IsDigit(words[i].Text[0]))) i++;
        var start = i;
        while (i < words.Count && !Stops.Contains(words[i].Text) && !words[i].IsCapitalised && !char.IsDigit(words[i].Text[0]))
        {
            i++;
            if (i < words.Count && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).ContainsAny(",;:.()")) break;
        }
        return i == start ? null : string.Join(' ', words[start..i].Select(w => w.Text));
    }

    /// <summary>"electric buses" → "electric bus": the head noun in the singular.</summary>
    public static string Singular(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        var head = phrase[(space + 1)..];
        var single = head.EndsWith("ies", StringComparison.Ordinal) && head.Length > 4 ? head[..^3] + "y"
            : head.EndsWith("ses", StringComparison.Ordinal) || head.EndsWith("xes", StringComparison.Ordinal) || head.EndsWith("ches", StringComparison.Ordinal) ? head[..^2]
            : head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1]
            : head;
        return phrase[..(space + 1)] + single;
    }
}
