namespace Entente.Core.Ingest;

/// <summary>An input file (or standard input) decoded to text, with what went wrong while reading it.</summary>
/// <param name="Source">The input as the user named it.</param>
/// <param name="Text">The decoded content; offsets everywhere are UTF-16 code units into it.</param>
/// <param name="Warnings">Problems that did not stop reading (replaced invalid bytes…).</param>
public sealed record SourceDocument(string Source, string Text, IReadOnlyList<string> Warnings)
{
    /// <summary>The file's extension in lower case without the dot ("txt", "html", "jsonl"), or "" for standard input.</summary>
    public string Extension => Path.GetExtension(Source).TrimStart('.').ToLowerInvariant();

    /// <summary>The character encoding the bytes were decoded from ("utf-8", "windows-1251", "gbk"…).</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>Parts of this input that could not be read (a bad JSON line); the rest is still used, but the input counts as failed.</summary>
    public List<string> Errors { get; } = [];
}
