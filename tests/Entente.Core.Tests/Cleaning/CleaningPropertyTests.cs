using CsCheck;
using Entente.Core.Cleaning;
using Entente.Core.Ingest;

namespace Entente.Core.Tests.Cleaning;

/// <summary>Properties that must hold for every input: offsets point into the input, and no sentence of a body is lost.</summary>
public class CleaningPropertyTests
{
    private static readonly ArticlePipeline Pipeline = new ArticlePipelineBuilder().UseDefaults().Build();

    private static readonly string[] Subjects = ["The delegation", "The ministry", "Trade officials", "The two sides", "Investors", "The committee", "Local authorities", "The embassy"];
    private static readonly string[] Verbs = ["discussed", "reviewed", "welcomed", "approved", "examined", "praised", "supported", "planned"];
    private static readonly string[] Objects = ["new rail links", "the joint venture", "cooperation in education", "a ports agreement", "energy projects", "the trade fair", "visa rules", "tourism campaigns"];
    private static readonly string[] Places = ["in Nairobi", "in Hanoi", "in the capital", "at the forum", "during the visit", "on Monday", "last month", "in March"];

    private static readonly string[] MidChrome =
    [
        "Share on Facebook", "Advertisement", "Follow us on Telegram for more news", "Subscribe to our newsletter",
        "Photo: Staff Photographer", "Read more: Ports race to catch the corridor boom", "Tags: trade, energy",
        "Đọc thêm tin tức mới nhất của chúng tôi", "Published: 21/03/2024 08:15", "By Jane Doe",
    ];

    private static readonly string[] TailChrome =
    [
        "Related", "Another story headline about ports", "Another story headline about ports", "Comments (3)", "Write a comment",
    ];

    private static readonly Gen<string> Sentence =
        Gen.Select(Gen.OneOf(Subjects), Gen.OneOf(Verbs), Gen.OneOf(Objects), Gen.OneOf(Places), Gen.Int[1, 9999],
            (s, v, o, p, n) => $"{s} {v} {o} {p} with {n} participants.");

    private static readonly Gen<List<List<string>>> Body = Sentence.Array[1, 4].Select(a => a.ToList()).List[2, 8];

    [Fact]
    public void No_sentence_of_the_body_is_lost_whatever_chrome_surrounds_it()
    {
        Gen.Select(Body, Gen.Int[0, MidChrome.Length - 1].Array[0, 6], Gen.Bool).Sample((paragraphs, chromeAt, withTail) =>
        {
            var lines = new List<string> { "Officials meet to widen cooperation" };
            for (var i = 0; i < paragraphs.Count; i++)
            {
                lines.Add(string.Join(' ', paragraphs[i]));
                if (i < chromeAt.Length) lines.Add(MidChrome[chromeAt[i]]);
            }
            if (withTail) lines.AddRange(TailChrome);
            var input = string.Join("\n\n", lines);
            var text = string.Join("\n\n", Pipeline.Process(new SourceDocument("p.txt", input, []), new CleaningContext()).Select(a => a.Text));
            foreach (var sentence in paragraphs.SelectMany(p => p))
                Assert.Contains(sentence, text);
            foreach (var chrome in MidChrome.Concat(TailChrome))
                Assert.DoesNotContain(chrome, text);
        }, iter: 300);
    }

    [Fact]
    public void Every_character_maps_to_the_same_character_of_the_input()
    {
        var noisy = Gen.OneOf(Gen.String[Gen.Char.AlphaNumeric, 0, 40], Sentence, Gen.OneOf(MidChrome), Gen.OneOf(" ", "\n", "\n\n", "./.", ",", "Thetwo", "almost151", "\t", "\r\n"))
            .Array[1, 60].Select(parts => string.Concat(parts));
        noisy.Sample(input =>
        {
            foreach (var article in Pipeline.Process(new SourceDocument("p.txt", input, []), new CleaningContext()))
            {
                Assert.Equal(article.Text.Length, article.RawIndex.Length);
                Assert.InRange(article.Start, 0, input.Length);
                Assert.InRange(article.End, article.Start, input.Length);
                for (var i = 0; i < article.Text.Length; i++)
                {
                    Assert.InRange(article.RawIndex[i], 0, input.Length - 1);
                    if (!char.IsWhiteSpace(article.Text[i])) Assert.Equal(input[article.RawIndex[i]], article.Text[i]);
                }
            }
        }, iter: 500);
    }
}
