using Platform.Contracts.PartyBuilding;

namespace Platform.PartyBuilding.Compounds;

/// <summary>The profile of a residential compound (小区): category, pilot flag (试点示范小区), property company (物业企业) and committee.</summary>
public sealed class Compound
{
    private Compound()
    {
    }

    public string Code { get; private init; } = "";
    public string CommunityCode { get; private set; } = "";
    public CompoundCategory Category { get; private set; }
    public bool Pilot { get; private set; }
    public string? PropertyCompany { get; private set; }
    public CompoundCommittee Committee { get; private set; }
    public int Version { get; private set; }

    public static Compound Create(string code, string communityCode, CompoundCategory category, bool pilot, string? propertyCompany,
        CompoundCommittee committee) =>
        new()
        {
            Code = code, CommunityCode = communityCode, Category = category, Pilot = pilot,
            PropertyCompany = Blank(propertyCompany), Committee = committee, Version = 1,
        };

    public void Change(CompoundCategory category, bool pilot, string? propertyCompany, CompoundCommittee committee)
    {
        Category = category;
        Pilot = pilot;
        PropertyCompany = Blank(propertyCompany);
        Committee = committee;
        Version++;
    }

    public CompoundChanged Changed(DateTimeOffset now) =>
        new(Code, CommunityCode, Category.ToString(), Pilot, PropertyCompany, Committee.ToString(), Version, now);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
