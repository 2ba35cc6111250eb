using Platform.Imports;
using Platform.PersonalData;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers.Import;

/// <summary>
/// Turns the rows of one volunteers import into volunteers, or into the errors that reject them: name, idNumber, phone
/// (optional), communityCode, skills (optional, separated by ';'), id (optional: the profile's id, for datasets that
/// refer to their volunteers, e.g. the seed's team leaders). It remembers the ID numbers and ids of the rows before, so
/// that a file naming one twice has the second rejected.
/// </summary>
public sealed class VolunteerRows(IReadOnlySet<string> liveCommunities, PersonalDataProtector protector, DateOnly today, DateTimeOffset now)
{
    public static readonly ImportColumns Columns = new(["name", "idNumber", "communityCode"], ["phone", "skills", "id"]);

    private readonly Dictionary<string, int> _seenIdNumbers = [];
    private readonly Dictionary<Guid, int> _seenIds = [];

    /// <summary>The row's volunteer, or null with the row's errors recorded.</summary>
    public Volunteer? Read(ImportRow row)
    {
        var name = row["name"];
        var idNumber = row["idNumber"] is { } raw ? ResidentIdNumber.Normalise(raw) : null;
        var phone = row["phone"];
        var community = row["communityCode"];
        var id = row.OptionalId(_seenIds);

        if (name is null || name.Length > 50)
        {
            row.Error("name", "A name has 1 to 50 characters.");
        }

        if (ResidentIdNumber.Problem(idNumber, today) is { } idProblem)
        {
            row.Error("idNumber", idProblem);
        }
        else if (_seenIdNumbers.TryGetValue(idNumber!, out var firstRow))
        {
            row.Error("idNumber", $"The same resident ID number is on row {firstRow}.");
        }

        if (phone is not null && PhoneNumber.Problem(phone) is { } phoneProblem)
        {
            row.Error("phone", phoneProblem);
        }

        if (community is null || !liveCommunities.Contains(community))
        {
            row.Error("communityCode", "No live community has this code.");
        }

        if (row.HasErrors)
        {
            return null;
        }

        _seenIdNumbers[idNumber!] = row.Number;
        var skills = row["skills"]?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return Volunteer.Register(protector, name!, idNumber!, phone, community!, skills, RegistrationSource.BulkImport, now, id);
    }
}
