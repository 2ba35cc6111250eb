using System.Text;

namespace Platform.Seeds.Generator.Output;

/// <summary>One record of a seed file: its fields by column name, and the line as written (for passing rows on unchanged).</summary>
public sealed class CsvRecord(IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields, string line)
{
    public string Line { get; } = line;

    public string this[string column] => fields[columns[column]];

    /// <summary>The field, or null when it is empty.</summary>
    public string? Optional(string column) => fields[columns[column]] is { Length: > 0 } value ? value : null;
}

/// <summary>Reads the files <see cref="CsvFile"/> writes: a header line, then one record per line (no field spans lines).</summary>
public static class CsvRecords
{
    public static (string Header, List<CsvRecord> Records) Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var columns = Split(lines[0]).Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        return (lines[0], lines.Skip(1).Where(l => l.Length > 0).Select(l => new CsvRecord(columns, Split(l), l)).ToList());
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"' when quoted && i + 1 < line.Length && line[i + 1] == '"':
                    field.Append('"');
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                default:
                    field.Append(line[i]);
                    break;
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
