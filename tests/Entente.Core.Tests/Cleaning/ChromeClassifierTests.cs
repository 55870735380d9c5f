using Entente.Core.Cleaning;

namespace Entente.Core.Tests.Cleaning;

public class ChromeClassifierTests
{
    [Theory]
    [InlineData("Share", ChromeKind.Share)]
    [InlineData("Share on Facebook", ChromeKind.Share)]
    [InlineData("Facebook Twitter Email Print", ChromeKind.Share)]
    [InlineData("Follow us on Telegram for breaking news", ChromeKind.Follow)]
    [InlineData("Follow Daily Ledger on Google News", ChromeKind.Follow)]
    [InlineData("Comments (3)", ChromeKind.Comments)]
    [InlineData("12 comments", ChromeKind.Comments)]
    [InlineData("Leave a Reply", ChromeKind.Comments)]
    [InlineData("Your email address will not be published. Required fields are marked *", ChromeKind.Comments)]
    [InlineData("Sign up for our morning briefing newsletter", ChromeKind.Newsletter)]
    [InlineData("Subscribe to get the best of Asia in your inbox", ChromeKind.Newsletter)]
    [InlineData("We use cookies to improve your experience. By using this site you agree to our policy.", ChromeKind.Notice)]
    [InlineData("This form is guarded by reCAPTCHA; the usual privacy terms apply.", ChromeKind.Notice)]
    [InlineData("By Jane Doe", ChromeKind.Byline)]
    [InlineData("By Nguyen Thi Lan and Tomas Weber, Reuters", ChromeKind.Byline)]
    [InlineData("Reporter: Aidos Abenov", ChromeKind.Byline)]
    [InlineData("Photo: Kemal Aslan / Caspian Review", ChromeKind.PhotoCredit)]
    [InlineData("Ministers shake hands in Nairobi on Tuesday. (Photo: Ministry of Labour)", ChromeKind.PhotoCredit)]
    [InlineData("Read more: Ports race to catch the corridor boom", ChromeKind.ReadMore)]
    [InlineData("Tags: trade, Japan, supporting industry", ChromeKind.Tags)]
    [InlineData("Published: 21/03/2024 08:15", ChromeKind.DateLine)]
    [InlineData("Updated March 5, 2024, 10:12 GMT+7", ChromeKind.DateLine)]
    [InlineData("Tuesday, 05/03/2024 10:12", ChromeKind.DateLine)]
    [InlineData("Home > World > Asia-Pacific", ChromeKind.Navigation)]
    [InlineData("Advertisement", ChromeKind.Advert)]
    [InlineData("5 min read", ChromeKind.Advert)]
    [InlineData("© 2024 Daily Ledger. All rights reserved.", ChromeKind.Copyright)]
    [InlineData("Related", ChromeKind.ListHeading)]
    [InlineData("You may also like:", ChromeKind.ListHeading)]
    [InlineData("Most read", ChromeKind.ListHeading)]
    [InlineData("tel. +48 22 000 00 00, e-mail: press@example.org", ChromeKind.Contact)]
    public void Recognises_chrome(string line, ChromeKind expected) => Assert.Equal(expected, ChromeClassifier.Classify(line));

    [Theory]
    [InlineData("By 2030, the two countries aim to double bilateral trade.")]
    [InlineData("By contrast, exports of rice fell by 4 percent.")]
    [InlineData("Share of manufactured goods in exports rose to 60 percent last year, the ministry said in a statement.")]
    [InlineData("Related industries such as logistics and packaging also stand to gain from the deal.")]
    [InlineData("The two sides discussed the subscription of new shares in the joint venture.")]
    [InlineData("Vietnam and Japan agree to widen clean-energy links")]
    [InlineData("Prospects for economic-trade cooperation")]
    [InlineData("Kenya exports cut flowers, tea and coffee to Germany.")]
    [InlineData("Photovoltaic panels made up a third of the shipments.")]
    [InlineData("Reply from the ministry came within a week, officials said on Monday in Nairobi.")]
    [InlineData("Trade reached US$41 billion in 2023, up 32% year on year.")]
    public void Leaves_prose_and_headings_alone(string line) => Assert.Equal(ChromeKind.None, ChromeClassifier.Classify(line));
}
