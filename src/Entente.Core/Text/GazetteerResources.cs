namespace Entente.Core.Text;

/// <summary>Reads the tab-separated data files embedded under Resources/gazetteer.</summary>
internal static class GazetteerResources
{
    /// <summary>The fields of every line that is neither blank nor a '#' comment.</summary>
    public static IEnumerable<string[]> Rows(string file)
    {
        var name = $"Entente.Resources.gazetteer/{file}";
        using var stream = typeof(GazetteerResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    /// <summary>The '|'-separated values of field index, or none when the row is shorter.</summary>
    public static string[] List(string[] row, int index) =>
        index < row.Length ? row[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
