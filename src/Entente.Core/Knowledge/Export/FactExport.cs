using System.Globalization;
using System.Text.Json.Serialization;
using Entente.Core.Domain;
using Parquet.Serialization;

namespace Entente.Core.Knowledge.Export;

/// <summary>
/// Writes reconciled facts as JSON Lines (the schema's fact plus id, pairs, sources and conflicts), or
/// as one flat, typed table in CSV or Parquet with the same snake_case columns (<see cref="Row"/>):
/// numbers as numbers, a value not given as null. Sources go to a second table (<see cref="SourceRow"/>)
/// keyed by fact_id.
/// </summary>
public static class FactExport
{
    /// <summary>One fact as a flat row; the column names are the export's public interface.</summary>
    public sealed class Row
    {
        [JsonPropertyName("id")] public long Id { get; set; }
        [JsonPropertyName("type")] public string Type { get; set; } = "";
        [JsonPropertyName("pair")] public string? Pair { get; set; }
        [JsonPropertyName("date")] public string? Date { get; set; }
        [JsonPropertyName("period_start")] public string? PeriodStart { get; set; }
        [JsonPropertyName("period_end")] public string? PeriodEnd { get; set; }
        [JsonPropertyName("flow")] public string? Flow { get; set; }
        [JsonPropertyName("from")] public string? From { get; set; }
        [JsonPropertyName("to")] public string? To { get; set; }
        [JsonPropertyName("value_amount")] public double? ValueAmount { get; set; }
        [JsonPropertyName("currency")] public string? Currency { get; set; }
        [JsonPropertyName("count")] public long? Count { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("person")] public string? Person { get; set; }
        [JsonPropertyName("office")] public string? Office { get; set; }
        [JsonPropertyName("place")] public string? Place { get; set; }
        [JsonPropertyName("country")] public string? Country { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("sources_count")] public int SourcesCount { get; set; }
        [JsonPropertyName("first_published")] public string? FirstPublished { get; set; }
        [JsonPropertyName("last_published")] public string? LastPublished { get; set; }
        [JsonPropertyName("conflicts")] public string? Conflicts { get; set; }
    }

    /// <summary>One source of a fact: the second table of a flat export.</summary>
    public sealed class SourceRow
    {
        [JsonPropertyName("fact_id")] public long FactId { get; set; }
        [JsonPropertyName("outlet")] public string? Outlet { get; set; }
        [JsonPropertyName("published")] public string? Published { get; set; }
        [JsonPropertyName("title")] public string? Title { get; set; }
        [JsonPropertyName("source")] public string Source { get; set; } = "";
        [JsonPropertyName("start")] public int Start { get; set; }
        [JsonPropertyName("end")] public int End { get; set; }
        [JsonPropertyName("quote")] public string Quote { get; set; } = "";
    }

    public static readonly string[] Columns =
    [
        "id", "type", "pair", "date", "period_start", "period_end", "flow", "from", "to", "value_amount", "currency", "count",
        "name", "person", "office", "place", "country", "status", "sources_count", "first_published", "last_published", "conflicts",
    ];

    public static readonly string[] SourceColumns = ["fact_id", "outlet", "published", "title", "source", "start", "end", "quote"];

    public static Row ToRow(KnowledgeFact fact)
    {
        var row = new Row
        {
            Id = fact.Id,
            Type = fact.Fact.Type,
            Pair = OwnPair(fact),
            Date = fact.Date,
            Status = fact.Fact.Status,
            SourcesCount = fact.Sources.Count,
            FirstPublished = fact.FirstPublished,
            LastPublished = fact.LastPublished,
            Conflicts = fact.Conflicts.Count == 0 ? null : string.Join(' ', fact.Conflicts),
        };
        Fill(row, fact.Fact);
        return row;
    }

    public static IEnumerable<SourceRow> ToSourceRows(KnowledgeFact fact) => fact.Sources.Select(s => new SourceRow
    {
        FactId = fact.Id,
        Outlet = s.Outlet,
        Published = s.Published,
        Title = s.Title,
        Source = s.Source,
        Start = s.Start,
        End = s.End,
        Quote = s.Quote,
    });

    /// <summary>The pair the fact itself names, else the pair it is filed under.</summary>
    private static string? OwnPair(KnowledgeFact fact)
    {
        var own = FactCountries.Of(fact.Fact).Distinct().ToList();
        return own.Count == 2 ? FactCountries.PairKey(own[0], own[1]) : fact.Pairs.Count > 0 ? string.Join(' ', fact.Pairs) : null;
    }

