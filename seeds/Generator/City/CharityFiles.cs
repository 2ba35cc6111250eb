using Platform.Contracts.Charity;

namespace Platform.Seeds.Generator.City;

/// <summary>
/// Charity federations (city and counties), community charity funds with money donations (at least the target in
/// fen), charity supermarkets with stock priced in love points and goods donations, lottery outlets with monthly sales.
/// </summary>
public static class CharityFiles
{
    private static readonly (string Item, string Unit, int Points)[] Goods =
    [
        ("大米 5kg", "袋", 300), ("食用油 5L", "桶", 450), ("洗衣液 2kg", "瓶", 180), ("毛巾", "条", 60), ("牙膏", "支", 40),
        ("酱油", "瓶", 50), ("面条 2kg", "袋", 90), ("鸡蛋 30枚", "盒", 200), ("保温杯", "个", 220), ("雨伞", "把", 120),
    ];

    private static readonly (DonorKind Kind, string Name, double Weight, int MinYuan, int MaxYuan)[] Donors =
    [
        (DonorKind.Merchant, "商户", 30, 200, 20_000), (DonorKind.Enterprise, "企业", 15, 5_000, 60_000),
        (DonorKind.StationedUnit, "驻区单位", 10, 1_000, 20_000), (DonorKind.Resident, "居民", 40, 20, 2_000),
        (DonorKind.Anonymous, "匿名", 5, 50, 10_000),
    ];

    public static void Write(GenerationContext context)
    {
        var random = context.Random(50);
        var regions = context.Regions;
        using var federations = context.Open("charity-federations.csv", "id", "name", "regionCode");
        var federationOf = new Dictionary<string, Guid> { [Targets.CityCode] = SeedIds.Of(SeedIds.Federation, 1) };
        federations.Row(federationOf[Targets.CityCode], "广安市慈善会", Targets.CityCode);
        foreach (var county in regions.Counties)
        {
            federationOf[county.Code] = SeedIds.Of(SeedIds.Federation, federationOf.Count + 1);
            federations.Row(federationOf[county.Code], $"{county.Name}慈善会", county.Code);
        }

        context.Done(federations);

        using var funds = context.Open("charity-funds.csv", "id", "name", "communityCode", "federationId", "establishedOn");
        var fundOf = new Dictionary<string, Guid>();
        foreach (var code in context.Shares.FundCommunities)
        {
            var community = regions.Community(code);
            fundOf[code] = SeedIds.Of(SeedIds.Fund, fundOf.Count + 1);
            funds.Row(fundOf[code], $"{community.Name}慈善基金", code, federationOf[community.CountyCode],
                GenerationContext.Day(random, new DateOnly(2021, 9, 1), new DateOnly(2022, 5, 31)));
            context.Tally.Add("funds");
        }

        context.Done(funds);
        var supermarkets = WriteSupermarkets(context, random);
        WriteDonations(context, fundOf, supermarkets, random);
        WriteLottery(context, fundOf, random);
    }

    private static Dictionary<string, Guid> WriteSupermarkets(GenerationContext context, SeedRandom random)
    {
        using var file = context.Open("charity-supermarkets.csv", "id", "name", "communityCode", "openedOn");
        using var stock = context.Open("supermarket-stock.csv", "supermarketId", "item", "unit", "pricePoints", "quantity");
        var ids = new Dictionary<string, Guid>();
        foreach (var code in context.Shares.SupermarketCommunities)
        {
            var id = ids[code] = SeedIds.Of(SeedIds.Supermarket, ids.Count + 1);
            file.Row(id, $"{context.Regions.Community(code).Name}爱心超市", code, GenerationContext.Day(random, new DateOnly(2022, 6, 1), new DateOnly(2023, 12, 31)));
            foreach (var (item, unit, points) in random.Shuffled(Goods).Take(random.Next(5, Goods.Length + 1)))
            {
                stock.Row(id, item, unit, points, random.Next(10, 201));
            }

            context.Tally.Add("supermarkets");
        }

        context.Done(file);
        context.Done(stock);
        return ids;
    }

    private static void WriteDonations(GenerationContext context, Dictionary<string, Guid> funds, Dictionary<string, Guid> supermarkets, SeedRandom random)
    {
        using var file = context.Open("donations.csv", "id", "receiptNumber", "kind", "donorKind", "donorName", "amountFen", "fundId", "supermarketId",
            "communityCode", "receivedAt");
        var weights = Donors.Select(d => d.Weight).ToArray();
        var fundList = funds.ToList();
        var marketList = supermarkets.ToList();
        var names = new Names.PlaceNames(random);
        long money = 0;
        var n = 0;
        var start = new DateTimeOffset(2022, 6, 1, 1, 0, 0, TimeSpan.Zero);
        while (money < context.Targets.DonationsAtLeastFen)
        {
            var donor = Donors[random.PickWeighted(weights, weights.Sum())];
            var goods = marketList.Count > 0 && random.Chance(0.15);
            var (community, target) = goods ? marketList[random.Next(0, marketList.Count)] : fundList[random.Next(0, fundList.Count)];
            var amount = random.Next(donor.MinYuan, donor.MaxYuan + 1) * 100L;
            var donorName = donor.Kind switch
            {
                DonorKind.Merchant => $"{names.Word()}超市",
                DonorKind.Enterprise => names.Company("实业"),
                DonorKind.StationedUnit => $"{names.Word()}供电所",
                DonorKind.Resident => "爱心居民",
                _ => null,
            };
            n++;
            file.Row(SeedIds.Of(SeedIds.Donation, n), $"GACS-{n:D6}", goods ? DonationKind.Goods : DonationKind.Money, donor.Kind, donorName, amount,
                goods ? null : target, goods ? target : null, community, start.AddMinutes(random.Next(0, 60 * 24 * 700)));
            if (!goods)
            {
                money += amount;
            }
        }

        context.Tally.Add("donationsFen", money);
        context.Done(file);
    }

    private static void WriteLottery(GenerationContext context, Dictionary<string, Guid> funds, SeedRandom random)
    {
        using var outlets = context.Open("lottery-outlets.csv", "id", "name", "communityCode", "fundId", "fundSharePercent", "registeredOn");
        using var sales = context.Open("lottery-sales.csv", "id", "outletId", "periodStart", "periodEnd", "salesFen", "communityRevenueFen");
        var reports = 0;
        foreach (var code in context.Shares.OutletCommunities)
        {
            var id = SeedIds.Of(SeedIds.Outlet, outlets.Rows + 1);
            var percent = random.Next(3, 7) * 10;
            outlets.Row(id, $"{context.Regions.Community(code).Name}福彩销售点", code, funds[code], percent, new DateOnly(2023, 1, 1));
            for (var month = new DateOnly(2023, 1, 1); month < new DateOnly(2024, 6, 1); month = month.AddMonths(1))
            {
                var salesFen = random.Next(40_000, 160_001) * 100L;
                // The community's share of sales (the outlet's commission), 7 %, to the fen.
                sales.Row(SeedIds.Of(SeedIds.LotteryReport, ++reports), id, month, month.AddMonths(1).AddDays(-1), salesFen, salesFen * 7 / 100);
            }

            context.Tally.Add("outlets");
        }

        context.Done(outlets);
        context.Done(sales);
    }
}
