namespace Entente.Core.Cleaning;

/// <summary>
/// Recognises lines of site chrome by their wording and shape: share and follow prompts, comment
/// boxes, newsletter and cookie or captcha notices, bylines, photo credits, tag lists, date stamps,
/// breadcrumbs, adverts, copyright lines and the headings of "Related" lists. Every rule is a
/// bounded scan of one line; long lines are prose and never chrome, except captions.
/// </summary>
public static class ChromeClassifier
{
    private static readonly HashSet<string> ShareWords = new(StringComparer.Ordinal)
    {
        "share", "shares", "shared", "sharing", "tweet", "email", "e-mail", "mail", "print", "facebook", "twitter", "x", "linkedin",
        "whatsapp", "telegram", "zalo", "viber", "pinterest", "reddit", "messenger", "copy", "link", "copied", "save", "saved",
        "bookmark", "listen", "gift", "this", "article", "story", "on", "via", "the", "font", "size", "text", "a", "aa", "vk", "weibo",
        "wechat", "line", "flipboard", "tumblr", "sms", "more", "options", "comment", "comments",
    };

    private static readonly string[] ListHeadings =
    [
        "related", "related news", "related articles", "related stories", "related posts", "related content", "related topics",
        "related links", "related coverage", "read more", "more news", "more stories", "more from", "more in", "more on this story",
        "you may also like", "you might also like", "you may be interested", "you may be interested in", "you might be interested in",
        "recommended", "recommended for you", "recommended stories", "most read", "most popular", "most viewed", "most shared",
        "trending", "trending now", "latest news", "latest stories", "top stories", "editor's picks", "editors' picks", "other news",
        "see also", "also read", "in other news", "don't miss", "do not miss", "popular", "popular stories", "suggested",
        "suggested articles", "from the web", "sponsored", "sponsored content", "around the web", "what to read next", "read next",
        "keep reading", "further reading", "more like this", "news in brief", "same category", "other articles",
        "selections for you", "picks for you", "more for you", "just for you",
    ];

    private static readonly string[] CommentPrefixes =
    [
        "write a comment", "write comment", "leave a comment", "leave a reply", "post a comment", "add a comment", "add comment",
        "show comments", "view comments", "load comments", "load more comments", "be the first to comment", "join the conversation",
        "join the discussion", "log in to comment", "login to comment", "sign in to comment", "your comment", "your email address will not be published",
        "required fields are marked", "comments are closed", "send comment", "submit comment", "comment policy",
        "leave your comment", "post your comment", "add your comment", "go to forum",
    ];

    private static readonly string[] BylinePrefixes =
    [
        "reporter:", "reporters:", "written by", "story by", "text by", "edited by", "editor:", "author:", "authors:", "posted by",
        "reporting by", "additional reporting by", "editing by", "compiled by", "translated by", "(reporting by", "(additional reporting",
        "(editing by", "(writing by", "writing by", "correspondent:", "source:", "(source:", "sources:", "page compiled from",
    ];

    private static readonly string[] CreditPrefixes =
    [
        "photo:", "photo by", "photos:", "photos by", "photo credit", "image:", "image credit", "image by", "images:", "picture:",
        "pictures:", "file photo", "illustrative photo", "illustrative image", "illustration photo", "illustration:", "(photo", "[photo",
        "(image", "[image", "video:", "credit:", "credits:", "caption:", "photo courtesy", "courtesy of", "graphic:", "infographic:",
    ];

    private static readonly string[] ReadMorePrefixes =
    [
        "read more:", "read also:", "also read:", "see also:", "read more -", "read next:", "related:", "more:", "recommended:",
        "watch:", "listen:", "watch video", "click here", "read the full", "read full story", "continue reading", "read more »",
        "read more >", "related article:", "related story:", "related news:", "don't miss:", "full coverage:", "special coverage:",
    ];

    private static readonly string[] DatePrefixes =
    [
        "published", "posted", "updated", "last updated", "first published", "date:", "created", "modified", "released", "update:",
    ];

