using System.Text;

namespace Platform.PartyBuilding.Regions.Import;

/// <summary>
/// Reads an import from CSV (RFC 4180: comma-separated, optional double quotes, "" inside quotes). The first line names
/// the columns: code, name, level, parentCode, and for compounds category, pilot, propertyCompany, committee.
/// </summary>
internal static class CsvRows
{
    private static readonly string[] Columns = ["code", "name", "level", "parentCode", "category", "pilot", "propertyCompany", "committee"];

    public static async Task<(List<ImportRow> Rows, Dictionary<string, string[]> Errors)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var records = Parse(text);
        var errors = new Dictionary<string, string[]>();
        var rows = new List<ImportRow>();
        if (records.Count == 0)
        {
            return (rows, errors);
        }

        var header = records[0].Select(h => h.Trim()).ToArray();
        var unknown = header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0 || !header.Contains("code", StringComparer.OrdinalIgnoreCase))
        {
            errors["header"] = [$"The first line names the columns {string.Join(", ", Columns)}" +
                (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}." : "; code is missing.")];
            return (rows, errors);
        }

        for (var i = 1; i < records.Count; i++)
        {
            var fields = records[i];
            string? Get(string column)
            {
                var index = Array.FindIndex(header, h => h.Equals(column, StringComparison.OrdinalIgnoreCase));
                return index < 0 || index >= fields.Count || string.IsNullOrWhiteSpace(fields[index]) ? null : fields[index].Trim();
            }

            var pilotText = Get("pilot");
            bool? pilot = pilotText?.ToLowerInvariant() switch
            {
                null => null,
                "true" or "1" or "yes" or "y" or "是" => true,
                "false" or "0" or "no" or "n" or "否" => false,
                _ => null,
            };
            if (pilotText is not null && pilot is null)
            {
                errors[$"rows[{i}].pilot"] = ["Pilot is true or false (是/否)."];
            }

            rows.Add(new ImportRow(Get("code"), Get("name"), Get("level"), Get("parentCode"), Get("category"), pilot,
                Get("propertyCompany"), Get("committee")));
        }

        return (rows, errors);
    }

    private static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
            }
            else if (c != '\uFEFF' || i != 0)
            {
                field.Append(c);
            }
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            record.Add(field.ToString());
            field.Clear();
            if (record.Count > 1 || record[0].Length > 0)
            {
                records.Add(record);
            }

            record = [];
        }
    }
}
