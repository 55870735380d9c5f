using System.Text.Json.Serialization;

namespace Entente.Core.Domain;

/// <summary>A span of time at the precision the text supports; one day or month has Start == End.</summary>
public sealed record Period(string Start, string End)
{
    public static Period Single(string date) => new(date, date);
}

/// <summary>An amount of money in whole units of an ISO 4217 currency.</summary>
public sealed record Money
{
    public Money(decimal amount, string currency)
    {
        // Strip trailing zeros so 32.2 million is written 32200000, not 32200000.0.
        Amount = amount / 1.0000000000000000000000000000m;
        Currency = currency;
    }

    public decimal Amount { get; }
    public string Currency { get; }
}

/// <summary>A named place and the ISO code of its country.</summary>
public sealed record Place(string Name, string? Country);

/// <summary>A person and, where stated, their office.</summary>
public sealed record Person(string? Name, string? Office);

/// <summary>A participant in a meeting.</summary>
public sealed record Participant(string Name, string? Office, string? Country);

/// <summary>The quote a fact came from: a half-open range of UTF-16 code units in the decoded input file.</summary>
public sealed record Evidence(string Source, int Start, int End, string Quote);

/// <summary>A range of counts such as "around 500–600"; an exact count has Min == Max.</summary>
public sealed record CountRange(long Min, long Max);

/// <summary>A production capacity such as "3,000 units a year".</summary>
public sealed record Capacity(decimal Amount, string Unit, string? Per);

/// <summary>A relative change: a percentage or a factor ("2.6 fold").</summary>
public sealed record Change
{
    [JsonPropertyName("percent")] public decimal? Percent { get; init; }
    [JsonPropertyName("factor")] public decimal? Factor { get; init; }
}
