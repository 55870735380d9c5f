namespace Entente.Core.Ingest;

/// <summary>One input named on the command line, expanded from a folder, or standard input ("-").</summary>
public sealed record InputSource(string Name, string? Path)
{
    public static readonly IReadOnlySet<string> KnownExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json" };

    public bool IsStandardInput => Path is null;

    /// <summary>
    /// Expands arguments into inputs: files as given, folders recursively in ordinal name order
    /// (only known extensions), "-" for standard input. Missing paths are reported, not thrown.
    /// </summary>
    public static IEnumerable<InputSource> Expand(IEnumerable<string> arguments, Action<string, string> reportMissing)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return new InputSource("-", null);
            }
            else if (File.Exists(argument))
            {
                yield return new InputSource(argument, argument);
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in FilesUnder(argument)) yield return new InputSource(file, file);
            }
            else
            {
                reportMissing(argument, "no such file or folder");
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        var ordered = new List<string>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            ordered.AddRange(Directory.EnumerateFiles(current).Where(f => KnownExtensions.Contains(System.IO.Path.GetExtension(f))));
            foreach (var sub in Directory.EnumerateDirectories(current)) pending.Push(sub);
        }
        ordered.Sort(StringComparer.Ordinal);
        return ordered;
    }

    public byte[] ReadAllBytes()
    {
        if (Path is not null)
        {
            var length = new FileInfo(Path).Length;
            if (length > InputDecoder.MaxBytes)
                throw new InputException($"the input is {length / (1024 * 1024)} MB, above the {InputDecoder.MaxBytes / (1024 * 1024)} MB limit");
            return File.ReadAllBytes(Path);
        }
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stdin.Read(chunk)) > 0)
        {
            if (buffer.Length + read > InputDecoder.MaxBytes)
                throw new InputException($"standard input is above the {InputDecoder.MaxBytes / (1024 * 1024)} MB limit");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