    private static readonly string[] AdvertLines =
    [
        "advertisement", "advertisment", "advertising", "ad", "sponsored", "scroll to continue", "scroll to continue with content",
        "story continues below", "article continues below", "continue reading below", "skip advertisement", "back to top",
        "back to homepage", "print this page", "print article", "font size", "text size", "listen to this article", "listen to article",
        "min read", "loading", "loading...", "loading posts", "loading more", "load more", "close", "menu", "search", "home", "top", "next", "previous", "next article", "previous article",
    ];

    public static ChromeKind Classify(string line)
    {
        var text = line.Trim();
        if (text.Length == 0) return ChromeKind.None;
        var lower = text.ToLowerInvariant();

        if (IsCaption(lower) || IsPictureCaption(lower)) return ChromeKind.PhotoCredit;
        if (text.Length > 400) return ChromeKind.None;
        if (IsNotice(lower)) return ChromeKind.Notice;
        if (text.Length > 200) return ChromeKind.None;

        var bare = lower.TrimEnd(':', ' ', '.', '»', '›', '>', '|', '-', '–');
        if (Array.IndexOf(ListHeadings, bare) >= 0) return ChromeKind.ListHeading;
        if (Array.IndexOf(AdvertLines, bare) >= 0 || IsReadingTime(bare) || IsViewCounter(bare)) return ChromeKind.Advert;
        if (IsShareBar(lower)) return ChromeKind.Share;
        if (IsFollowPrompt(lower)) return ChromeKind.Follow;
        if (IsCommentPrompt(lower, bare)) return ChromeKind.Comments;
        if (IsNewsletter(lower)) return ChromeKind.Newsletter;
        if (StartsWithAny(lower, ReadMorePrefixes) || OpensWithPageId(lower)) return ChromeKind.ReadMore;
        if (StartsWithAny(lower, CreditPrefixes)) return ChromeKind.PhotoCredit;
        if (IsByline(text, lower)) return ChromeKind.Byline;
        if (StartsWithAny(lower, ["tags:", "tag:", "topics:", "keywords:", "filed under:", "categories:", "category:", "tags :"])) return ChromeKind.Tags;
        if (IsDateStamp(lower)) return ChromeKind.DateLine;
        if (IsBreadcrumb(text)) return ChromeKind.Navigation;
        if (IsContact(lower)) return ChromeKind.Contact;
        if (lower.StartsWith('©') || lower.StartsWith("copyright", StringComparison.Ordinal) || lower.Contains("all rights reserved", StringComparison.Ordinal))
            return ChromeKind.Copyright;
        return ChromeKind.None;
    }

    /// <summary>A picture caption ends with its credit: "… in Hanoi on May 5. (Photo: VNA)".</summary>
    private static bool IsCaption(string lower)
    {
        if (lower.Length > 500) return false;
        var trimmed = lower.TrimEnd();
        if (!trimmed.EndsWith(')') && !trimmed.EndsWith(']')) return false;
        var open = trimmed.LastIndexOfAny(['(', '[']);
        if (open < 0) return false;
        var inside = trimmed.AsSpan(open + 1).TrimStart();
        return inside.StartsWith("photo") || inside.StartsWith("image:") || inside.StartsWith("file photo") || inside.StartsWith("picture:")
               || inside.StartsWith("illustrative") || inside.StartsWith("source: internet") || inside.StartsWith("screen capture");
    }

    private static readonly string[] PositionMarks =
        ["(l)", "(r)", "(left)", "(right)", "(centre)", "(center)", "(2nd l)", "(2nd r)", "(3rd l)", "(3rd r)", "(l-r)", "(from left)", "(2nd left)", "(2nd right)"];

    private static readonly string[] PictureWords = [" pic", " pix", " photo", " picture", " file pic", " file photo"];

    /// <summary>
    /// A one-sentence caption that places people in the picture ("The ministers (L) and (R) at the
    /// talks.") or ends with a dash and its credit ("… on Monday. — Agency pic").
    /// </summary>
    private static bool IsPictureCaption(string lower)
    {
        if (lower.Length > 400) return false;
        var trimmed = lower.TrimEnd(' ', '.');
        var dash = trimmed.LastIndexOfAny(['—', '–']);
        if (dash >= 0 && trimmed.Length - dash <= 40 && PictureWords.Any(w => trimmed.EndsWith(w, StringComparison.Ordinal))) return true;
        if (!ContainsAny(lower, PositionMarks)) return false;
        // A caption is one sentence; a paragraph naming a senator "(R)" among others goes on.
        var inner = lower.TrimEnd().TrimEnd('.');
        return !inner.Contains(". ", StringComparison.Ordinal);
    }

