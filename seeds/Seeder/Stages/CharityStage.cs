using System.Globalization;
using Microsoft.Extensions.Logging;
using Platform.Seeds.Generator;
using Platform.Seeds.Generator.Output;

namespace Platform.Seeds.Seeder.Stages;

/// <summary>
/// Charity: federations, funds, supermarkets and lottery outlets one by one (few; a unique index answers 409 for what
/// exists), donations through the bulk path (10,000 a request, all or none; receipt numbers already stored are skipped),
/// and each new outlet's monthly sales reports. Charity gives its own ids and lists only funds and donations, so the
/// ids of existing federations and supermarkets are recovered from those lists.
/// </summary>
public static class CharityStage
{
    private const string Service = "charity";
    private const int DonationBatch = 10_000;
    private sealed record IdDto(Guid Id);

    private sealed record FundDto(Guid Id, Guid FederationId, string CommunityCode);

    private sealed record DonationDto(string ReceiptNumber, Guid? SupermarketId, string CommunityCode);

    private sealed record BulkDto(int Count);

    public static async Task<IReadOnlyList<StageResult>> RunAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var funds = (await context.Api.GetAllAsync<FundDto>(Service, $"/api/charity/funds?region={Targets.CityCode}", 200, cancellationToken))
            .ToDictionary(f => f.CommunityCode, StringComparer.Ordinal);
        var federations = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var supermarkets = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var results = new List<StageResult>
        {
            await Stage.RunAsync(context, "charity federations", () => FederationsAsync(context, funds, federations, cancellationToken)),
            await Stage.RunAsync(context, "charity funds", () => FundsAsync(context, funds, federations, cancellationToken)),
        };
        var stored = await context.Api.GetAllAsync<DonationDto>(Service, $"/api/charity/donations?region={Targets.CityCode}", 200, cancellationToken);
        results.Add(await Stage.RunAsync(context, "charity supermarkets", () => SupermarketsAsync(context, stored, supermarkets, cancellationToken)));
        results.Add(await Stage.RunAsync(context, "donations", () => DonationsAsync(context, stored, funds, supermarkets, cancellationToken)));
        results.Add(await Stage.RunAsync(context, "lottery outlets and reports", () => LotteryAsync(context, cancellationToken)));
        return results;
    }

    private static async Task<(int, int, int)> FederationsAsync(
        SeedContext context, Dictionary<string, FundDto> funds, Dictionary<string, Guid> federations, CancellationToken cancellationToken)
    {
        var records = context.Data.Read("charity-federations.csv");
        var known = funds.Values.GroupBy(f => f.CommunityCode[..6]).ToDictionary(g => g.Key, g => g.First().FederationId, StringComparer.Ordinal);
        var created = 0;
        foreach (var r in records)
        {
            if (known.TryGetValue(r["regionCode"], out var id))
            {
                federations[r["id"]] = id;
                continue;
            }

            // 409: it exists (its region has one); its id matters only to a fund still missing, which then fails clearly.
            if (await PostAsync(context, "/api/charity/federations", new { name = r["name"], regionCode = r["regionCode"] }, cancellationToken) is { } federation)
            {
                federations[r["id"]] = federation.Id;
                created++;
            }
        }

        return (records.Count, records.Count - created, created);
    }

    private static async Task<(int, int, int)> FundsAsync(
        SeedContext context, Dictionary<string, FundDto> funds, Dictionary<string, Guid> federations, CancellationToken cancellationToken)
    {
        var records = context.Data.Read("charity-funds.csv");
        var missing = records.Where(r => !funds.ContainsKey(r["communityCode"])).ToList();
        foreach (var r in missing)
        {
            var federation = federations.TryGetValue(r["federationId"], out var id) ? id
                : throw new InvalidOperationException($"The federation of {r["name"]} exists but has no fund the seeder could learn its id from.");
            var fund = await PostAsync(context, "/api/charity/funds", new { name = r["name"], federationId = federation, communityCode = r["communityCode"] }, cancellationToken)
                ?? throw new InvalidOperationException($"Charity refused the fund {r["name"]} with 409.");
            funds[r["communityCode"]] = new FundDto(fund.Id, federation, r["communityCode"]);
        }

        return (records.Count, records.Count - missing.Count, missing.Count);
    }

    private static async Task<(int, int, int)> SupermarketsAsync(
        SeedContext context, List<DonationDto> stored, Dictionary<string, Guid> supermarkets, CancellationToken cancellationToken)
    {
        var records = context.Data.Read("charity-supermarkets.csv");
        var byCommunity = stored.Where(d => d.SupermarketId is not null).GroupBy(d => d.CommunityCode)
            .ToDictionary(g => g.Key, g => g.First().SupermarketId!.Value, StringComparer.Ordinal);
        var created = 0;
        foreach (var r in records)
        {
            if (await PostAsync(context, "/api/charity/supermarkets", new { name = r["name"], communityCode = r["communityCode"] }, cancellationToken) is { } market)
            {
                supermarkets[r["id"]] = market.Id;
                created++;
            }
            else if (byCommunity.TryGetValue(r["communityCode"], out var id))
            {
                supermarkets[r["id"]] = id;
            }
        }

        return (records.Count, records.Count - created, created);
    }

    private static async Task<(int, int, int)> DonationsAsync(SeedContext context, List<DonationDto> stored,
        Dictionary<string, FundDto> funds, Dictionary<string, Guid> supermarkets, CancellationToken cancellationToken)
    {
        var records = context.Data.Read("donations.csv");
        var receipts = stored.Select(d => d.ReceiptNumber).ToHashSet(StringComparer.Ordinal);
        var stock = new GoodsStock(context.Data.Read("supermarket-stock.csv"), records);
        var missing = records.Where(r => !receipts.Contains(r["receiptNumber"])).ToList();
        var created = 0;
        foreach (var batch in missing.Chunk(DonationBatch))
        {
            var donations = batch.Select(r =>
            {
                var goods = r["kind"] == "Goods";
                (string Name, int Quantity, long PointsPrice)? item = goods ? stock.ItemOf(r) : null;
                return new
                {
                    kind = r["kind"], donorKind = r["donorKind"], donorName = r.Optional("donorName"), amountFen = long.Parse(r["amountFen"], CultureInfo.InvariantCulture),
                    fundId = goods ? (Guid?)null : funds[r["communityCode"]].Id,
                    supermarketId = goods ? supermarkets.TryGetValue(r["supermarketId"], out var id) ? id
                        : throw new InvalidOperationException($"The supermarket of {r["receiptNumber"]} exists but the seeder cannot learn its id.") : (Guid?)null,
                    receiptNumber = r["receiptNumber"], itemName = item?.Name, quantity = item?.Quantity, pointsPrice = item?.PointsPrice,
                };
            }).ToList();
            var report = await context.Api.SendAsync<BulkDto>(Service, HttpMethod.Post, "/api/charity/donations/bulk", PlatformClient.JsonBody(new { donations }), cancellationToken)
                ?? throw new InvalidOperationException("The donations batch met a receipt number already stored.");
            created += report.Count;
            context.Logger.LogInformation("donations: {Done:N0} of {Total:N0} sent", created, missing.Count);
        }

        return (records.Count, records.Count - missing.Count, created);
    }

    private static async Task<(int, int, int)> LotteryAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var outlets = context.Data.Read("lottery-outlets.csv");
        var sales = context.Data.Read("lottery-sales.csv").ToLookup(r => r["outletId"], StringComparer.Ordinal);
        var created = 0;
        foreach (var o in outlets)
        {
            var body = new { name = o["name"], communityCode = o["communityCode"], fundSharePercent = decimal.Parse(o["fundSharePercent"], CultureInfo.InvariantCulture) };
            // 409: registered by an earlier run, which sent its reports right after (a run cut off in between leaves them out).
            if (await PostAsync(context, "/api/charity/lottery/outlets", body, cancellationToken) is not { } outlet)
            {
                continue;
            }

            created++;
            foreach (var s in sales[o["id"]])
            {
                var report = new
                {
                    periodStart = s["periodStart"], periodEnd = s["periodEnd"], salesFen = long.Parse(s["salesFen"], CultureInfo.InvariantCulture),
                    revenueFen = long.Parse(s["communityRevenueFen"], CultureInfo.InvariantCulture),
                };
                created += await PostAsync(context, $"/api/charity/lottery/outlets/{outlet.Id}/reports", report, cancellationToken) is null ? 0 : 1;
            }
        }

        var planned = outlets.Count + outlets.Sum(o => sales[o["id"]].Count());
        return (planned, planned - created, created);
    }

    private static Task<IdDto?> PostAsync(SeedContext context, string path, object body, CancellationToken cancellationToken) =>
        context.Api.SendAsync<IdDto>(Service, HttpMethod.Post, path, PlatformClient.JsonBody(body), cancellationToken);

    /// <summary>
    /// The files give each supermarket's stock and its goods donations separately: each goods donation brings one of the
    /// supermarket's stock items (in turn), and an item's quantity is shared out exactly among the donations that bring it.
    /// </summary>
    private sealed class GoodsStock
    {
        private readonly Dictionary<string, (string Name, int Quantity, long PointsPrice)> _items = new(StringComparer.Ordinal);

        public GoodsStock(List<CsvRecord> stock, List<CsvRecord> donations)
        {
            var itemsOf = stock.GroupBy(s => s["supermarketId"]).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var market in donations.Where(d => d["kind"] == "Goods").GroupBy(d => d["supermarketId"]))
            {
                var items = itemsOf[market.Key];
                var assigned = market.Select((d, i) => (Donation: d, Item: items[i % items.Count])).GroupBy(a => a.Item);
                foreach (var item in assigned)
                {
                    var (quantity, count) = (int.Parse(item.Key["quantity"], CultureInfo.InvariantCulture), item.Count());
                    foreach (var (a, i) in item.Select((a, i) => (a, i)))
                    {
                        var share = Math.Max(1, (quantity / count) + (i < quantity % count ? 1 : 0));
                        _items[a.Donation["id"]] = (item.Key["item"], share, long.Parse(item.Key["pricePoints"], CultureInfo.InvariantCulture));
                    }
                }
            }
        }

        public (string Name, int Quantity, long PointsPrice) ItemOf(CsvRecord donation) => _items[donation["id"]];
    }
}
