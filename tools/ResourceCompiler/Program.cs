using System.IO.Compression;
using Entente.Core.Extraction.Gazetteers;
using Entente.Core.Text;

// Builds the tables Entente.Core embeds, so that start-up reads them instead of building them from text.
// Usage: ResourceCompiler lexicon FREQUENCY.txt.gz DICTIONARY.txt.gz OUT
//        ResourceCompiler gazetteer OUT   (the data files under Resources/gazetteer are embedded in this tool)
switch (args)
{
    case ["lexicon", var frequency, var dictionary, var output]:
    {
        var table = WordTable.Of(Lines(frequency), Lines(dictionary));
        WriteAtomically(output, table.WriteTo);
        Console.WriteLine($"lexicon: {table.Count} words ({table.RankedCount} ranked) written to {output}");
        return 0;
    }
    case ["gazetteer", var output]:
    {
        var gazetteer = GazetteerBuilder.Build();
        WriteAtomically(output, stream => GazetteerTable.Write(stream, gazetteer));
        Console.WriteLine($"gazetteer: {gazetteer.SpellingCount} spellings written to {output}");
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: ResourceCompiler lexicon FREQUENCY.txt.gz DICTIONARY.txt.gz OUT | ResourceCompiler gazetteer OUT");
        return 2;
}

static void WriteAtomically(string path, Action<Stream> write)
{
    var temporary = path + ".tmp";
    using (var output = File.Create(temporary)) write(output);
    File.Move(temporary, path, overwrite: true);
}

static IEnumerable<string> Lines(string gzipPath)
{
    using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress));
    while (reader.ReadLine() is { } line)
        if (line.Length > 0) yield return line;
}
