using System.Text;
using Entente.Core.Cleaning;
using Entente.Core.Ingest;
using Entente.Core.Tests.Support;
using Xunit.Abstractions;

namespace Entente.Core.Tests.Ingest.Html;

/// <summary>
/// Scores the reader on the team's page corpus (tests/corpus/html): every page, read from its bytes
/// through the whole article pipeline, must give its gold body text with a word F1 at or above the
/// floor, and its gold title. Each NAME.gold holds the title, a blank line, then the body.
/// </summary>
public sealed class HtmlCorpusTests(ITestOutputHelper output)
{
    private const double Floor = 0.9;

    private static readonly ArticlePipeline Pipeline = new ArticlePipelineBuilder().UseDefaults().Build();

    private static string Folder => Path.Combine(SharedFiles.Repository, "tests", "corpus", "html");

    public sealed record Scored(string Page, string Kind, int Matched, int Predicted, int Expected, bool TitleOk, string Encoding)
    {
        public double F1 => WordF1.F1(Matched, Predicted, Expected);
    }

    [Fact]
    public void Every_page_kind_gives_its_body_text_above_the_floor()
    {
        var pages = Directory.GetFiles(Folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count >= 20, $"the corpus in {Folder} holds only {pages.Count} pages");
        var scores = pages.Select(Score).ToList();

        foreach (var kind in scores.GroupBy(s => s.Kind))
        {
            var f1 = WordF1.F1(kind.Sum(s => s.Matched), kind.Sum(s => s.Predicted), kind.Sum(s => s.Expected));
            output.WriteLine($"{kind.Key,-10} pages {kind.Count(),2}  word F1 {f1:F3}  titles {kind.Count(s => s.TitleOk)}/{kind.Count()}");
        }
        foreach (var s in scores)
            output.WriteLine($"  {s.Page,-52} {s.Encoding,-14} F1 {s.F1:F3} ({s.Matched}/{s.Predicted} of {s.Expected}){(s.TitleOk ? "" : "  title differs")}");

        var low = scores.Where(s => s.F1 < Floor).Select(s => $"{s.Page} {s.F1:F3}").ToList();
        Assert.True(low.Count == 0, "below the word F1 floor: " + string.Join(", ", low));
        var titles = scores.Where(s => !s.TitleOk).Select(s => s.Page).ToList();
        Assert.True(titles.Count == 0, "title differs from the gold: " + string.Join(", ", titles));
    }

    private static Scored Score(string path)
    {
        var relative = Path.GetRelativePath(Folder, path);
        var goldPath = Path.ChangeExtension(path, ".gold");
        Assert.True(File.Exists(goldPath), $"{relative} has no gold file");
        var gold = File.ReadAllText(goldPath, Encoding.UTF8).Replace("\r\n", "\n");
        var split = gold.IndexOf("\n\n", StringComparison.Ordinal);
        var (title, body) = (gold[..split].Trim(), gold[(split + 2)..]);

        var document = InputDecoder.Decode(path, File.ReadAllBytes(path));
        List<Entente.Core.Domain.Article> articles;
        try
        {
            articles = Pipeline.Process(document, new CleaningContext()).ToList();
        }
        catch (InputException)
        {
            articles = []; // scored as a page that gives nothing
        }
        var text = string.Join("\n\n", articles.Select(a => a.Text));
        var (matched, predicted, expected) = WordF1.Count(text, body);
        var kind = relative.Contains(Path.DirectorySeparatorChar) ? Path.GetDirectoryName(relative)! : relative[..relative.IndexOf('_')];
        var titleOk = articles.Count > 0 && articles[0].Title == title;
        return new Scored(relative, kind, matched, predicted, expected, titleOk, document.Encoding);
    }
}

/// <summary>
/// Bag-of-words overlap, as extraction benchmarks score it: words are runs of letters and digits,
/// lower-cased; in scripts written without spaces (Han, kana) each character counts as a word.
/// </summary>
public static class WordF1
{
    public static (int Matched, int Predicted, int Expected) Count(string predicted, string expected)
    {
        var want = new Dictionary<string, int>(StringComparer.Ordinal);
        var expectedWords = Words(expected);
        foreach (var word in expectedWords) want[word] = want.GetValueOrDefault(word) + 1;
        var predictedWords = Words(predicted);
        var matched = 0;
        foreach (var word in predictedWords)
        {
            if (want.GetValueOrDefault(word) <= 0) continue;
            want[word]--;
            matched++;
        }
        return (matched, predictedWords.Count, expectedWords.Count);
    }

    public static double F1(int matched, int predicted, int expected)
    {
        if (matched == 0) return 0;
        double precision = (double)matched / predicted, recall = (double)matched / expected;
        return 2 * precision * recall / (precision + recall);
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (IsUnspacedScript(c))
            {
                Flush();
                words.Add(c.ToString());
            }
            else if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
    }

    private static bool IsUnspacedScript(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
