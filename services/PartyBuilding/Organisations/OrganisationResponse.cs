namespace Platform.PartyBuilding.Organisations;

public sealed record OrganisationResponse(
    Guid Id, string Name, PartyOrganisationKind Kind, string RegionCode, Guid? ParentId, string Secretary, DateOnly FoundedOn,
    bool Dissolved, DateTimeOffset? DissolvedAt, int Version);

internal static class OrganisationMapping
{
    public static OrganisationResponse ToResponse(this PartyOrganisation o) =>
        new(o.Id, o.Name, o.Kind, o.RegionCode, o.ParentId, o.Secretary, o.FoundedOn, o.Dissolved, o.DissolvedAt, o.Version);
}
