using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Seeds.Generator.Output;

/// <summary>
/// Writes one CSV file (RFC 4180, UTF-8 without BOM, "\n" line ends, invariant culture) and hashes it as it goes, so
/// that the manifest's SHA-256 is of exactly the bytes on disk.
/// </summary>
public sealed class CsvFile : IDisposable
{
    private readonly FileStream _file;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder _line = new();
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    public CsvFile(string directory, string name, params string[] header)
    {
        Name = name;
        Path = System.IO.Path.Combine(directory, name);
        _file = new FileStream(Path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Row(header);
        Rows = 0;
    }

    public string Name { get; }
    public string Path { get; }
    public int Rows { get; private set; }
    public long Bytes { get; private set; }

    public void Row(params object?[] fields)
    {
        _line.Clear();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            _line.Append(Quote(Format(fields[i])));
        }

        _line.Append('\n');
        Write(_line.ToString());
        Rows++;
    }

    /// <summary>The line this file writes for fields already formatted, without its line end.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(f => Quote(f ?? "")));

    /// <summary>Closes the file and returns its manifest entry.</summary>
    public ManifestFile Complete()
    {
        Flush();
        _file.Dispose();
        return new ManifestFile(Name, Rows, Bytes, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    public void Dispose()
    {
        _file.Dispose();
        _hash.Dispose();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void Write(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_used + max > _buffer.Length)
        {
            Flush();
        }

        if (max > _buffer.Length)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Append(bytes);
            return;
        }

        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
    }

    private void Flush()
    {
        Append(_buffer.AsSpan(0, _used));
        _used = 0;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        _file.Write(bytes);
        _hash.AppendData(bytes);
        Bytes += bytes.Length;
    }
}