    private static bool IsNotice(string lower) =>
        lower.Contains("recaptcha", StringComparison.Ordinal) || lower.Contains("captcha", StringComparison.Ordinal)
        || (lower.Contains("cookie", StringComparison.Ordinal) && ContainsAny(lower, ["we use", "this site", "this website", "accept", "consent", "policy", "settings", "our site", "you agree"]))
        || ContainsAny(lower, ["privacy policy and terms of service", "enable javascript", "javascript is disabled", "ad blocker", "adblock",
            "your browser does not support", "subscribe to continue reading", "this article is for subscribers", "free articles this month",
            "you have reached your limit"]);

    private static bool IsShareBar(string lower)
    {
        if (lower.Length > 120) return false;
        if (lower.StartsWith("share on ", StringComparison.Ordinal) || lower.StartsWith("share this", StringComparison.Ordinal)
            || lower.StartsWith("share article", StringComparison.Ordinal) || lower.StartsWith("share via", StringComparison.Ordinal))
            return true;
        var words = Words(lower);
        return words.Count is > 0 and <= 12 && words.All(ShareWords.Contains) && words.Any(w => w is not ("this" or "on" or "via" or "the" or "a" or "article" or "story" or "more"));
    }

    private static bool IsFollowPrompt(string lower)
    {
        if (lower.Length > 150) return false;
        if (lower.StartsWith("follow us", StringComparison.Ordinal) || lower.StartsWith("like us on", StringComparison.Ordinal)
            || lower.StartsWith("join our", StringComparison.Ordinal) || lower.StartsWith("download our app", StringComparison.Ordinal)
            || lower.StartsWith("download the app", StringComparison.Ordinal) || lower.StartsWith("get the app", StringComparison.Ordinal))
            return true;
        return lower.StartsWith("follow ", StringComparison.Ordinal) && ContainsAny(lower, ["facebook", "twitter", " x ", "telegram", "google news", "instagram", "youtube", "zalo", "tiktok", "whatsapp", "linkedin", "channel"]);
    }

    private static bool IsCommentPrompt(string lower, string bare)
    {
        if (lower.Length > 120) return false;
        if (bare is "comment" or "comments" or "reply" or "comments (0)" || StartsWithAny(lower, CommentPrefixes)) return true;
        // "Comments (3)", "12 comments", "Comment(s): 0"
        var words = Words(lower);
        return words.Count is >= 1 and <= 4 && words.Any(w => w.StartsWith("comment", StringComparison.Ordinal)) && lower.Any(char.IsDigit);
    }

    private static bool IsNewsletter(string lower) =>
        lower.Length <= 200 && (lower.Contains("newsletter", StringComparison.Ordinal)
                                || lower.StartsWith("subscribe", StringComparison.Ordinal)
                                || lower.StartsWith("sign up for", StringComparison.Ordinal)
                                || lower.StartsWith("sign up to", StringComparison.Ordinal)
                                || lower.Contains("delivered to your inbox", StringComparison.Ordinal)
                                || lower.Contains("straight to your inbox", StringComparison.Ordinal)
                                || lower.StartsWith("get the latest", StringComparison.Ordinal));

