namespace Entente.Core.Cleaning;

/// <summary>What kind of site chrome a line is, if any.</summary>
public enum ChromeKind
{
    None,
    Share,
    Follow,
    Comments,
    Newsletter,
    Notice,
    Byline,
    PhotoCredit,
    ReadMore,
    Tags,
    DateLine,
    Navigation,
    Advert,
    Copyright,
    Contact,

    /// <summary>The heading of a "Related" or "Most read" list: it and everything after it are chrome.</summary>
    ListHeading,
}
