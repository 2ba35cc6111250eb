namespace Platform.Seeds.Generator.City;

/// <summary>
/// Decides the 1257N elements per community. The meeting communities (龙镇社区 first) get everything 1257N asks; a
/// "near miss" group gets a room, workers and seven teams but too few organisations or no charity resource; the rest
/// get what is left, capped below seven teams and five organisations, so they fall short in several ways.
/// </summary>
public static class ShareBuilder
{
    public static CommunityShares Build(Targets targets, CityRegions regions, SeedRandom random)
    {
        var codes = regions.Communities.Select(c => c.Code).ToList();
        var others = random.Shuffled(codes.Where(c => c != RegionBuilder.LongzhenCommunity));
        var meeting = new List<string> { RegionBuilder.LongzhenCommunity };
        meeting.AddRange(others.Take(targets.Meeting1257N - 1));
        var rest = others.Skip(targets.Meeting1257N - 1).ToList();
        var nearMiss = rest.Take(Math.Max(1, targets.Meeting1257N / 2)).ToList();
        var meetingSet = meeting.ToHashSet();

        var rooms = meeting.Concat(nearMiss).Concat(rest.Skip(nearMiss.Count).Take(targets.ExtraSocialWorkRooms)).ToHashSet();
        var workers = codes.ToDictionary(c => c, c =>
            meetingSet.Contains(c) || nearMiss.Contains(c) ? random.Next(2, 5) : rooms.Contains(c) ? random.Next(0, 3) : 0);

        var filed = Allocate(codes, targets.FiledCommunityOrganisations, meetingSet, 5, 7, 4, random);
        var teamCap = nearMiss.ToHashSet();
        var teams = Allocate(codes, targets.Teams, meetingSet.Concat(teamCap).ToHashSet(), 7, 9, 6, random);
        // Near misses have seven teams but at most four organisations and no charity resource.
        foreach (var code in nearMiss)
        {
            filed[code] = Math.Min(filed[code], 4);
        }

        Rebalance(filed, targets.FiledCommunityOrganisations, codes.Where(c => !meetingSet.Contains(c) && !teamCap.Contains(c)).ToList(), 4, random);

        var funds = meeting.Take(targets.Funds).ToList();
        var supermarketsInMeeting = meeting.Skip(funds.Count).ToList();
        var supermarkets = supermarketsInMeeting
            .Concat(rest.Skip(nearMiss.Count).Take(targets.Supermarkets - supermarketsInMeeting.Count)).ToList();
        var outlets = funds.Take(targets.LotteryOutlets).ToList();

        var volunteerCounts = random.Split(targets.Volunteers, codes.Count, spread: 2.0);
        return new CommunityShares
        {
            Meeting = meeting, Rooms = rooms, SocialWorkers = workers, FiledOrganisations = filed, Teams = teams,
            Volunteers = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => volunteerCounts[x.i]),
            FundCommunities = funds, SupermarketCommunities = supermarkets, OutletCommunities = outlets,
        };
    }

    /// <summary><paramref name="total"/> over the communities: the favoured get min..max each, the others share the rest up to cap.</summary>
    private static Dictionary<string, int> Allocate(
        List<string> codes, int total, HashSet<string> favoured, int min, int max, int cap, SeedRandom random)
    {
        var shares = codes.ToDictionary(c => c, c => favoured.Contains(c) ? random.Next(min, max + 1) : 0);
        Rebalance(shares, total, codes.Where(c => !favoured.Contains(c)).ToList(), cap, random);
        return shares;
    }

    /// <summary>Adds or removes single units among <paramref name="pool"/> (each within 0..cap) until the shares sum to <paramref name="total"/>.</summary>
    private static void Rebalance(Dictionary<string, int> shares, int total, List<string> pool, int cap, SeedRandom random)
    {
        var sum = shares.Values.Sum();
        if (pool.Count * cap < total - sum)
        {
            throw new InvalidOperationException($"Cannot place {total - sum} more units under a cap of {cap}.");
        }

        if (sum - total > pool.Sum(c => shares[c]))
        {
            throw new InvalidOperationException($"The favoured communities alone exceed {total}.");
        }

        while (sum != total)
        {
            var code = random.Pick(pool);
            if (sum < total && shares[code] < cap)
            {
                shares[code]++;
                sum++;
            }
            else if (sum > total && shares[code] > 0)
            {
                shares[code]--;
                sum--;
            }
        }
    }
}
