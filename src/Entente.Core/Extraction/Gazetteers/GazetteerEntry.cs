namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// One thing a name can stand for. Country is the ISO alpha-2 code the entry belongs to: the
/// country itself, the country of a place, or the country an office name implies (else null).
/// Code is the ISO code of a country or the acronym of a bloc.
/// </summary>
public sealed record GazetteerEntry(
    MentionKind Kind,
    string Canonical,
    string? Code,
    string? Country,
    bool IsDemonym,
    long Population = 0);
