using System.Text;
using System.Text.Json;
using CsCheck;
using Entente.Core.Ingest;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Fuzzing;

/// <summary>
/// A mutation fuzzer's input generator: one of the team's own articles with a few edits that scrapers and odd
/// outlets produce, or that once broke a reader (huge and non-ASCII numbers, year 0, apostrophes inside names,
/// lost full stops, spliced paragraphs), given as plain text or as a JSON Lines record.
/// </summary>
public static class ArticleMutator
{
    private static readonly string[] Seeds =
        Directory.GetFiles(Path.Combine(SharedFiles.Repository, "tests", "corpus", "facts"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(SharedFiles.Repository, "samples"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();

    private static readonly string[] Tokens =
    [
        "'s ", "’", "'", "\"", "(", ")", "–", "—", ",", ".", ". ", "/", "-", ":", "%", "$", "US$", "€", "\n", "\n\n", " ",
        "0", "00", "0000", "1/1/0000", "31/02/2024", "00.00.0000", "99/99/9999", "2024-13-45", "٣", "१२", "１２",
        "2147483648", "9999999999", "99999999999999999999", "10,000,000,000", "1.5.2.5", " billion", " million", " trillion",
        " per cent", " tonnes", " and his ", " counterpart, ", " President ", " Prime Minister ", " Foreign Minister ",
        " Ambassador ", " Chin'a ", " Vietnam", " Belarus", " Kenya's ", " Ugandan ", " visited ", " met ", " signed ",
        " joint venture ", " projects ", " students ", " in 2023", " on Monday", " last year", " the 13th session of the ",
        " Joint Committee ", " between ", " Jan. ", " Mr. ", " Dr. ", "A.", "U.S.", "\u00a0", "\u200b", "\uFFFD", "\t",
        "http://x.y/z", "@", "#", "1957–2023", "27/09/2024 - 08:34", "2024.06.12", "Jun 12 (Agency) -",
    ];

    // Declared before Documents, which reads it during static initialisation.
    private static Gen<(int Kind, double At, int Token, int Length)> Edit { get; } =
        Gen.Select(Gen.Int[0, 5], Gen.Double[0, 1], Gen.Int[0, Tokens.Length - 1], Gen.Int[1, 400]);

    /// <summary>Words and phrases of the kinds extractors look for, for sentences composed at random.</summary>
    private static readonly string[] Words =
    [
        "Vietnam", "Belarus", "Kenya", "Uganda", "China", "Japan", "Laos", "Thailand", "Brazil", "India", "the UAE", "Chin'a", "Cote d'Ivoire",
        "Vietnamese", "Belarusian", "Kenyan", "Ugandan", "Chinese", "Japanese", "Kenya's", "Vietnam's", "'s", "’s",
        "President", "Prime Minister", "Foreign Minister", "Ambassador", "Deputy", "former", "counterpart", "his", "her", "and", "with",
        "Pham Minh Chinh", "Roman Golovchenko", "Musalia Mudavadi", "Jeje Odongo", "S Jaishankar", "Truong TanSang", "Mr.", "H.E.",
        "met", "visited", "received", "signed", "agreed", "held", "will hold", "talks", "a state visit", "an agreement on", "a memorandum",
        "the Joint Commission", "Intergovernmental Committee", "session", "the", "of", "in", "on", "to", "from", "between", "since", "at",
        "trade", "turnover", "exports", "imports", "reached", "rose", "fell", "investment", "projects", "joint venture", "capacity",
        "students", "community", "people", "reside", "live", "support", "candidacy", "seat", "Security Council", "sister cities", "province",
        "US$", "$", "USD", "€", "billion", "million", "trillion", "tonnes", "per cent", "%", "year", "years", "ago", "last year",
        "Monday", "January", "Jan.", "first quarter", "2023", "2024", "1957–2023", "anniversary", ",", ",", ".", "(", ")", "–", "-", "\n",
    ];

    private static Gen<string> Numeral { get; } =
        Gen.Select(Gen.Char["0123456789"].Array[1, 24], Gen.Int[0, 3], Gen.Char["٣१１"]).Select(x =>
        {
            var digits = new string(x.Item1);
            return x.Item2 switch
            {
                0 => digits,
                1 => string.Join(",", digits.Chunk(3).Select(c => new string(c))),
                2 => digits + "th",
                _ => digits.Insert(digits.Length / 2, x.Item3.ToString()),
            };
        });

    private static Gen<string> NumericDate { get; } =
        Gen.Select(Gen.Char["0123456789"].Array[1, 11], Gen.Char["0123456789"].Array[1, 3], Gen.Char["0123456789"].Array[1, 5], Gen.Char["/.-"])
            .Select(x => $"{new string(x.Item1)}{x.Item4}{new string(x.Item2)}{x.Item4}{new string(x.Item3)}");

    /// <summary>Sentences of random phrases, numbers of any length and numeric dates of any shape, with a dateline line first.</summary>
    private static Gen<string> Composed { get; } =
        Gen.OneOf(Gen.Int[0, Words.Length - 1].Select(i => Words[i]), Numeral, NumericDate).Array[3, 40].Array[1, 6]
            .Select(NumericDate, (sentences, dateline) =>
                dateline + "\n\n" + string.Join(" ", sentences.Select(words => string.Join(" ", words) + ".")));

    /// <summary>A mutated or composed article and the name of the input it comes in (".txt" or ".jsonl").</summary>
    public static Gen<SourceDocument> Documents { get; } =
        Gen.Select(Gen.OneOf(Mutated, Composed), Gen.Bool).Select(x => Wrap(x.Item1, x.Item2));

    private static Gen<string> Mutated =>
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Edit.Array[1, 12], Gen.Int[0, Seeds.Length - 1])
            .Select(x => Mutate(Seeds[x.Item1], x.Item2, Seeds[x.Item3]));

    private static string Mutate(string text, (int Kind, double At, int Token, int Length)[] edits, string other)
    {
        var builder = new StringBuilder(text);
        foreach (var (kind, at, token, length) in edits)
        {
            var position = (int)(at * builder.Length);
            var span = Math.Min(length, builder.Length - position);
            switch (kind)
            {
                case 0: builder.Insert(position, Tokens[token]); break;
                case 1: builder.Remove(position, span); break;
                case 2: builder.Insert(position, builder.ToString(position, span)); break;
                case 3:
                    if (span > 0) builder.Remove(position, 1);
                    builder.Insert(position, Tokens[token]);
                    break;
                case 4:
                    var from = (int)(at * other.Length);
                    builder.Insert(position, other.AsSpan(from, Math.Min(length, other.Length - from)));
                    break;
                default: builder.Replace(". ", " ", position, span); break;
            }
        }
        return builder.ToString();
    }

    private static SourceDocument Wrap(string text, bool asJsonLines) =>
        asJsonLines
            ? new SourceDocument("fuzz.jsonl", JsonSerializer.Serialize(new Dictionary<string, string> { ["title"] = "Fuzz", ["date_publish"] = "2024-05-06", ["maintext"] = text }), [])
            : new SourceDocument("fuzz.txt", text, []);
}
