namespace Platform.Reporting.Compliance;

/// <summary>What a community has of the 1257N standard's five elements.</summary>
public sealed record CommunityElements(int SocialWorkRooms, int SocialWorkers, int FiledCommunitySocialOrganisations, int VolunteerTeams, int CharityResources);

/// <summary>
/// 1257N: 1 social work room (社工室), at least 2 social workers, at least 5 filed community social organisations,
/// 7 volunteer teams and N ≥ 1 charity resources (funds, supermarkets, lottery outlets).
/// </summary>
public static class Standard1257N
{
    public static IReadOnlyList<string> Missing(CommunityElements e)
    {
        var missing = new List<string>();
        Check(missing, "social work room", e.SocialWorkRooms, 1);
        Check(missing, "social workers", e.SocialWorkers, 2);
        Check(missing, "filed community social organisations", e.FiledCommunitySocialOrganisations, 5);
        Check(missing, "volunteer teams", e.VolunteerTeams, 7);
        Check(missing, "charity resources", e.CharityResources, 1);
        return missing;
    }

    private static void Check(List<string> missing, string element, int has, int needs)
    {
        if (has < needs)
        {
            missing.Add($"{element}: {has} of {needs}");
        }
    }
}
