using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Time;
using Entente.Core.Extraction.Sentences;

namespace Entente.Core.Extraction.Diplomacy;

/// <summary>
/// A mission opened, clause by clause: "Belarus opened its embassy in Vietnam in 1998",
/// "Mongolia's consulate-general in Osaka, opened in 2021", "the Consulate General of Mongolia in Frankfurt, opened in 2016", "the reopening of the Czech Embassy in
/// Manila in 2016". The owner is the country right before the mission word or the clause's subject;
/// the host is the country or city after "in". Plans and hypotheses give nothing.
/// </summary>
public sealed class EmbassyOpenedExtractor : IFactExtractor
{
    private static readonly string[] OpenVerbs = ["opened", "inaugurated", "reopened", "opening", "reopening", "established", "set up", "launched", "establishment"];

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        var text = context.Text;
        foreach (var sentence in context.Sentences)
        {
            // "X opened its embassy in 1973, and Y's embassy followed a year later": the year told before.
            int? previousYear = null;
            foreach (var (start, end) in context.ClausesAtJoints(sentence))
            {
                var missions = MissionKinds.In(text, start, end);
                if (missions.Count != 1) continue;
                var mission = missions[0];
                var verb = Words.Nearest(text, OpenVerbs, start, end, mission.Start);
                var later = previousYear is null ? null : YearsLater.In(text, start, end);
                if (verb < 0 && later is not null && Words.Find(text, "followed", mission.End, end) is var followed and >= 0) verb = followed;
                if (verb < 0 || Hedges.IsHypothetical(text, start, end) || Hedges.IsPlanned(text, start, verb)) continue;
                var mentions = context.MentionsIn(sentence).Where(m => m.Start >= start && m.End <= end).ToList();
                var host = CountryRefs.After(mentions, text, mission.End, end, "in", "to");
                // "the Consulate General of Mongolia in Frankfurt": the owner named right after the mission word.
                var owner = OwnerAfter(mentions, text, mission.End)
                    ?? CountryRefs.RightBefore(mentions, text, mission.Start)
                    ?? mentions.LastOrDefault(m => m.Kind == MentionKind.Country && m.End <= Math.Min(verb, mission.Start));
                if (host is null || owner is null) continue;
                var (ownerCode, hostCode) = (owner.Code!, CountryRefs.CountryOrPlace(host)!);
                if (ownerCode == hostCode || (context.Pair is { } pair && !(pair.Contains(ownerCode) && pair.Contains(hostCode)))) continue;
                // "followed 9999 years later" names no year: such a count gives nothing.
                var date = later is { } years
                    ? IsoDate.TryCreate(previousYear!.Value + years, 0, 0, out var afterYears) ? afterYears : null
                    : Opening(context, sentence, start, mission.End, end);
                if (date is null || (context.Published is { } published && date.Value.Truncate(published.Precision) > published)) continue;
                previousYear = date.Value.Year;
                yield return new EmbassyOpened(ownerCode, hostCode, date.Value.ToString())
                {
                    Kind = mission.Kind,
                    Evidence = context.Evidence(sentence),
                };
            }
        }
    }

    /// <summary>
    /// The opening's date: one the text states in full, or a day without its year ("inaugurated on 11 May") in a story
    /// whose outlet states its own day, which gives the year.
    /// </summary>
    private static IsoDate? Opening(ArticleContext context, Sentences.Sentence sentence, int start, int from, int end)
    {
        var stated = !context.Article.PublishedInferred && context.Published is { Precision: DatePrecision.Day };
        var date = EventDates.Near(context, sentence, start, from, end, allowRelative: stated);
        return date is { } d && (!d.Relative || d.From.Precision == DatePrecision.Day) ? d.From : null;
    }

    private static GazetteerMention? OwnerAfter(List<GazetteerMention> mentions, string text, int missionEnd) =>
        CountryRefs.After(mentions, text, missionEnd, Math.Min(text.Length, missionEnd + 9), "of") is { Kind: MentionKind.Country } of ? of : null;
}
