using System.Globalization;
using Entente.Core.Text;

namespace Entente.Core.Cleaning.Stages;

/// <summary>
/// Settles the publication date: the user's --published wins, then metadata, then a date the page
/// states (a "Published:" line, a dateline with a year, an "Issued on" closing line), then a
/// dateline's month and day with the year the content implies, then the year the content implies alone.
/// </summary>
/// <param name="inferYear">The earliest year a text can be from, given the latest year it can be from (or null).</param>
public sealed class PublishedStage(Func<string, int?, int?> inferYear) : ICleaningStage
{
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
        var body = string.Join("\n", draft.Blocks.Select(b => b.Text).Prepend(draft.Title ?? "").Where(CanDate));
        var dateline = draft.Blocks.Count > 0 ? StatedDates.Dateline(draft.Blocks[0].Text) : null;
        var year = dateline?.Year ?? inferYear(body, context.ReferenceYear);
        if (year is null) return;
        draft.PublishedInferred = dateline?.Year is null;
        draft.Published = dateline is { } d && d.Day <= DateTime.DaysInMonth(year.Value, d.Month)
            ? $"{year:D4}-{d.Month:D2}-{d.Day:D2}"
            : year.Value.ToString(CultureInfo.InvariantCulture);
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
