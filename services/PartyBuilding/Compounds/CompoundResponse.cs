namespace Platform.PartyBuilding.Compounds;

public sealed record CompoundResponse(
    string Code, string CommunityCode, CompoundCategory Category, bool Pilot, string? PropertyCompany, CompoundCommittee Committee, int Version);

internal static class CompoundMapping
{
    public static CompoundResponse ToResponse(this Compound c) =>
        new(c.Code, c.CommunityCode, c.Category, c.Pilot, c.PropertyCompany, c.Committee, c.Version);
}
