using Platform.Contracts;
using Platform.Contracts.PartyBuilding;

namespace Platform.PartyBuilding.GovernanceCentres;

/// <summary>A governance centre (综治中心) of a county or a street; a street's may be a demonstration centre (示范中心).</summary>
public sealed class GovernanceCentre
{
    private GovernanceCentre()
    {
    }

    public Guid Id { get; private init; }
    public string RegionCode { get; private init; } = "";
    public RegionLevel Level { get; private init; }
    public string Name { get; private set; } = "";
    public bool Demonstration { get; private set; }

    public static string? Problem(RegionLevel? regionLevel, bool demonstration) => regionLevel switch
    {
        null => "No live region has this code.",
        RegionLevel.County when demonstration => "Demonstration centres (示范中心) are at street level.",
        RegionLevel.County or RegionLevel.Street => null,
        _ => "A governance centre belongs to a county or a street.",
    };

    public static GovernanceCentre Open(string regionCode, RegionLevel level, string name, bool demonstration, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), RegionCode = regionCode, Level = level, Name = name.Trim(), Demonstration = demonstration };

    public GovernanceCentreOpened Opened(DateTimeOffset now) => new(Id, Name, RegionCode, Level, Demonstration, now);
}
