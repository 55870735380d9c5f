using Entente.Core.Text;

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
        ["mills"] = "milling", ["mill"] = "milling", ["milling"] = "milling",
    };

    /// <summary>Nouns that already name an activity: "a joint assembly plant", "the joint assembly of tractors".</summary>
    private static readonly HashSet<string> ActivityNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "assembly", "production", "manufacturing", "mining", "processing", "refining", "milling", "extraction", "construction",
    };

    /// <summary>Premises named after what they make: "a joint pharmaceutical plant".</summary>
    private static readonly HashSet<string> Premises = new(StringComparer.OrdinalIgnoreCase) { "plant", "factory", "facility", "mill", "plants", "factories" };

    /// <summary>Verbs whose object is itself the activity: "runs a coal-fired power plant".</summary>
    private static readonly HashSet<string> Operating = new(StringComparer.OrdinalIgnoreCase) { "runs", "operates", "develops", "developing" };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "and", "in", "at", "a", "an", "per", "for", "which", "that", "on", "near", "since", "from", "to", "of", "by", "under",
        "off", "across", "along", "into", "over", "around", "through", "outside", "as", "while", "using",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "its", "their" };

    /// <summary>Modifiers that rank or qualify a venture without saying what it does: "a second joint venture".</summary>
    private static readonly HashSet<string> NotActivities = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "new", "another", "proposed", "planned", "existing", "largest", "biggest", "first-ever",
    };

    private static readonly HashSet<string> Scales = new(StringComparer.OrdinalIgnoreCase) { "hundred", "thousand", "million", "billion" };

    /// <summary>
    /// The activity around the words "joint venture" at words[jv] (the word "joint"), or null; end is
    /// the index of the first word after the words that gave it.
    /// </summary>
    public static string? Find(string text, List<Token> words, int jv, Func<Token, bool> isCountry, out int end)
    {
        var after = jv + 2;
        if (after < words.Count && words[after].Is("for") && Phrase(text, words, after + 1, out end) is { } purpose) return purpose;
        end = jv + 2;
        if (Modifier(words, jv, isCountry) is { } modifier) return modifier;
        for (var i = after; i < words.Count; i++)
        {
            if (VerbNouns.TryGetValue(words[i].Text, out var noun) && Phrase(text, words, i + 1, out end) is { } made)
                return $"{Singular(made)} {noun}";
            if (Operating.Contains(words[i].Text) && Phrase(text, words, i + 1, out end) is { } run) return run;
        }
        return null;
    }

    /// <summary>
    /// The activity of a venture named by "joint" without "venture" at words[joint]: "a joint cotton yarn
    /// factory" (cotton yarn production), "the joint assembly plant" (product: what the plant turns out),
    /// "the joint assembly of tractors and farm implements", "are jointly producing artillery shells".
    /// </summary>
    public static string? FindJoint(string text, List<Token> words, int joint, string? product, out int end)
    {
        end = joint + 1;
        if (words[joint].Is("jointly"))
            return end < words.Count && VerbNouns.TryGetValue(words[end].Text, out var verbNoun) && Phrase(text, words, end + 1, out end) is { } made
                ? $"{Singular(made)} {verbNoun}" : null;
        var i = joint + 1;
        while (i < words.Count && i - joint <= 4 && !words[i].IsCapitalized && !Stops.Contains(words[i].Text) && !Premises.Contains(words[i].Text)
               && !Punctuated(text, words[i - 1], words[i])) i++;
        if (i == joint + 1 || i >= words.Count || Punctuated(text, words[i - 1], words[i])) return null;
        var modifiers = words[(joint + 1)..i];
        end = i + 1;
        if (Premises.Contains(words[i].Text))
        {
            if (!ActivityNouns.Contains(modifiers[^1].Text)) return $"{Join(modifiers)} production";
            return modifiers.Count == 1 && product is not null ? $"{Singular(product)} {modifiers[0].Text}" : Join(modifiers);
        }
        if (modifiers.Count != 1 || !ActivityNouns.Contains(modifiers[0].Text) || !words[i].Is("of")) return null;
        var objects = new List<string>();
        var k = i;
        do
        {
            if (Phrase(text, words, k + 1, out k) is not { } item) return null;
            objects.Add(Singular(item));
        }
        while (k + 1 < words.Count && words[k].Is("and") && !Punctuated(text, words[k - 1], words[k]));
        end = k;
        return $"{string.Join(" and ", objects)} {modifiers[0].Text}";
    }

    private static string Join(List<Token> words) => string.Join(' ', words.Select(w => w.Text));

    private static bool Punctuated(string text, Token left, Token right) =>
        text.AsSpan(left.End, right.Start - left.End).ContainsAny(",;:.()");

    /// <summary>Lower-case words between a determiner and "joint venture": "the ports and logistics joint venture".</summary>
    private static string? Modifier(List<Token> words, int jv, Func<Token, bool> isCountry)
    {
        var start = jv;
        while (start > 0 && !Determiners.Contains(words[start - 1].Text) && !words[start - 1].IsCapitalized && !isCountry(words[start - 1])) start--;
        if (start == jv || start == 0 || !Determiners.Contains(words[start - 1].Text) || NotActivities.Contains(words[jv - 1].Text)) return null;
        return string.Join(' ', words[start..jv].Select(w => w.Text));
    }

    /// <summary>
    /// Lower-case words from words[i] up to a stop word or punctuation, past a leading determiner, figure
    /// and brand or origin ("Fiat cars", "Iranian-designed cars" give "cars"); end is the first word after.
    /// </summary>
    private static string? Phrase(string text, List<Token> words, int i, out int end)
    {
        while (i < words.Count && (Determiners.Contains(words[i].Text) || Scales.Contains(words[i].Text) || char.IsDigit(words[i].Text[0])
               || (words[i].IsCapitalized && i + 1 < words.Count && !words[i + 1].IsCapitalized && !Stops.Contains(words[i + 1].Text)
                   && !Punctuated(text, words[i], words[i + 1]))))
            i++;
        var start = i;
        while (i < words.Count && !Stops.Contains(words[i].Text) && !words[i].IsCapitalized && !char.IsDigit(words[i].Text[0]))
        {
            i++;
            if (i < words.Count && text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).ContainsAny(",;:.()")) break;
        }
        end = i;
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
