using Platform.Contracts;
using Platform.Contracts.PartyBuilding;

namespace Platform.PartyBuilding.Regions;

/// <summary>A node of the city → county → street → community → grid / compound hierarchy (行政区划与网格).</summary>
public sealed class Region
{
    private Region()
    {
    }

    public string Code { get; private init; } = "";
    public string Name { get; private set; } = "";
    public RegionLevel Level { get; private init; }
    public string? ParentCode { get; private set; }

    /// <summary>
    /// Where the node sits now, for subtree queries by prefix: its code, except for a grid moved to another community,
    /// whose path is the new community's code and its own last three digits (its code, which records refer to, stays).
    /// </summary>
    public string Path { get; private set; } = "";
    public bool Retired { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset RegisteredAt { get; private init; }

    /// <summary>The rules a new region must satisfy against its parent, as field → messages.</summary>
    public static Dictionary<string, string[]> CheckRegistration(string code, RegionLevel level, string? parentCode, Region? parent)
    {
        var errors = new Dictionary<string, string[]>();
        if (RegionCode.Problem(code, level) is { } codeProblem)
        {
            errors["code"] = [codeProblem];
        }

        var expectedParent = RegionCode.ParentLevelOf(level);
        if (expectedParent is null)
        {
            if (parentCode is not null)
            {
                errors["parentCode"] = ["A city has no parent region."];
            }
        }
        else if (parentCode is null)
        {
            errors["parentCode"] = [$"A {Describe(level)} needs a parent {Describe(expectedParent.Value)}."];
        }
        else if (parent is null || parent.Retired)
        {
            errors["parentCode"] = ["No live region has this code."];
        }
        else if (parent.Level != expectedParent)
        {
            errors["parentCode"] = [$"A {Describe(level)} sits under a {Describe(expectedParent.Value)}, not a {Describe(parent.Level)}."];
        }
        else if (!errors.ContainsKey("code") && !RegionCode.IsWithin(code, parent.Code, parent.Level))
        {
            errors["code"] = [$"The code must start with its parent's prefix {RegionCode.SubtreePrefix(parent.Code, parent.Level)}."];
        }

        return errors;
    }

    public static Region Register(string code, string name, RegionLevel level, string? parentCode, DateTimeOffset now) =>
        new() { Code = code, Name = name.Trim(), Level = level, ParentCode = parentCode, Path = code, Version = 1, RegisteredAt = now };

    public bool IsLeaf => Level is RegionLevel.Grid or RegionLevel.Compound;

    public void Rename(string name)
    {
        Name = name.Trim();
        Version++;
    }

    /// <summary>Why this region cannot move under <paramref name="community"/>, as field → messages (empty when it can).</summary>
    public Dictionary<string, string[]> CheckMove(Region? community)
    {
        var errors = new Dictionary<string, string[]>();
        if (Level != RegionLevel.Grid)
        {
            errors["code"] = ["Only a grid (网格) moves between communities."];
        }
        else if (community is null || community.Retired || community.Level != RegionLevel.Community)
        {
            errors["parentCode"] = ["No live community has this code."];
        }
        else if (community.Code == ParentCode)
        {
            errors["parentCode"] = ["The grid already belongs to this community."];
        }

        return errors;
    }

    public void MoveTo(Region community)
    {
        ParentCode = community.Code;
        Path = community.Path + Code[^3..];
        Version++;
    }

    public void Retire()
    {
        Retired = true;
        Version++;
    }

    public RegionRegistered Registered(DateTimeOffset now) => new(Code, Name, Level, ParentCode, Version, now);

    public RegionChanged Changed(DateTimeOffset now) => new(Code, Name, Level, ParentCode, Version, now);

    public RegionRetired RetiredEvent(DateTimeOffset now) => new(Code, Name, Level, ParentCode, Version, now);

    private static string Describe(RegionLevel level) => level.ToString().ToLowerInvariant();
}
