using Platform.Contracts.Incubation;

namespace Platform.Incubation.Centres;

public sealed record CentreResponse(
    Guid Id, string Name, CentreLevel Level, string RegionCode, int AreaSquareMetres, IReadOnlyList<string> Functions, DateTimeOffset EstablishedAt);

/// <summary>A centre with the organisations in incubation there that the caller may see.</summary>
public sealed record CentreDetailResponse(CentreResponse Centre, IReadOnlyList<IncubatingOrganisation> Incubating);

public sealed record IncubatingOrganisation(Guid Id, string Name, string CommunityCode);

public static class CentreMapping
{
    public static CentreResponse ToResponse(this IncubationCentre c) =>
        new(c.Id, c.Name, c.Level, c.RegionCode, c.AreaSquareMetres, c.Functions, c.EstablishedAt);
}
