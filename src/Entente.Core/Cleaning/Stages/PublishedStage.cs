using System.Globalization;
using Entente.Core.Text;

namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Settles the publication date: the user's --published wins, then metadata, then a date the page
/// states (a "Published:" line, a dateline with a year, an "Issued on" closing line), then a
/// dateline's month and day with the year the content implies, then the year the content implies alone.
/// </summary>
/// <param name="inferYear">The earliest year a text can be from, given the latest year it can be from (or null) and,
/// to be called when needed, where the text's amounts end (as <see cref="TextReading.AmountEnds()"/>).</param>
public sealed class PublishedStage(Func<string, int?, Func<IEnumerable<int>>, int?> inferYear) : ICleaningStage
{
    /// <param name="inferYear">The earliest year a text can be from, given the latest year it can be from (or null).</param>
    public PublishedStage(Func<string, int?, int?> inferYear) : this((text, notAfter, _) => inferYear(text, notAfter))
    {
    }

    public void Apply(ArticleDraft draft, CleaningContext context)
    {
        if (context.PublishedOverride is { } given)
        {
            draft.Published = given;
            return;
        }
        if (draft.Published is not null) return;
        if (draft.StatedDate is { } stated)
        {
            draft.Published = stated;
            return;
        }
        // A press release often dates itself in its closing lines.
        if (draft.Blocks.TakeLast(2).Select(b => StatedDates.SignOff(b.Text)).LastOrDefault(d => d is not null) is { } signed)
        {
            draft.Published = signed;
            return;
        }
        // Sentences never cross paragraphs; the title counts too ("Fifty years of ... relations"). Only
        // paragraphs naming a year or an anniversary can move the inference, so the others are skipped.
        var dateline = draft.Blocks.Count > 0 ? StatedDates.Dateline(draft.Blocks[0].Text) : null;
        int? year;
        if (dateline?.Year is { } datelineYear) year = datelineYear;
        else
        {
            // Block -1 is the title.
            var parts = draft.Blocks.Select((b, i) => (b.Text, Block: i)).Prepend((Text: draft.Title ?? "", Block: -1)).Where(p => CanDate(p.Text)).ToList();
            var body = string.Join("\n", parts.Select(p => p.Text));
            year = inferYear(body, context.ReferenceYear, () => AmountEnds(draft, parts));
        }
        if (year is null) return;
        draft.PublishedInferred = dateline?.Year is null;
        draft.Published = dateline is { } d && d.Day <= DateTime.DaysInMonth(year.Value, d.Month)
            ? $"{year:D4}-{d.Month:D2}-{d.Day:D2}"
            : year.Value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Where amounts end in the dating text (the parts joined by line breaks), read with the article's clean text
    /// (the blocks joined by blank lines, as the article is assembled): that reading is kept on the draft for the
    /// article analysis, so the text is tokenised and its money and numbers read once. The title is read apart.
    /// </summary>
    private static IEnumerable<int> AmountEnds(ArticleDraft draft, List<(string Text, int Block)> parts)
    {
        var reading = draft.Reading ??= new TextReading(string.Join("\n\n", draft.Blocks.Select(b => b.Text)));
        // Where each block starts in the article's text and in the dating text (-1 when left out of it).
        var blockStart = new int[draft.Blocks.Count];
        for (int i = 0, at = 0; i < draft.Blocks.Count; at += draft.Blocks[i].Text.Length + 2, i++) blockStart[i] = at;
        var partStart = new int[draft.Blocks.Count];
        Array.Fill(partStart, -1);
        var ends = new List<int>();
        for (int k = 0, at = 0; k < parts.Count; at += parts[k].Text.Length + 1, k++)
        {
            if (parts[k].Block >= 0) partStart[parts[k].Block] = at;
            else ends.AddRange(TextReading.AmountEnds(parts[k].Text).Select(end => at + end));
        }
        foreach (var end in reading.AmountEnds())
        {
            var block = Array.BinarySearch(blockStart, end);
            if (block < 0) block = ~block - 1;
            if (partStart[block] >= 0) ends.Add(partStart[block] + end - blockStart[block]);
        }
        return ends;
    }

    private static readonly string[] DatingWords = ["anniversar", "years", "century"];

    private static bool CanDate(string text) => HasYear(text) || PhraseMatcher.Of(DatingWords).OccursIn(text);

    private static bool HasYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (text[i] is not ('1' or '2') || !char.IsDigit(text[i + 1]) || !char.IsDigit(text[i + 2]) || !char.IsDigit(text[i + 3])) continue;
            if ((i == 0 || !char.IsDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]))) return true;
        }
        return false;
    }
}
