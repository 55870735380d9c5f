using AngleSharp.Dom;

namespace Entente.Core.Ingest.Html;

/// <summary>
/// What an element's class, id and itemprop words say about it. Words are split at punctuation
/// and camelCase, and adjacent words are also joined ("most-read" gives most, read, mostread),
/// so that short words like "ad" match whole words only.
/// </summary>
/// <param name="ExpanderOnly">Furniture only for words like "read more", which also name the folded rest of a story.</param>
/// <param name="Comments">Marks readers' comments (a comment list, one comment, the reply form).</param>
/// <param name="FurnitureBesideComments">Furniture or negative words other than the comment words ("comment-meta", "comment-author").</param>
internal readonly record struct ClassHints(
    bool Positive, bool Negative, bool AlwaysFurniture, bool ArticleBody, bool Lead, bool ExpanderOnly, bool Comments, bool FurnitureBesideComments)
{
    private static readonly HashSet<string> CommentWords = new(StringComparer.Ordinal) { "comment", "comments", "commentlist", "disqus" };

    // Words that mark the story container.
    private static readonly HashSet<string> PositiveWords = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "articletext", "content", "entry", "entrycontent", "main", "post", "postbody",
        "story", "storybody", "storytext", "body", "text", "blog", "prose", "hentry", "richtext", "copy", "detail",
        "contenu", "contenido", "noticia", "cuerpo", "inhalt", "artikel", "noidung", "chitiet", "baiviet",
    };

    // Words that mark the lead paragraph news sites set apart above the body.
    private static readonly HashSet<string> LeadWords = new(StringComparer.Ordinal)
    {
        "lead", "standfirst", "sapo", "chapo", "summary", "description", "intro", "excerpt", "deck", "dek",
        "subtitle", "subheadline", "abstract", "lede", "chapeau", "entradilla", "bajada",
    };

    // Words that mark furniture even inside a content container, whatever it holds.
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "commentlist", "disqus", "share", "sharing", "sharebar", "shares", "social",
        "related", "relatedposts", "recommended", "recommendations", "promo", "promotion", "promoted",
        "advert", "advertisement", "advertising", "ad", "ads", "adsbygoogle", "adslot", "sponsor", "sponsored",
        "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "popup",
        "modal", "breadcrumb", "breadcrumbs", "outbrain", "taboola", "mostread", "mostpopular", "trending",
        "paywall", "byline", "caption", "credit", "credits", "pullquote",
        "skiplink", "sronly", "visuallyhidden",
        "screenreader", "readmore", "readalso", "alsoread", "seealso", "moreon", "nextarticle", "prevarticle",
        "dnone", "lienquan", "tinlienquan", "relacionadas", "relacionados",
    };

    // Words that mark furniture unless a content word is also present, or the element holds prose
    // (a post container named after its author, a layout cell named "nav-…" that holds the story).
    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "footer", "header", "sidebar", "aside", "widget", "meta",
        "pagination", "pager", "links", "banner", "topbar", "bottom", "extra", "hidden", "teaser", "teasers",
        "rail", "more", "utility", "tools", "date", "dateline", "timestamp", "info",
        "author", "authors", "tags", "taglist", "tagcloud", "toolbar", "masthead", "rss", "login",
    };

    // Words of "read more" expanders: a list of links elsewhere, or the folded second half of the story itself.
    private static readonly HashSet<string> ExpanderWords = new(StringComparer.Ordinal) { "readmore", "more" };

    // First words of class names that describe a state or a script hook rather than what the element is.
    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal)
    {
        "has", "is", "js", "with", "no", "can", "enable", "enabled", "show", "hide", "toggle", "u", "l",
    };

    public bool IsFurniture => AlwaysFurniture || (Negative && !Positive);

    public static ClassHints Of(IElement element)
    {
        var words = Words(element.GetAttribute("class"), element.Id, element.GetAttribute("itemprop"));
        bool positive = false, negative = false, furniture = false, articleBody = false, lead = false, otherFurniture = false;
        bool comments = false, besideComments = false;
        foreach (var word in words)
        {
            comments |= CommentWords.Contains(word);
            besideComments |= !CommentWords.Contains(word) && !word.StartsWith("comment", StringComparison.Ordinal)
                && (NegativeWords.Contains(word) || FurnitureWords.Contains(word));
            otherFurniture |= !ExpanderWords.Contains(word) && (NegativeWords.Contains(word) || FurnitureWords.Contains(word));
            positive |= PositiveWords.Contains(word);
            negative |= NegativeWords.Contains(word) || FurnitureWords.Contains(word);
            furniture |= FurnitureWords.Contains(word);
            articleBody |= word is "articlebody";
            lead |= LeadWords.Contains(word);
        }
        return new ClassHints(positive, negative, furniture, articleBody, lead, negative && !otherFurniture, comments, besideComments);
    }

    private static List<string> Words(params string?[] attributes)
    {
        var words = new List<string>();
        foreach (var attribute in attributes)
        {
            if (string.IsNullOrEmpty(attribute)) continue;
            foreach (var name in attribute.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = SplitName(name.Length > 100 ? name[..100] : name);
                if (parts.Count > 1 && StateWords.Contains(parts[0])) continue; // "has-share", "js-social-tracking": a state, not a role
                words.AddRange(parts);
                for (var i = 0; i + 1 < parts.Count; i++) words.Add(parts[i] + parts[i + 1]);
                if (parts.Count > 2) words.Add(string.Concat(parts));
            }
        }
        return words;
    }

    private static List<string> SplitName(string name)
    {
        var parts = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length || !char.IsLetter(name[i])
                || (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                parts.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }
            if (i < name.Length && char.IsLetter(name[i]) && start < 0) start = i;
        }
        return parts;
    }
}
