using Platform.Contracts;

namespace Platform.Charity.Federations;

public sealed record FederationResponse(Guid Id, string Name, RegionLevel Level, string RegionCode, DateTimeOffset EstablishedAt);

internal static class FederationMapping
{
    public static FederationResponse ToResponse(this Federation f) => new(f.Id, f.Name, f.Level, f.RegionCode, f.EstablishedAt);
}
