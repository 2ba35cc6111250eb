using Platform.PersonalData;
using Platform.ServiceDefaults.Http;
using Platform.Volunteers.Volunteers;

using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers.Import;

/// <summary>
/// Turns CSV rows into volunteers, or into the errors that reject them. Columns are found by header name:
/// name, idNumber, phone (optional), communityCode, skills (optional, separated by ';'), id (optional: the profile's id,
/// for datasets that refer to their volunteers, e.g. the seed's team leaders).
/// </summary>
public sealed class ImportRowReader
{
    public static readonly string[] RequiredColumns = ["name", "idNumber", "communityCode"];

    private readonly Dictionary<string, int> _columns;
    private readonly IReadOnlySet<string> _liveCommunities;
    private readonly PersonalDataProtector _protector;
    private readonly DateOnly _today;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<string, int> _seenIdNumbers = [];
    private readonly Dictionary<Guid, int> _seenIds = [];

    private ImportRowReader(Dictionary<string, int> columns, IReadOnlySet<string> liveCommunities, PersonalDataProtector protector, DateOnly today, DateTimeOffset now)
    {
        _columns = columns;
        _liveCommunities = liveCommunities;
        _protector = protector;
        _today = today;
        _now = now;
    }

    /// <summary>The reader for a header line, or the columns it lacks.</summary>
    public static (ImportRowReader? Reader, string[] Missing) ForHeader(
        string? header, IReadOnlySet<string> liveCommunities, PersonalDataProtector protector, DateOnly today, DateTimeOffset now)
    {
        var columns = CsvTable.Columns(header);
        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToArray();
        return (missing.Length == 0 ? new ImportRowReader(columns, liveCommunities, protector, today, now) : null, missing);
    }

    public (Volunteer? Volunteer, List<ImportError> Errors) Read(int row, string line)
    {
        var errors = new List<ImportError>();
        if (CsvLine.TrySplit(line) is not { } fields)
        {
            errors.Add(new ImportError(row, "$", "A quoted field is not closed."));
            return (null, errors);
        }

        string? Field(string name) => _columns.TryGetValue(name, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } v ? v : null;

        var name = Field("name");
        var idNumber = Field("idNumber") is { } raw ? ResidentIdNumber.Normalise(raw) : null;
        var phone = Field("phone");
        var community = Field("communityCode");
        var id = ImportChecks.OptionalId(Field("id"), row, _seenIds, errors);

        if (name is null || name.Length > 50)
        {
            errors.Add(new ImportError(row, "name", "A name has 1 to 50 characters."));
        }

        if (ResidentIdNumber.Problem(idNumber, _today) is { } idProblem)
        {
            errors.Add(new ImportError(row, "idNumber", idProblem));
        }
        else if (_seenIdNumbers.TryGetValue(idNumber!, out var firstRow))
        {
            errors.Add(new ImportError(row, "idNumber", $"The same resident ID number is on row {firstRow}."));
        }

        if (phone is not null && PhoneNumber.Problem(phone) is { } phoneProblem)
        {
            errors.Add(new ImportError(row, "phone", phoneProblem));
        }

        if (community is null || !_liveCommunities.Contains(community))
        {
            errors.Add(new ImportError(row, "communityCode", "No live community has this code."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        _seenIdNumbers[idNumber!] = row;

        var skills = Field("skills")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return (Volunteer.Register(_protector, name!, idNumber!, phone, community!, skills, RegistrationSource.BulkImport, _now, id), errors);
    }
}
