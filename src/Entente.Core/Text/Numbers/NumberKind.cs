namespace Entente.Core.Text.Numbers;

/// <summary>What a number mention measures.</summary>
public enum NumberKind
{
    /// <summary>A count or amount: "3,000", "twenty-one", "1.5 million".</summary>
    Cardinal,

    /// <summary>A four-digit number read as a calendar year: "in 2024", "2016–2018".</summary>
    Year,

    /// <summary>A position: "21st", "eighth".</summary>
    Ordinal,

    /// <summary>A share: "12%", "12 per cent".</summary>
    Percent,

    /// <summary>A signed relative change in per cent: "up 131.6 per cent" is +131.6, "fell 4%" is -4.</summary>
    PercentChange,

    /// <summary>A factor: "2.6-fold", "doubled", "three times".</summary>
    Multiplier,
}
