namespace Platform.Seeds.Generator;

/// <param name="Code">GB/T 2260 code.</param>
/// <param name="Streets">Streets and towns the dataset gives the county (synthetic, except the article's 大佛寺街道).</param>
public sealed record CountyPlan(string Code, string Name, int Streets);

/// <summary>
/// What a scale generates. <see cref="Full"/> reproduces every figure of DOMAIN.md section 5; <see cref="Sample"/> is
/// one street of 前锋区 with four communities, small enough for tests.
/// </summary>
public sealed record Targets(
    string Scale,
    IReadOnlyList<CountyPlan> Counties,
    int CommunitiesPerStreetMin,
    int CommunitiesPerStreetMax,
    int Volunteers,
    int Teams,
    int Activities,
    int DualReportedMembers,
    int GridAndCompoundBranches,
    int PropertyCompanyBranches,
    int Committees,
    int PilotCompounds,
    int CountyGovernanceCentres,
    int StreetDemonstrationCentres,
    int CountyIncubationCentres,
    int Graded5A,
    int Graded4A,
    int Graded3A,
    int FiledCommunityOrganisations,
    int RegisteredOrganisations,
    int RedPairingProjects,
    int OtherProjects,
    int Funds,
    long DonationsAtLeastFen,
    int Supermarkets,
    int LotteryOutlets,
    int SixServicesPersonTimes,
    int Meeting1257N,
    int ExtraSocialWorkRooms,
    int NewPartyServiceCentres,
    int RenovatedCommunityCentres,
    int NewCompoundStations,
    int FeaturedCommunities)
{
    public const string CityCode = "511600";
    public const string CityName = "广安市";
    public const int CityIncubationCentreSquareMetres = 2_700;

    public static readonly Targets Full = new(
        "full",
        [
            new("511602", "广安区", 14), new("511603", "前锋区", 7), new("511621", "岳池县", 10),
            new("511622", "武胜县", 8), new("511623", "邻水县", 10), new("511681", "华蓥市", 6),
        ],
        CommunitiesPerStreetMin: 8, CommunitiesPerStreetMax: 15,
        Volunteers: 540_000, Teams: 2_641, Activities: 5_100, DualReportedMembers: 1_136,
        GridAndCompoundBranches: 1_604, PropertyCompanyBranches: 80, Committees: 226, PilotCompounds: 44,
        CountyGovernanceCentres: 6, StreetDemonstrationCentres: 37, CountyIncubationCentres: 7,
        Graded5A: 10, Graded4A: 15, Graded3A: 19, FiledCommunityOrganisations: 505, RegisteredOrganisations: 97,
        RedPairingProjects: 28, OtherProjects: 120, Funds: 34, DonationsAtLeastFen: 300_000_000, Supermarkets: 19,
        LotteryOutlets: 6, SixServicesPersonTimes: 210_000, Meeting1257N: 40, ExtraSocialWorkRooms: 60,
        NewPartyServiceCentres: 9, RenovatedCommunityCentres: 127, NewCompoundStations: 17, FeaturedCommunities: 40);

    public static readonly Targets Sample = new(
        "sample",
        [new("511603", "前锋区", 1)],
        CommunitiesPerStreetMin: 4, CommunitiesPerStreetMax: 4,
        Volunteers: 2_000, Teams: 20, Activities: 30, DualReportedMembers: 8,
        GridAndCompoundBranches: 8, PropertyCompanyBranches: 2, Committees: 3, PilotCompounds: 2,
        CountyGovernanceCentres: 1, StreetDemonstrationCentres: 1, CountyIncubationCentres: 1,
        Graded5A: 1, Graded4A: 1, Graded3A: 1, FiledCommunityOrganisations: 8, RegisteredOrganisations: 3,
        RedPairingProjects: 1, OtherProjects: 2, Funds: 1, DonationsAtLeastFen: 1_000_000, Supermarkets: 1,
        LotteryOutlets: 1, SixServicesPersonTimes: 600, Meeting1257N: 1, ExtraSocialWorkRooms: 1,
        NewPartyServiceCentres: 1, RenovatedCommunityCentres: 2, NewCompoundStations: 1, FeaturedCommunities: 1);

    public static Targets Of(string scale) => scale switch
    {
        "full" => Full,
        "sample" => Sample,
        _ => throw new ArgumentException($"The scale is full or sample, not '{scale}'.", nameof(scale)),
    };
}
