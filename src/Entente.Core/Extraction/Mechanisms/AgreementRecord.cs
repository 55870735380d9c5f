using Entente.Core.Domain;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>One document of an article while its mentions are gathered: the longest name, its dates, and the sentences they came from.</summary>
internal sealed class AgreementRecord(string name, string core, string[] parties, AgreementDates dates, int sentence, bool planned = false)
{
    /// <summary>True while every mention tells the document as still to be signed: one told signed or in effect makes it so.</summary>
    public bool Planned { get; private set; } = planned;

    public string Name { get; private set; } = name;

    /// <summary>
    /// The head of a name that only describes its document ("a trade agreement", "this win-win pact"): lower case, nothing after
    /// the head but its acronym. Null for a name of the document's own.
    /// </summary>
    public string? DescribedHead { get; set; }
    public string Core { get; private set; } = core;
    public string[] Parties { get; } = parties;
    public AgreementDates Dates { get; private set; } = dates;
    public int FirstSentence { get; private set; } = sentence;
    public int LastSentence { get; private set; } = sentence;

    /// <summary>True when one name is the other with more words around it, between the same parties.</summary>
    public bool SameAs(AgreementRecord other) =>
        (Core.Contains(other.Core, StringComparison.Ordinal) || other.Core.Contains(Core, StringComparison.Ordinal)) && SameParties(other);

    public bool SameParties(AgreementRecord other) => Parties.Order(StringComparer.Ordinal).SequenceEqual(other.Parties.Order(StringComparer.Ordinal));

    /// <summary>True when every word of another name's core is in this one's ("border agreement" in "agreement on the state border").</summary>
    public bool HasWordsOf(string core)
    {
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => Core.Contains($" {w} ", StringComparison.Ordinal));
    }

    /// <summary>Takes the longer name, and the other mention's dates when it is near enough to quote both.</summary>
    public void Absorb(AgreementRecord other, int reach)
    {
        var near = Math.Abs(other.FirstSentence - LastSentence) <= reach;
        Planned &= other.Planned;
        if (other.Core.Length > Core.Length && near)
        {
            Name = other.Name;
            Core = other.Core;
            DescribedHead = other.DescribedHead;
            FirstSentence = Math.Min(FirstSentence, other.FirstSentence);
            LastSentence = Math.Max(LastSentence, other.LastSentence);
        }
        if (near) Complete(other.Dates, other.FirstSentence, other.Planned);
    }

    /// <summary>Fills dates this record lacks from a later mention in sentence `sentence`; a mention telling it signed or in force ends its plan.</summary>
    public void Complete(AgreementDates more, int sentence, bool planned)
    {
        if (!planned && (more.Signed is not null || more.InForce is not null)) Planned = false;
        var merged = new AgreementDates(Dates.Signed ?? more.Signed, Dates.InForce ?? more.InForce, Dates.Covers ?? more.Covers);
        if (merged == Dates) return;
        Dates = merged;
        FirstSentence = Math.Min(FirstSentence, sentence);
        LastSentence = Math.Max(LastSentence, sentence);
    }

    /// <summary>A document told as signed was signed by the day the story ran: a later date ("… to adopt the convention in 2027") is another act's.</summary>
    private static string? NotAfterPublication(string? signed, Text.Time.IsoDate? published) =>
        signed is not null && published is { } day && Text.Time.IsoDate.TryParse(signed, out var date) && date.FirstDay > day.LastDay ? null : signed;

    /// <summary>A planned document has no signing or entry into force yet: a date near its plan ("to be signed in May") is the plan's.</summary>
    public Agreement ToFact(ArticleContext context) => new(Name, Parties)
    {
        Signed = Planned ? null : NotAfterPublication(Dates.Signed, context.Published),
        InForce = Planned ? null : Dates.InForce,
        Status = Planned ? Knowledge.FactStatus.Planned : null,
        Covers = Dates.Covers,
        Evidence = context.Evidence(context.Sentences[FirstSentence], context.Sentences[LastSentence]),
    };
}
