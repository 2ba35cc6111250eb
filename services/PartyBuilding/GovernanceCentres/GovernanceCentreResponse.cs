using Platform.Contracts;

namespace Platform.PartyBuilding.GovernanceCentres;

public sealed record GovernanceCentreResponse(Guid Id, string RegionCode, RegionLevel Level, string Name, bool Demonstration);

internal static class GovernanceCentreMapping
{
    public static GovernanceCentreResponse ToResponse(this GovernanceCentre c) => new(c.Id, c.RegionCode, c.Level, c.Name, c.Demonstration);
}
