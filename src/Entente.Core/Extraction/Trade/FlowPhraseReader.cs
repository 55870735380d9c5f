namespace Entente.Core.Extraction.Trade;

/// <summary>
/// Reads who sends and who receives in a flow phrase around a cue word: "Vietnam's exports to the
/// RoK", "its imports from the Korean market", "Indian supplies to Russia", "Turkish goods … were
/// imported into Azerbaijan". Prepositions ("to", "into", "from") name a side outright; the country
/// before the cue is the sender of exports and the receiver of imports.
/// </summary>
internal static class FlowPhraseReader
{
    private const int PrepositionReach = 5;

    /// <summary>
    /// The two sides of the flow at cue, looking back at most backReach tokens (not before
    /// first) and forward to end. implied stands for a subject left unsaid ("while imports from").
    /// With needBoth, a side is never guessed from the pair alone.
    /// </summary>
    public static FlowParties? Read(
        IReadOnlyList<TradeToken> t, int cue, int first, int end, int backReach, CountryPair pair, string? implied, bool needBoth)
    {
        var isImport = TradeVocabulary.ImportNouns.Contains(t[cue].Lower) || (t[cue].Lower == "imported" && !IsPassive(t, cue));
        var (to, from) = AfterCue(t, cue, end);
        var before = BeforeCue(t, cue, Math.Max(first, cue - backReach), implied);
        // "Brazilian imports amounted to $3 billion": imports by Brazil or of Brazilian goods; with no partner named, it cannot be told.
        if (isImport && to is null && from is null && cue > 0 && t[cue - 1] is { Kind: TradeTokenKind.Country, IsDemonym: true }) return null;
        if (isImport)
        {
            if (to is null) to = before;
            else from ??= before;
        }
        else
        {
            if (from is null) from = before;
            else to ??= before;
        }
        var fromCode = Resolve(from, to, pair, needBoth);
        var toCode = Resolve(to, from, pair, needBoth);
        if (fromCode is null || toCode is null || fromCode == toCode) return null;
        if (!pair.Contains(fromCode) || !pair.Contains(toCode)) return null;
        var subject = before is { Code: { } code } ? code : before?.IsAnaphor == true ? (isImport ? toCode : fromCode) : fromCode;
        return new FlowParties(fromCode, toCode, subject);
    }

    // A side: its own code; an anaphor is the other side of the pair; a missing side is guessed only when allowed.
    private static string? Resolve(TradeToken? side, TradeToken? other, CountryPair pair, bool needBoth)
    {
        if (side is { Code: { } code }) return code;
        if (other is not { Code: { } otherCode }) return null;
        if (side is null && needBoth) return null;
        return pair.Other(otherCode);
    }

    private static (TradeToken? To, TradeToken? From) AfterCue(IReadOnlyList<TradeToken> t, int cue, int end)
    {
        TradeToken? to = null, from = null;
        var limit = Math.Min(end, cue + 1 + PrepositionReach);
        for (var i = cue + 1; i < limit; i++)
        {
            // "exported goods worth $2 billion to Vietnam": a verb's object may stand between it and its preposition.
            if (t[i].Kind is TradeTokenKind.Money or TradeTokenKind.Change && !IsVerb(t[cue].Lower)) break;
            if (t[i].Kind != TradeTokenKind.Word) continue;
            var word = t[i].Lower;
            var isTo = word is "to" or "into" or "for" || (word == "in" && t[i - 1].Lower is "sold" or "shipped" or "exported" or "supplied" or "marketed");
            if (!isTo && word != "from") continue;
            var j = i + 1 < end && t[i + 1].IsWord("the") ? i + 2 : i + 1;
            if (j >= end || t[j].Kind != TradeTokenKind.Country) continue;
            if (isTo) to ??= t[j];
            else from ??= t[j];
        }
        return (to, from);
    }

    // The nearest country before the cue ("Vietnam's total exports", "Indian shipments"); "its" or nothing at all stands for the implied subject.
    private static TradeToken? BeforeCue(IReadOnlyList<TradeToken> t, int cue, int first, string? implied)
    {
        for (var i = cue - 1; i >= first; i--)
        {
            // "exports to Namibia beyond current products": a country after a preposition belongs to an earlier phrase.
            if (t[i].Kind == TradeTokenKind.Country) return i > 0 && t[i - 1].Lower is "to" or "from" or "into" ? null : t[i];
            if (t[i].Kind == TradeTokenKind.Outsider || t[i].IsPunct(",")) break;
            if (t[i].IsWord("its") && implied is not null) return Implied(t[i], implied);
        }
        var onlyOpeners = true;
        for (var i = cue - 1; i >= first && onlyOpeners; i--)
            onlyOpeners = t[i].Kind == TradeTokenKind.Punct || t[i].Lower is "while" or "whereas" or "and" or "but" or "with" or "the";
        return onlyOpeners && implied is not null ? Implied(t[cue], implied) : null;
    }

    private static bool IsVerb(string word) => word is "exported" or "imported" or "sold" or "shipped" or "supplied";

    // "goods … were imported into Azerbaijan" names the receiver after the verb; "Vietnam imported …" before it.
    private static bool IsPassive(IReadOnlyList<TradeToken> t, int cue) =>
        cue > 0 && t[cue - 1].Lower is "were" or "was" or "been" or "be" or "being" or "are" or "is";

    private static TradeToken Implied(TradeToken at, string code) =>
        new(TradeTokenKind.Country, at.Start, at.Start, code) { Code = code };
}