    private static void Fill(Row row, Fact fact)
    {
        switch (fact)
        {
            case RelationsEstablished f: row.From = f.Parties.ElementAtOrDefault(0); row.To = f.Parties.ElementAtOrDefault(1); break;
            case EmbassyOpened f: row.From = f.Country; row.To = f.Host; row.Name = f.Kind; break;
            case AmbassadorAppointed f: row.From = f.Country; row.To = f.Host; row.Person = f.Person?.Name; row.Office = f.Person?.Office; break;
            case Visit f:
                row.From = f.From; row.To = f.To; row.Person = f.Visitor.Name; row.Office = f.Visitor.Office; Period(row, f.Dates);
                row.Place = f.Places is { Length: > 0 } places ? string.Join("; ", places.Select(p => p.Name)) : null; row.Name = f.Kind; break;
            case Meeting f:
                row.Person = string.Join("; ", f.Participants.Select(p => p.Name)); row.Office = Joined(f.Participants.Select(p => p.Office));
                row.Country = Joined(f.Participants.Select(p => p.Country)); row.Place = f.Place?.Name; break;
            case Mechanism f: row.Name = f.Name; break;
            case MechanismSession f: row.Name = f.Mechanism; row.Count = f.Number ?? f.SessionsHeld; row.Place = f.Place?.Name; Period(row, f.Dates); break;
            case Agreement f: row.Name = f.Name; Period(row, f.Covers); break;
            case Trade f: row.Flow = f.Flow; row.From = f.From; row.To = f.To; Money(row, f.Value); Period(row, f.Period); row.Place = f.Scope; break;
            case TradeGoods f: row.From = f.From; row.To = f.To; row.Name = string.Join("; ", f.Goods); break;
            case TradeTarget f: Money(row, f.Value); break;
            case Investment f: row.From = f.From; row.To = f.To; row.Count = f.Projects; row.Name = f.Investor; if (f.Capital is { } c) Money(row, c); break;
            case JointVenture f: row.Name = f.Name ?? f.Activity; row.Place = f.Place?.Name; break;
            case LocalityPartnership f: row.Place = string.Join("; ", f.Localities.Select(l => l.Name)); row.Country = Joined(f.Localities.Select(l => l.Country)); break;
            case Community f: row.From = f.Origin; row.To = f.Host; row.Count = f.Size.Max; break;
            case Students f: row.From = f.Origin; row.To = f.Host; row.Count = f.Count; break;
            case CandidacySupport f: row.From = f.Supporter; row.To = f.Candidate; row.Name = f.Body; Period(row, f.Term); break;
            case OfficeHolder f: row.Person = f.Person; row.Office = f.Office; row.Country = f.Country; break;
            case RelationshipLevel f: row.Name = f.Level; break;
        }
    }

    private static void Period(Row row, Period? period)
    {
        row.PeriodStart = period?.Start;
        row.PeriodEnd = period?.End;
    }

    private static void Money(Row row, Money money)
    {
        row.ValueAmount = (double)money.Amount;
        row.Currency = money.Currency;
    }

    private static string? Joined(IEnumerable<string?> values)
    {
        var present = values.OfType<string>().Distinct().ToList();
        return present.Count == 0 ? null : string.Join("; ", present);
    }

    public static void WriteJsonLines(IEnumerable<KnowledgeFact> facts, TextWriter writer)
    {
        foreach (var fact in facts) writer.WriteLine(KnowledgeFactJson.ToLine(fact));
    }

    /// <summary>RFC 4180 CSV of the fact table: comma-separated, a null an empty field, text with commas, quotes or line breaks quoted.</summary>
    public static void WriteCsv(IEnumerable<KnowledgeFact> facts, TextWriter writer)
    {
        WriteCsvLine(writer, Columns);
        foreach (var r in facts.Select(ToRow))
        {
            WriteCsvLine(writer,
            [
                Number(r.Id), r.Type, r.Pair, r.Date, r.PeriodStart, r.PeriodEnd, r.Flow, r.From, r.To, Number(r.ValueAmount), r.Currency, Number(r.Count),
                r.Name, r.Person, r.Office, r.Place, r.Country, r.Status, Number(r.SourcesCount), r.FirstPublished, r.LastPublished, r.Conflicts,
            ]);
        }
    }

    /// <summary>The source table in CSV.</summary>
    public static void WriteSourcesCsv(IEnumerable<KnowledgeFact> facts, TextWriter writer)
    {
        WriteCsvLine(writer, SourceColumns);
        foreach (var s in facts.SelectMany(ToSourceRows))
            WriteCsvLine(writer, [Number(s.FactId), s.Outlet, s.Published, s.Title, s.Source, Number(s.Start), Number(s.End), s.Quote]);
    }

    public static async Task WriteParquetAsync(IEnumerable<KnowledgeFact> facts, Stream stream) =>
        await ParquetSerializer.SerializeAsync(facts.Select(ToRow).ToList(), stream).ConfigureAwait(false);

    public static async Task WriteSourcesParquetAsync(IEnumerable<KnowledgeFact> facts, Stream stream) =>
        await ParquetSerializer.SerializeAsync(facts.SelectMany(ToSourceRows).ToList(), stream).ConfigureAwait(false);

    private static string? Number(long? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(double? n) => n?.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteCsvLine(TextWriter writer, IEnumerable<string?> fields) => writer.Write(string.Join(',', fields.Select(Quote)) + "\r\n");

    private static string Quote(string? field)
    {
        if (field is null) return "";
        // An empty string is written quoted so that it stays apart from a null.
        return field.Length > 0 && field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