    /// <summary>"By Jane Doe", "By Jane Doe and Tran Van Minh, Reuters", "Reporter: …" — but not "By 2030, …" or "By contrast".</summary>
    private static bool IsByline(string text, string lower)
    {
        if (text.Length > 150) return false;
        if (StartsWithAny(lower, BylinePrefixes)) return text.Length <= 120;
        if (!lower.StartsWith("by ", StringComparison.Ordinal)) return false;
        // "By Jane Doe (jdoe@example.com)": an e-mail address marks a byline, never a sentence.
        if (lower.Contains('@') && !lower.Contains(". ", StringComparison.Ordinal)) return true;
        var words = text[3..].Split([' ', ',', '|', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 9) return false;
        return words.All(w => char.IsUpper(w[0]) || w is "and" or "&" or "in" or "for" or "de" or "van" or "von" or "da" or "bin" or "al")
               && !text.TrimEnd().EndsWith('.') || words.Length <= 4 && words.All(w => char.IsUpper(w[0]));
    }

    /// <summary>"Published: 12/03/2024 08:15", "Updated March 5, 2024", or a line that is only a date and time.</summary>
    private static bool IsDateStamp(string lower)
    {
        if (lower.Length > 100) return false;
        var digits = lower.Count(char.IsDigit);
        if (digits == 0) return false;
        if (StartsWithAny(lower, DatePrefixes)) return true;
        // Only a date: digits, month or day names, separators, time zones.
        var words = Words(lower);
        return digits >= 4 && words.All(w => DateWords.Contains(w) || w.All(char.IsDigit) || w.Length <= 3 && w.Any(char.IsDigit))
               && words.Count <= 10;
    }

    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "gmt", "utc", "ict", "am", "pm",
        "est", "edt", "cet", "cest", "msk", "ist", "bst", "jst", "kst", "pst", "pdt",
    };

    private static bool IsReadingTime(string bare) =>
        bare.Length < 30 && (bare.EndsWith("min read", StringComparison.Ordinal) || bare.EndsWith("mins read", StringComparison.Ordinal)
                             || bare.EndsWith("minute read", StringComparison.Ordinal) || bare.EndsWith("minutes read", StringComparison.Ordinal)
                             || bare.EndsWith(" ago", StringComparison.Ordinal) && bare.Any(char.IsDigit));

    /// <summary>
    /// A link whose first words carry a page or image id of twelve digits or more ("img 20171107083927
    /// Ministers meet in Lima"): no prose opens with such a number.
    /// </summary>
    private static bool OpensWithPageId(string lower)
    {
        var words = Words(lower);
        for (var i = 0; i < Math.Min(3, words.Count); i++)
            if (words[i].Length >= 12 && words[i].All(char.IsAsciiDigit)) return true;
        return false;
    }

    /// <summary>A page's hit counter: "6450 views", "Views: 1,204", "2.3K reads".</summary>
    private static bool IsViewCounter(string bare)
    {
        var words = Words(bare);
        return words.Count is 2 or 3 && words.Any(w => w is "views" or "view" or "reads" or "hits")
               && words.Count(w => char.IsAsciiDigit(w[0])) == words.Count - 1;
    }

    /// <summary>Press-office contact lines: "tel. +48 22 …, e-mail: press@…", "Media contact: …".</summary>
    private static bool IsContact(string lower) =>
        StartsWithAny(lower, ["press office", "media contact", "press contact", "contact:", "contacts:", "for media enquiries", "for more information, contact", "media enquiries"])
        || (StartsWithAny(lower, ["tel", "tel.", "phone", "phone:", "telephone", "fax", "e-mail:", "email:", "hotline"]) && (lower.Count(char.IsDigit) >= 6 || lower.Contains('@')));

    /// <summary>"Home > World > Asia" or "News | Politics | Diplomacy": short items between separators.</summary>
    private static bool IsBreadcrumb(string text)
    {
        var separators = 0;
        foreach (var c in text)
            if (c is '>' or '»' or '›' or '|' or '/') separators++;
        if (separators < 2) return false;
        var items = text.Split(['>', '»', '›', '|', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length >= 3 && items.All(i => i.Split(' ').Length <= 4 && !i.EndsWith('.'));
    }

    private static List<string> Words(string lower)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var inWord = i < lower.Length && (char.IsLetterOrDigit(lower[i]) || lower[i] is '-' or '\'' or '+');
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(lower[start..i]);
                start = -1;
            }
        }
        return words;
    }

    private static bool StartsWithAny(string lower, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (!lower.StartsWith(p, StringComparison.Ordinal)) continue;
            // A prefix ending in a letter must end a word: "reply" is chrome, "replying to…" is not.
            if (lower.Length == p.Length || !char.IsLetter(p[^1]) || !char.IsLetter(lower[p.Length])) return true;
        }
        return false;
    }

    private static bool ContainsAny(string lower, string[] needles)
    {
        foreach (var n in needles)
            if (lower.Contains(n, StringComparison.Ordinal)) return true;
        return false;
    }
}
