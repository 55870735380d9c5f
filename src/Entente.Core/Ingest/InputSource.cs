namespace Entente.Core.Ingest;

/// <summary>One input named on the command line, expanded from a folder, or standard input ("-").</summary>
public sealed record InputSource(string Name, string? Path)
{
    public static readonly IReadOnlySet<string> KnownExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json" };

    public bool IsStandardInput => Path is null;

    /// <summary>
    /// Expands arguments into inputs: files as given, folders recursively in ordinal name order
    /// (only known extensions), "-" for standard input. Only regular files are read: a FIFO, device or
    /// socket is skipped with one line (a failure when named on the command line, a warning inside a
    /// folder). A folder reached twice (a link to a folder already walked, or a link loop) is walked
    /// once, and a file reached by several paths is read once, both known by their file identity.
    /// Missing paths are reported, not thrown.
    /// </summary>
    public static IEnumerable<InputSource> Expand(IEnumerable<string> arguments, Action<string, string> reportFailure, Action<string, string>? reportSkipped = null)
    {
        reportSkipped ??= reportFailure;
        var walked = new HashSet<FileIdentity>();
        var read = new HashSet<FileIdentity>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return new InputSource("-", null);
                continue;
            }
            var entry = FileIdentity.Of(argument);
            if (entry is null)
            {
                reportFailure(argument, "no such file or folder");
            }
            else if (entry.Value.Kind == FileKind.Directory)
            {
                foreach (var file in FilesUnder(argument, walked, read, reportFailure, reportSkipped)) yield return new InputSource(file, file);
            }
            else if (entry.Value.Kind != FileKind.Regular)
            {
                reportFailure(argument, $"not a regular file ({Describe(entry.Value.Kind)}), skipped");
            }
            else if (read.Add(entry.Value))
            {
                yield return new InputSource(argument, argument);
            }
            else
            {
                reportSkipped(argument, "the same file as an input already read, skipped");
            }
        }
    }

    private static List<string> FilesUnder(string folder, HashSet<FileIdentity> walked, HashSet<FileIdentity> read,
        Action<string, string> reportFailure, Action<string, string> reportSkipped)
    {
        var ordered = new List<string>();
        // Depth first in name order, so which of two paths to one folder is walked does not depend on chance.
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (FileIdentity.Of(current) is not { } identity || !walked.Add(identity))
            {
                reportSkipped(current, "a folder already read through another path (a link or a link loop), skipped");
                continue;
            }
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reportFailure(current, $"folder cannot be read ({e.Message})");
                continue;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                var kind = FileIdentity.Of(entry);
                if (kind is null)
                    reportSkipped(entry, "a link to nothing, skipped");
                else if (kind.Value.Kind == FileKind.Directory)
                    subfolders.Add(entry);
                else if (kind.Value.Kind != FileKind.Regular)
                    reportSkipped(entry, $"not a regular file ({Describe(kind.Value.Kind)}), skipped");
                else if (!KnownExtensions.Contains(System.IO.Path.GetExtension(entry)))
                    continue;
                else if (read.Add(kind.Value))
                    ordered.Add(entry);
                else
                    reportSkipped(entry, "the same file as an input already read, skipped");
            }
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
        }
        ordered.Sort(StringComparer.Ordinal);
        return ordered;
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO",
        FileKind.CharacterDevice or FileKind.BlockDevice => "a device",
        FileKind.Socket => "a socket",
        _ => "not a file or folder",
    };

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
