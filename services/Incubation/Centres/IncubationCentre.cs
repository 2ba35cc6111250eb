using Platform.Contracts.Incubation;
using Platform.Contracts;
using Platform.Incubation.Shared;

namespace Platform.Incubation.Centres;

/// <summary>An incubation centre (孵化中心) of the city or of a county, with its floor area and functions.</summary>
public sealed class IncubationCentre
{
    private IncubationCentre()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public CentreLevel Level { get; private init; }
    public string RegionCode { get; private init; } = "";
    public int AreaSquareMetres { get; private init; }
    public List<string> Functions { get; private init; } = [];
    public DateTimeOffset EstablishedAt { get; private init; }

    /// <summary>A city centre sits at the city, a county centre at a county, both in this service's replica.</summary>
    public static Errors CheckEstablishment(CentreLevel level, RegionLevel? regionLevel) =>
        new Errors().When(regionLevel != (level == CentreLevel.City ? RegionLevel.City : RegionLevel.County), "regionCode",
            $"A {level.ToString().ToLowerInvariant()} centre sits at a live {(level == CentreLevel.City ? "city" : "county")} this service knows.");

    public static IncubationCentre Establish(string name, CentreLevel level, string regionCode, int area, IEnumerable<string>? functions, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), Name = name.Trim(), Level = level, RegionCode = regionCode, AreaSquareMetres = area,
            Functions = TextList.Normalise(functions), EstablishedAt = now,
        };

    /// <summary>A centre takes organisations of its own region's communities.</summary>
    public bool Serves(string communityCode) => Contracts.RegionCode.IsWithin(communityCode, RegionCode);

    public IncubationCentreEstablished Established() => new(Id, Name, Level, RegionCode, AreaSquareMetres, EstablishedAt);
}
