namespace Platform.Contracts;

/// <summary>Levels of the administrative hierarchy, with the length of a code at each level.</summary>
public enum RegionLevel
{
    City = 1,
    County = 2,
    Street = 3,
    Community = 4,
    Grid = 5,
    Compound = 6,
}
