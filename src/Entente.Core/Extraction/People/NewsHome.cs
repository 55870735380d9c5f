using Entente.Core.Extraction.Gazetteers;

namespace Entente.Core.Extraction.People;

/// <summary>
/// The country an article speaks for: the national news agency credited in its dateline ("(VNA)",
/// "/TASS/"), else the country of the dateline's city ("Islamabad, 16 April 2024:"). An official
/// named with no country in such an article is the home side's.
/// </summary>
internal static class NewsHome
{
    // National news agencies and the country each speaks for (public knowledge).
    private static readonly Dictionary<string, string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VNA"] = "VN", ["Xinhua"] = "CN", ["TASS"] = "RU", ["BelTA"] = "BY", ["Kazinform"] = "KZ",
        ["UzA"] = "UZ", ["AZERTAC"] = "AZ", ["Anadolu"] = "TR", ["AA"] = "TR", ["MAP"] = "MA", ["APS"] = "DZ", ["TAP"] = "TN",
        ["MENA"] = "EG", ["SPA"] = "SA", ["WAM"] = "AE", ["QNA"] = "QA", ["KUNA"] = "KW", ["BNA"] = "BH", ["ONA"] = "OM",
        ["IRNA"] = "IR", ["PTI"] = "IN", ["IANS"] = "IN", ["APP"] = "PK", ["ENA"] = "ET", ["KNA"] = "KE", ["AIM"] = "MZ",
        ["ANGOP"] = "AO", ["NAN"] = "NG", ["SAnews"] = "ZA", ["EFE"] = "ES", ["ANSA"] = "IT", ["AFP"] = "FR", ["DPA"] = "DE",
        ["PAP"] = "PL", ["CTK"] = "CZ", ["MTI"] = "HU", ["BTA"] = "BG", ["Agerpres"] = "RO", ["Tanjug"] = "RS", ["Ukrinform"] = "UA",
        ["Armenpress"] = "AM", ["Kabar"] = "KG", ["Khovar"] = "TJ", ["Montsame"] = "MN", ["KPL"] = "LA", ["AKP"] = "KH",
        ["Bernama"] = "MY", ["Antara"] = "ID", ["PNA"] = "PH", ["Yonhap"] = "KR", ["Kyodo"] = "JP", ["Jiji"] = "JP", ["KCNA"] = "KP",
        ["Telam"] = "AR", ["Andina"] = "PE", ["Notimex"] = "MX", ["BSS"] = "BD",
        ["Lusa"] = "PT", ["NNA"] = "LB", ["SANA"] = "SY", ["Petra"] = "JO", ["INA"] = "IQ",
    };

    public static string? Of(ArticleContext context)
    {
        if (Agency(context) is { } agencyCountry) return agencyCountry;
        var text = context.Text;
        var body = BodyStart(context);
        // "ISLAMABAD, 16 April 2024:", "JAKARTA —": a city opening the paragraph, then a comma or a dash.
        var cityEnd = body;
        while (cityEnd < text.Length && cityEnd - body < 40 && (char.IsLetter(text[cityEnd]) || text[cityEnd] is ' ' or '-' or '.')) cityEnd++;
        while (cityEnd > body && text[cityEnd - 1] == ' ') cityEnd--;
        var cityText = TitleCase(text[body..cityEnd]);
        var city = Gazetteer.Default.FindAll(cityText).FirstOrDefault();
        if (city is not { Kind: MentionKind.Place or MentionKind.Country, IsDemonym: false, Countries.Count: 1 } || city.Start != 0 || city.End != cityText.Length)
            return null;
        var rest = text.AsSpan(cityEnd);
        return rest.StartsWith(",") || rest.StartsWith(" —") || rest.StartsWith(" –") || rest.StartsWith(" -") || rest.StartsWith(" (")
            ? city.Countries[0]
            : null;
    }

    /// <summary>The country of the national news agency the dateline credits ("(VNA)", "/TASS/"), if any.</summary>
    public static string? Agency(ArticleContext context)
    {
        var text = context.Text;
        var body = BodyStart(context);
        var head = text.Substring(body, Math.Min(120, text.Length - body));
        foreach (var token in Tokens(head))
            if (Agencies.TryGetValue(token, out var agencyCountry)) return agencyCountry;
        return null;
    }

    /// <summary>Where the dateline sits: the start of the first paragraph after the title.</summary>
    private static int BodyStart(ArticleContext context)
    {
        var text = context.Text;
        var body = context.Article.Title is { } title && text.StartsWith(title, StringComparison.Ordinal) ? title.Length : 0;
        while (body < text.Length && char.IsWhiteSpace(text[body])) body++;
        return body;
    }

    /// <summary>
    /// For an article with no dateline, the side its title looks out from: "cooperation with
    /// Belarus" or "visit to Belarus" is written from the other side of the pair.
    /// </summary>
    public static string? FromTitle(ArticleContext context)
    {
        if (context.Pair is not { } pair || context.Article.Title is not { } title) return null;
        var mentions = Gazetteer.Default.FindAll(title);
        var outward = mentions
            .Where(m => m.Kind == MentionKind.Country && !m.IsDemonym && m.Code is not null && pair.Contains(m.Code))
            .Where(m => m.Start >= 5 && (title.AsSpan(m.Start - 5, 5).SequenceEqual("with ") || title.AsSpan(m.Start - 3, 3).SequenceEqual("to ")))
            .Select(m => m.Code!)
            .Distinct()
            .ToList();
        return outward.Count == 1 ? pair.Other(outward[0]) : null;
    }

    /// <summary>"NEW DELHI" read as "New Delhi", so the gazetteer knows an all-capitals dateline.</summary>
    private static string TitleCase(string text)
    {
        if (text.Any(char.IsLower)) return text;
        var chars = text.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is ' ' or '-') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    private static IEnumerable<string> Tokens(string head)
    {
        var start = -1;
        for (var i = 0; i <= head.Length; i++)
        {
            var isWord = i < head.Length && char.IsLetter(head[i]);
            if (isWord && start < 0) start = i;
            if (!isWord && start >= 0)
            {
                // An agency is written in brackets, slashes or after a comma at the dateline's end.
                var before = start > 0 ? head[start - 1] : ' ';
                var after = i < head.Length ? head[i] : ' ';
                if (before is '(' or '/' || after is ')' or '/' || (before == ' ' && after is '.' or ')' && head[..start].TrimEnd().EndsWith(',')))
                    yield return head[start..i];
                start = -1;
            }
        }
    }
}
