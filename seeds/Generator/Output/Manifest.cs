using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Seeds.Generator.Output;

public sealed record ManifestFile(string Name, int Rows, long Bytes, string Sha256);

/// <summary>
/// What a generation produced: the seed and scale, every file with its row count, size and SHA-256, and the city
/// figures counted from the files (not from the plan), for a check against DOMAIN.md section 5.
/// </summary>
public sealed record Manifest(
    string Generator, int Seed, string Scale, IReadOnlyList<ManifestFile> Files, CityFigures Figures, Compliance1257N Compliance)
{
    public const string FileName = "manifest.json";
    public const string Version = "seeds-6";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public void Write(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");

    public static Manifest Read(string directory) =>
        JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(directory, FileName)), Json)
        ?? throw new InvalidDataException($"{directory}/{FileName} is empty.");
}

/// <summary>The figures of DOMAIN.md section 5 as the dataset holds them.</summary>
public sealed record CityFigures(
    int RegisteredVolunteers,
    int VolunteerTeams,
    int VolunteerActivities,
    int DualReportedPartyMembers,
    int GridAndCompoundBranches,
    int PropertyCompanyBranches,
    int OwnersAndPropertyCommittees,
    int PilotCompounds,
    int CompoundCategories,
    int CountyGovernanceCentres,
    int StreetDemonstrationCentres,
    int CityIncubationCentres,
    int CityIncubationCentreSquareMetres,
    int CountyIncubationCentres,
    int Graded5A,
    int Graded4A,
    int Graded3A,
    int FiledCommunitySocialOrganisations,
    int RedPairingProjects,
    int CommunityCharityFunds,
    long DonationsFen,
    int CharitySupermarkets,
    int LotteryOutlets,
    int SixServicesPersonTimes,
    int NewPartyServiceCentres,
    int RenovatedCommunityCentres,
    int NewCompoundStations,
    int FeaturedCommunities,
    long VolunteerServiceMinutes,
    long VolunteerPointsCredited);

/// <summary>1257N per the dataset: communities meeting all five conditions, and how many fall short of each.</summary>
public sealed record Compliance1257N(
    int Communities, int Meeting, int ShortOfRoom, int ShortOfSocialWorkers, int ShortOfOrganisations, int ShortOfTeams, int ShortOfCharityResources,
    IReadOnlyList<string> MeetingCommunities);
