using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Regions;

namespace Platform.PartyBuilding.Organisations;

/// <summary>A party organisation (党组织) at a region, with its secretary (书记), founding date and parent organisation.</summary>
public sealed class PartyOrganisation
{
    private PartyOrganisation()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private set; } = "";
    public PartyOrganisationKind Kind { get; private init; }
    public string RegionCode { get; private init; } = "";
    public Guid? ParentId { get; private init; }
    public string Secretary { get; private set; } = "";
    public DateOnly FoundedOn { get; private init; }
    public bool Dissolved { get; private set; }
    public DateTimeOffset? DissolvedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>Which kind may sit at which region and under which parent, as field → messages.</summary>
    public static Dictionary<string, string[]> CheckEstablishment(PartyOrganisationKind kind, Region? region, PartyOrganisation? parent,
        Region? parentRegion, bool parentGiven)
    {
        var errors = new Dictionary<string, string[]>();
        var rule = PlacementRule.Of(kind);
        if (region is null || region.Retired)
        {
            errors["regionCode"] = ["No live region has this code."];
            return errors;
        }

        if (!rule.RegionLevels.Contains(region.Level))
        {
            errors["regionCode"] = [$"A {kind} sits at a {string.Join(" or ", rule.RegionLevels)}, not a {region.Level}."];
            return errors;
        }

        if (rule.ParentKind is null)
        {
            if (parentGiven)
            {
                errors["parentId"] = [$"A {kind} has no parent organisation here."];
            }
        }
        else if (!parentGiven)
        {
            errors["parentId"] = [$"A {kind} needs a parent {rule.ParentKind}."];
        }
        else if (parent is null || parent.Dissolved)
        {
            errors["parentId"] = ["No active party organisation has this id."];
        }
        else if (parent.Kind != rule.ParentKind)
        {
            errors["parentId"] = [$"A {kind} sits under a {rule.ParentKind}, not a {parent.Kind}."];
        }
        else if (parentRegion is null || !rule.ParentCovers(parentRegion, region))
        {
            errors["parentId"] = [$"The parent {parent.Kind} is not responsible for region {region.Code}."];
        }

        return errors;
    }

    public static PartyOrganisation Establish(string name, PartyOrganisationKind kind, string regionCode, Guid? parentId, string secretary,
        DateOnly foundedOn, DateTimeOffset now, Guid? id = null) =>
        new()
        {
            Id = id ?? Guid.CreateVersion7(now), Name = name.Trim(), Kind = kind, RegionCode = regionCode, ParentId = parentId,
            Secretary = secretary.Trim(), FoundedOn = foundedOn, Version = 1,
        };

    public void Dissolve(DateTimeOffset now)
    {
        Dissolved = true;
        DissolvedAt = now;
        Version++;
    }

    public PartyOrganisationEstablished Established(DateTimeOffset now) =>
        new(Id, Name, Kind.ToString(), RegionCode, ParentId, Secretary, FoundedOn, now);

    public PartyOrganisationDissolved DissolvedEvent(DateTimeOffset now) => new(Id, Kind.ToString(), RegionCode, now);
}
