using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Core.Domain;
using Entente.Core.Knowledge;

namespace Entente.Core.Review;

/// <summary>The schema's value forms an edit form distinguishes.</summary>
public enum FieldForm { Text, Country, Date, Number, Currency, Flow }

/// <summary>
/// A fact's fields as flat paths ("value.amount", "period.start", "participants[0].name"), and
/// edits of them checked against the schema's value forms: countries are known ISO codes or bloc
/// acronyms, dates ISO 8601 at day, month or year precision, currencies ISO 4217, counts and amounts
/// not negative, periods not ending before they start, required fields not empty.
/// </summary>
public static class FactFields
{
    private static readonly HashSet<string> CountryFields = new(StringComparer.Ordinal)
        { "parties", "country", "host", "from", "to", "origin", "supporter", "candidate" };

    private static readonly HashSet<string> DateFields = new(StringComparer.Ordinal)
        { "date", "signed", "in_force", "as_of", "by", "start", "end" };

    private static readonly HashSet<string> CountFields = new(StringComparer.Ordinal)
        { "amount", "count", "min", "max", "projects", "number", "sessions_held" };

    /// <summary>The schema's value form of a field path, for typed edit forms.</summary>
    public static FieldForm FormOf(string path)
    {
        var field = Field(path);
        if (CountryFields.Contains(field)) return FieldForm.Country;
        if (DateFields.Contains(field)) return FieldForm.Date;
        if (CountFields.Contains(field) || field is "percent" or "factor") return FieldForm.Number;
        return field switch { "currency" => FieldForm.Currency, "flow" => FieldForm.Flow, _ => FieldForm.Text };
    }

    /// <summary>Every field of the fact that has a value, as (path, value); arrays of text as one comma-separated value.</summary>
    public static IReadOnlyList<(string Path, string Value)> Of(Fact fact)
    {
        var result = new List<(string, string)>();
        Flatten(Node(fact), "", result);
        return result;
    }

