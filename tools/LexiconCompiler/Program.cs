using System.IO.Compression;
using Entente.Core.Text;

// Usage: LexiconCompiler FREQUENCY.txt.gz DICTIONARY.txt.gz OUT
// Builds the word table from the frequency list (rank = line order) and the dictionary list, and writes it.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: LexiconCompiler FREQUENCY.txt.gz DICTIONARY.txt.gz OUT");
    return 2;
}
var table = WordTable.Of(Lines(args[0]), Lines(args[1]));
var temporary = args[2] + ".tmp";
using (var output = File.Create(temporary)) table.WriteTo(output);
File.Move(temporary, args[2], overwrite: true);
Console.WriteLine($"lexicon: {table.Count} words ({table.RankedCount} ranked) written to {args[2]}");
return 0;

static IEnumerable<string> Lines(string gzipPath)
{
    using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress));
    while (reader.ReadLine() is { } line)
        if (line.Length > 0) yield return line;
}
