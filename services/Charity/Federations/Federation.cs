using Platform.Contracts;

namespace Platform.Charity.Federations;

/// <summary>A charity federation (慈善会) of the city or of a county; community funds are set up under it.</summary>
public sealed class Federation
{
    private Federation()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public RegionLevel Level { get; private init; }
    /// <summary>The city's or county's 6-digit code; one federation per region.</summary>
    public string RegionCode { get; private init; } = "";
    public DateTimeOffset EstablishedAt { get; private init; }

    /// <summary>Why a federation cannot be set up for this region, as field → messages.</summary>
    public static Dictionary<string, string[]> CheckEstablishment(RegionLevel? regionLevel)
    {
        var errors = new Dictionary<string, string[]>();
        if (regionLevel is not (RegionLevel.City or RegionLevel.County))
        {
            errors["regionCode"] = ["A federation belongs to a live city or county known to this service."];
        }

        return errors;
    }

    public static Federation Establish(string name, RegionLevel level, string regionCode, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Name = name.Trim(), Level = level, RegionCode = regionCode, EstablishedAt = now };

    /// <summary>True when the community lies in this federation's city or county.</summary>
    public bool Covers(string communityCode) => Contracts.RegionCode.IsWithin(communityCode, RegionCode, Level);
}