    /// <summary>The top-level fields the fact's type can have, with the optional ones marked, and whether each is one value (not a group or list).</summary>
    public static IReadOnlyList<(string Name, bool Required, bool Single)> Declared(Type factType)
    {
        var constructor = factType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var required = constructor.GetParameters().Select(p => Snake(p.Name!)).ToHashSet(StringComparer.Ordinal);
        return factType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(Fact.Type) or nameof(Fact.Evidence) or "EqualityContract"))
            .Select(p => (Snake(p.Name), required.Contains(Snake(p.Name)), (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) is var t && (t == typeof(string) || t.IsPrimitive || t == typeof(decimal))))
            .ToList();
    }

    /// <summary>The fact with the fields set ("" removes an optional field), or the reasons the edit is refused.</summary>
    public static (Fact? Fact, IReadOnlyList<string> Errors) Edit(Fact fact, IReadOnlyDictionary<string, string> set)
    {
        var errors = new List<string>();
        var node = Node(fact);
        var declared = Declared(fact.GetType());
        var required = declared.Where(d => d.Required).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, raw) in set)
        {
            var value = raw.Trim();
            if (Steps(path) is [string top, ..] && declared.All(d => d.Name != top)) errors.Add($"{path}: a {fact.Type} has no field '{top}'");
            else if (!TrySet(node, path, value, required, out var problem)) errors.Add($"{path}: {problem}");
        }
        Fact? edited;
        try
        {
            // The type discriminator must come first for the polymorphic reader.
            var typed = new JsonObject { ["type"] = fact.Type };
            foreach (var (key, value) in node.ToList())
            {
                node.Remove(key);
                typed[key] = value;
            }
            edited = typed.Deserialize<Fact>(EntenteJson.Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            return (null, [.. errors, $"the edited fact does not fit the {fact.Type} schema ({e.Message.Split('.')[0]})"]);
        }
        if (edited is null) return (null, [.. errors, "the edited fact is empty"]);
        errors.AddRange(Validate(edited));
        return errors.Count > 0 ? (null, errors) : (edited with { Evidence = fact.Evidence }, []);
    }

    /// <summary>Problems of a fact against the schema's value forms; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(Fact fact)
    {
        var errors = new List<string>();
        var node = Node(fact);
        foreach (var (name, required, _) in Declared(fact.GetType()))
            if (required && (node[name] is null || node[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0))
                errors.Add($"{name}: required");
        Check(node, "", errors);
        if (fact is Trade { Flow: "export" } t && (t.From is null || t.To is null)) errors.Add("flow: an export needs from and to");
        return errors;
    }

    private static void Check(JsonNode? node, string path, List<string> errors)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj) Check(child, Join(path, key), errors);
                if (obj["start"] is JsonValue a && obj["end"] is JsonValue b && string.CompareOrdinal(b.ToString(), a.ToString()[..Math.Min(a.ToString().Length, b.ToString().Length)]) < 0)
                    errors.Add($"{path}: ends before it starts");
                if (obj["min"] is JsonValue min && obj["max"] is JsonValue max && min.GetValue<decimal>() > max.GetValue<decimal>())
                    errors.Add($"{path}: min is above max");
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Check(array[i], $"{path}[{i}]", errors);
                break;
            case JsonValue value:
                var field = Field(path);
                var text = value.ToString();
                if (CountryFields.Contains(field) && CountryArgument.Code(text) != text) errors.Add($"{path}: '{text}' is not an ISO country code or bloc acronym");
                else if (DateFields.Contains(field) && !IsDate(text)) errors.Add($"{path}: '{text}' is not an ISO 8601 date (2011, 2011-08 or 2011-08-24)");
                else if (field == "currency" && !(text.Length == 3 && text.All(char.IsAsciiLetterUpper))) errors.Add($"{path}: '{text}' is not an ISO 4217 currency code");
                else if (CountFields.Contains(field) && (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0)) errors.Add($"{path}: '{text}' is not a number of zero or more");
                else if (field == "flow" && text is not ("total" or "export")) errors.Add($"{path}: must be total or export");
                break;
        }
    }

    private static bool IsDate(string text) =>
        text.Length switch
        {
            4 => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            7 => DateTime.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            10 => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };

    private static bool TrySet(JsonObject root, string path, string value, HashSet<string> required, out string problem)
    {
        problem = "";
        var steps = Steps(path);
        if (steps is null || steps.Count == 0)
        {
            problem = "not a field path (write value.amount or participants[0].name)";
            return false;
        }
        JsonNode parent = root;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            var next = steps[i] is int index ? (parent as JsonArray)?.ElementAtOrDefault(index) : (parent as JsonObject)?[(string)steps[i]];
            if (next is null && steps[i] is string name && parent is JsonObject obj && steps[i + 1] is string)
                obj[name] = next = new JsonObject();
            if (next is null)
            {
                problem = "no such field in this fact";
                return false;
            }
            parent = next;
        }
        var last = steps[^1];
        var existing = last is int at ? (parent as JsonArray)?.ElementAtOrDefault(at) : (parent as JsonObject)?[(string)last];
        if (value.Length == 0)
        {
            if (parent == root && last is string top && required.Contains(top) || parent != root)
            {
                problem = "required; it cannot be emptied";
                return false;
            }
            ((JsonObject)parent).Remove((string)last);
            return true;
        }
        JsonNode typed = existing switch
        {
            JsonArray => new JsonArray([.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => (JsonNode)JsonValue.Create(v))]),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(value),
            _ => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && CountFields.Contains(Field(path)) ? JsonValue.Create(n) : JsonValue.Create(value),
        };
        if (existing is JsonObject)
        {
            problem = "a group of fields; set its parts (e.g. period.start)";
            return false;
        }
        switch (parent)
        {
            case JsonArray array when last is int index && index < array.Count: array[index] = typed; break;
            case JsonObject obj when last is string name: obj[name] = typed; break;
            default:
                problem = "no such field in this fact";
                return false;
        }
        return true;
    }

    /// <summary>"a.b[2].c" as ["a", "b", 2, "c"]; null when malformed.</summary>
    private static List<object>? Steps(string path)
    {
        var steps = new List<object>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || c == '_')) return null;
            steps.Add(name);
            if (bracket < 0) continue;
            if (!part.EndsWith(']') || !int.TryParse(part[(bracket + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)) return null;
            steps.Add(index);
        }
        return steps;
    }

    private static void Flatten(JsonNode? node, string path, List<(string, string)> result)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj) Flatten(child, Join(path, key), result);
                break;
            case JsonArray array when array.All(a => a is JsonValue):
                result.Add((path, string.Join(", ", array.Select(a => a!.ToString()))));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Flatten(array[i], $"{path}[{i}]", result);
                break;
            case JsonValue value:
                result.Add((path, value.ToString()));
                break;
        }
    }

    private static JsonObject Node(Fact fact)
    {
        var node = JsonSerializer.SerializeToNode(fact with { Evidence = null }, EntenteJson.Options)!.AsObject();
        node.Remove("type");
        return node;
    }

    private static string Field(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? name : name[..bracket];
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
