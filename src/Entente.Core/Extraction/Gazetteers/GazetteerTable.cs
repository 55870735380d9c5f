namespace Entente.Core.Extraction.Gazetteers;

/// <summary>
/// The gazetteer in binary form: written once at build time by tools/ResourceCompiler (which builds it from the
/// data files under Resources/gazetteer), embedded, and read at start-up instead of tokenising and folding some
/// 40,000 spellings on every run. Each string and entry is written once and referred to by number after that, so
/// reading shares them as the build did.
/// </summary>
internal static class GazetteerTable
{
    // "ENTGAZ" and a format version: a table written by another version is refused, not misread.
    private const long Magic = 0x0001_5A41_4754_4E45;

    private const string Resource = "Entente.Resources.gazetteer.table";

    /// <summary>The table embedded in this library.</summary>
    public static Gazetteer ReadEmbedded()
    {
        using var stream = typeof(GazetteerTable).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        return Read(stream);
    }

    public static void Write(Stream stream, Gazetteer gazetteer)
    {
        using var binary = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var writer = new Writer(binary);
        binary.Write(Magic);
        gazetteer.WriteTo(writer);
    }

    public static Gazetteer Read(Stream stream)
    {
        // The whole table in memory first: thousands of small reads from a resource stream cost more than one copy.
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        using var binary = new BinaryReader(buffer, System.Text.Encoding.UTF8);
        if (binary.ReadInt64() != Magic) throw new InvalidDataException("The gazetteer table was written by another version.");
        return Gazetteer.ReadFrom(new Reader(binary));
    }

    public sealed class Writer(BinaryWriter binary)
    {
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<object, int> _objects = new(ReferenceEqualityComparer.Instance);

        public void Int(int value) => binary.Write7BitEncodedInt(value);

        public void Long(long value) => binary.Write7BitEncodedInt64(value);

        public void Bool(bool value) => binary.Write(value);

        /// <summary>-1 for null, the number of a string written before, or -2 and the new string.</summary>
        public void String(string? value)
        {
            if (value is null)
            {
                Int(-1);
                return;
            }
            if (_strings.TryGetValue(value, out var known))
            {
                Int(known);
                return;
            }
            _strings.Add(value, _strings.Count);
            Int(-2);
            binary.Write(value);
        }

        public void Strings(IReadOnlyCollection<string> values)
        {
            Int(values.Count);
            foreach (var value in values) String(value);
        }

        public void Entry(GazetteerEntry entry) => Shared(entry, e =>
        {
            Int((int)e.Kind);
            String(e.Canonical);
            String(e.Code);
            String(e.Country);
            Bool(e.IsDemonym);
            Long(e.Population);
        });

        public void Country(CountryEntry country) => Shared(country, c =>
        {
            String(c.Code);
            String(c.Alpha3);
            String(c.Name);
            String(c.OfficialName);
            Strings(c.Names.ToList());
            Strings(c.Demonyms.ToList());
            Bool(c.Independent);
        });

        // An object is written whole where it first occurs and by number after that.
        private void Shared<T>(T value, Action<T> write) where T : class
        {
            if (_objects.TryGetValue(value, out var known))
            {
                Int(known);
                return;
            }
            _objects.Add(value, _objects.Count);
            Int(-1);
            write(value);
        }
    }

    public sealed class Reader(BinaryReader binary)
    {
        private readonly List<string> _strings = [];
        private readonly List<object> _objects = [];

        public int Int() => binary.Read7BitEncodedInt();

        public long Long() => binary.Read7BitEncodedInt64();

        public bool Bool() => binary.ReadBoolean();

        public string? NullableString()
        {
            var number = Int();
            if (number == -1) return null;
            if (number >= 0) return _strings[number];
            var value = binary.ReadString();
            _strings.Add(value);
            return value;
        }

        public string String() => NullableString() ?? throw new InvalidDataException("The gazetteer table holds a null where a string belongs.");

        public string[] Strings()
        {
            var values = new string[Int()];
            for (var i = 0; i < values.Length; i++) values[i] = String();
            return values;
        }

        public GazetteerEntry Entry() => Shared(() => new GazetteerEntry(
            (MentionKind)Int(), String(), NullableString(), NullableString(), Bool(), Long()));

        public CountryEntry Country() => Shared(() => new CountryEntry(
            String(), String(), String(), String(), Strings(), Strings(), Bool()));

        private T Shared<T>(Func<T> read) where T : class
        {
            var number = Int();
            if (number >= 0) return (T)_objects[number];
            // The number is taken before the fields are read, as the writer gave it.
            var slot = _objects.Count;
            _objects.Add(null!);
            var value = read();
            _objects[slot] = value;
            return value;
        }
    }
}
