using Entente.Core.Domain;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text.Numbers;
using Entente.Core.Extraction.Sentences;
using Entente.Core.Text.Time;
using Entente.Core.Text;

namespace Entente.Core.Extraction.Investment;

/// <summary>
/// Investment between the article's two countries: a stock ("Belarus has three projects in Vietnam
/// with a total registered capital of US$32.2 million") or one investor's project ("MTN has invested
/// US$16 billion in Nigeria"). A clause must speak of investment and give an amount or a project
/// count; the destination is the country after "in"/"into" or before "'s top investors", the source
/// the other country named. Plans, forecasts and sentences naming a third country give nothing.
/// </summary>
public sealed class InvestmentExtractor : IFactExtractor
{
    private static readonly HashSet<string> ProjectFillers = new(StringComparer.OrdinalIgnoreCase) { "valid", "investment", "registered", "active", "fdi", "new", "licensed" };
    private static readonly HashSet<string> Firms = new(StringComparer.OrdinalIgnoreCase) { "enterprises", "companies", "firms", "businesses" };
    private static readonly HashSet<string> SourceNouns = new(StringComparer.OrdinalIgnoreCase) { "investment", "investments", "investors", "companies", "firms", "enterprises", "businesses", "capital" };
    private static readonly HashSet<string> Inflows = new(StringComparer.OrdinalIgnoreCase) { "foreign", "fdi", "total", "overall", "all", "world", "global", "worldwide" };
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase) { "capital", "capitalised", "capitalized", "projects", "stake", "stakes", "inflows", "inflow", "fdi", "put", "committed" };

    // "a HUF 10 bln grant to support Hungarian investments": money given, not invested.
    private static readonly HashSet<string> FundingNouns = new(StringComparer.OrdinalIgnoreCase)
        { "grant", "grants", "loan", "loans", "aid", "credit", "credits", "donation", "subsidy", "subsidies", "fund", "budget" };

    /// <summary>True when the word right after the amount names a grant, loan or fund.</summary>
    private static bool NamesFunding(List<Token> clause, int moneyEnd)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            if (clause[i].Start < moneyEnd) continue;
            // "a $1 billion line of credit", "a $500 million Line of Credit": lent, not invested.
            if (clause[i].Text.Equals("line", StringComparison.OrdinalIgnoreCase) && i + 2 < clause.Count
                && clause[i + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && FundingNouns.Contains(clause[i + 2].Text)) return true;
            return FundingNouns.Contains(clause[i].Text);
        }
        return false;
    }

    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) yield break;
        foreach (var sentence in context.Sentences)
        {
            var mentions = context.MentionsIn(sentence).ToList();
            if (NamesThirdCountry(mentions, context.MoneyIn(sentence).ToList(), pair)) continue;
            var words = context.View(sentence).Words;
            var inOffices = WordIndex.Covered(words, mentions.Where(m => m.Kind is MentionKind.Office or MentionKind.Body).Select(m => (m.Start, m.End)));
            words = words.Where(w => !inOffices.Contains(w.Start)).ToList();
            var sentenceRoles = CountryRole.Read(context, mentions, words, pair);
            var inCountries = WordIndex.Covered(words, mentions.Where(m => m.Kind == MentionKind.Country).Select(m => (m.Start, m.End)));
            foreach (var fact in FromSentence(context, sentence, words, sentenceRoles, pair, w => inCountries.Contains(w.Start))) yield return fact;
        }
    }

    private static IEnumerable<Fact> FromSentence(ArticleContext context, Sentence sentence, List<Token> words, List<CountryRole> sentenceRoles, CountryPair pair, Func<Token, bool> isCountry)
    {
        var (sentenceFrom, sentenceTo) = Direction(sentenceRoles, words, pair);
        var rolesBy = new OrderedSpans<CountryRole>(sentenceRoles, r => r.Start, r => r.End);
        var moneyBy = new OrderedSpans<MoneyMention>(context.MoneyIn(sentence).ToList(), m => m.Start, m => m.End);
        var numbersBy = new OrderedSpans<NumberMention>(context.NumbersIn(sentence).ToList(), n => n.Start, n => n.End);
        var datesBy = new OrderedSpans<DateMention>(context.DatesIn(sentence), d => d.Start, d => d.End);
        foreach (var clause in WordIndex.Statements(context.Text, words))
        {
            if (clause.Count == 0) continue;
            var (start, end) = (clause[0].Start, clause[^1].End);
            var roles = rolesBy.Within(start, end);
            var money = moneyBy.Within(start, end);
            var numbers = numbersBy.Within(start, end);
            var dates = datesBy.Within(start, end);
            var firmsOperate = numbers.Any(n => OperatingFirms(n, clause));
            if (!(firmsOperate || Enumerable.Range(0, clause.Count).Any(i => IsCue(clause, i))) || Hypotheticals.AnyIn(clause) || JointCapital(clause)) continue;
            var (from, to) = Direction(roles, clause, pair);
            from ??= sentenceFrom;
            to ??= sentenceTo;
            var foreignWords = clause.Any(w => Inflows.Contains(w.Text));
            if (from is null && to is not null && !foreignWords) from = pair.Other(to);
            if (from is null || to is null || from == to) continue;

            // "300 South African companies operate in Mozambique": with no investment word, the host must be named as such.
            if (firmsOperate && !roles.Any(r => r.IsDestination) && !HomeTo(clause)) continue;
            var projects = numbers.Where(n => IsProjectCount(n, clause) || OperatingFirms(n, clause)).ToList();
            if (money.Count == 0 && projects.Count != 1) continue;
            var asOf = AsOf(context, dates, start);
            var count = projects.Count == 1 ? (int?)projects[0].Value : null;
            if (money.Count == 0)
            {
                yield return new Domain.Investment(from, to) { Projects = count, AsOf = asOf, Qualifier = projects[0].Qualifier, Evidence = context.Evidence(sentence) };
                continue;
            }
            for (var i = 0; i < money.Count; i++)
            {
                if (TradeAmounts.BelongsToTrade(clause, money[i].Start, money[i].End, w => IsCue(clause, w)) || NamesFunding(clause, money[i].End)) continue;
                yield return new Domain.Investment(from, to)
                {
                    Projects = i == 0 ? count : null,
                    Capital = money[i].Value,
                    AsOf = asOf,
                    Investor = InvestorName.Find(context.Text, Stretch(clause, money, i), isCountry),
                    Sector = SectorPhrase.Find(Stretch(clause, money, i)),
                    Qualifier = money[i].Qualifier,
                    Evidence = context.Evidence(sentence),
                };
            }
        }
    }

    /// <summary>The words an amount owns: from the amount before it (or the clause start) to the amount after it (or the clause end).</summary>
    private static List<Token> Stretch(List<Token> clause, List<MoneyMention> money, int i)
    {
        var from = i == 0 ? int.MinValue : money[i - 1].End;
        var to = i == money.Count - 1 ? int.MaxValue : money[i + 1].Start;
        return WordIndex.Between(clause, from, to);
    }

    private static bool IsCue(List<Token> clause, int i) =>
        clause[i].Text.StartsWith("invest", StringComparison.OrdinalIgnoreCase)
        || (Cues.Contains(clause[i].Text) && !(clause[i].Is("capital") && IsCapitalCity(clause, i)));

    /// <summary>"the Kazakh-Uzbek joint investment company, with authorized capital of…": both sides own it, no one invests in the other.</summary>
    private static bool JointCapital(List<Token> clause)
    {
        var joint = clause.FindIndex(w => w.Is("joint"));
        return joint >= 0 && clause.FindIndex(joint, w => w.Is("capital")) >= 0;
    }

    /// <summary>"the capital Hanoi", "the capital city": a city, not money.</summary>
    private static bool IsCapitalCity(List<Token> clause, int i) =>
        (i > 0 && (clause[i - 1].Is("the") || clause[i - 1].Is("its")))
        || (i + 1 < clause.Count && (clause[i + 1].Is("city") || clause[i + 1].IsCapitalized));

    /// <summary>A country outside the pair, other than in a currency ("U.S. dollars").</summary>
    private static bool NamesThirdCountry(List<GazetteerMention> mentions, List<MoneyMention> money, CountryPair pair)
    {
        var next = 0;
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Country || m.Code is not { } code || pair.Contains(code)) continue;
            while (next < money.Count && money[next].End <= m.Start) next++;
            if (next < money.Count && money[next].Start <= m.Start && m.End <= money[next].End) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The destination is the country marked as one; the source an unmarked other country, or the
    /// other member of the pair when a demonym qualifies the investors ("Japanese investment").
    /// </summary>
    private static (string? From, string? To) Direction(List<CountryRole> roles, List<Token> words, CountryPair pair)
    {
        var to = roles.FirstOrDefault(r => r.IsDestination && !r.IsSource)?.Country;
        // "Uganda's minister said Chinese investors had brought…": the investors' demonym outranks an earlier bare country.
        var from = roles.FirstOrDefault(r => r.IsSource)?.Country
            ?? roles.FirstOrDefault(r => r.IsDemonym && r.Country != to && QualifiesInvestors(r, words))?.Country
            ?? roles.FirstOrDefault(r => !r.IsDestination && r.Country != to)?.Country;
        if (to is null && from is not null && roles.Any(r => r.Country == from && r.IsDemonym && QualifiesInvestors(r, words)))
            to = pair.Other(from);
        return (from, to == from ? null : to);
    }

    private static bool QualifiesInvestors(CountryRole role, List<Token> words)
    {
        var next = words.FindIndex(w => w.Start >= role.End);
        return next >= 0 && SourceNouns.Contains(words[next].Text);
    }

    /// <summary>"247 valid investment projects", "1,000 enterprises with Kazakh capital".</summary>
    private static bool IsProjectCount(NumberMention number, List<Token> clause)
    {
        // A count beyond the type's range is no project count (no country has that many).
        if (number.Kind != NumberKind.Cardinal || number.Value > int.MaxValue) return false;
        var next = WordIndex.From(clause, number.End);
        if (next < 0) return false;
        for (var i = next; i < Math.Min(clause.Count, next + 4); i++)
        {
            if (clause[i].Is("projects") || clause[i].Is("project")) return true;
            if (!ProjectFillers.Contains(clause[i].Text)) break;
        }
        if (!Firms.Contains(clause[next].Text) || next + 1 >= clause.Count || !clause[next + 1].Is("with")) return false;
        // "enterprises with Kazakh capital", "enterprises with the participation of Turkmen capital".
        return clause.Skip(next + 2).Take(5).Any(w => w.Is("capital"));
    }

    private static readonly HashSet<string> FirmQualifiers = new(StringComparer.OrdinalIgnoreCase) { "active", "foreign", "registered", "large", "major", "private", "state-owned" };
    private static readonly HashSet<string> Presence = new(StringComparer.OrdinalIgnoreCase) { "operate", "operates", "operating", "represented", "working", "present", "active" };
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase) { "now", "currently", "already", "actively", "are", "were", "is", "presently", "still" };

    /// <summary>
    /// "over 1,000 Turkish companies now operating in Qatar", "195 Azerbaijani enterprises are represented in Uzbekistan",
    /// "home to 6,000 Chinese companies": firms of one side present in the other, counted as its investment projects.
    /// </summary>
    private static bool OperatingFirms(NumberMention number, List<Token> clause)
    {
        if (number.Kind != NumberKind.Cardinal || number.Value > int.MaxValue || number.Value < 2) return false;
        var i = WordIndex.From(clause, number.End);
        if (i < 0) return false;
        var firm = -1;
        for (var k = i; k < Math.Min(clause.Count, i + 4); k++)
        {
            if (Firms.Contains(clause[k].Text)) { firm = k; break; }
            if (!(clause[k].IsCapitalized || FirmQualifiers.Contains(clause[k].Text))) return false;
        }
        if (firm < 0) return false;
        var before = WordIndex.From(clause, number.Start) - 1;
        if (before >= 1 && clause[before].Is("to") && clause[before - 1].Is("home")) return true;
        for (var k = firm + 1; k < Math.Min(clause.Count, firm + 4); k++)
        {
            if (Presence.Contains(clause[k].Text)) return true;
            if (!Adverbs.Contains(clause[k].Text)) return false;
        }
        return false;
    }

    /// <summary>"The UAE is home to …": the subject hosts the firms counted.</summary>
    private static bool HomeTo(List<Token> clause)
    {
        for (var i = 0; i + 1 < clause.Count; i++)
            if (clause[i].Is("home") && clause[i + 1].Is("to")) return true;
        return false;
    }

    /// <summary>The latest date the clause gives (not a "since" date), else the publication year.</summary>
    private static string? AsOf(ArticleContext context, List<DateMention> dates, int clauseStart)
    {
        string? latest = null;
        foreach (var date in dates)
        {
            // "since April 2000", "since it entered the market in 2001": a start, not the stock's date.
            var before = context.Text[Math.Max(clauseStart, date.Start - 40)..date.End];
            if (before.Contains("since", StringComparison.OrdinalIgnoreCase) || before.Contains("from", StringComparison.OrdinalIgnoreCase)) continue;
            latest = date.To.ToString();
        }
        return latest ?? context.AsOfYear;
    }
}
