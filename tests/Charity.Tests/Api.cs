using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Platform.Charity.Disbursements;
using Platform.Charity.Donations;
using Platform.Charity.Federations;
using Platform.Charity.Funds;
using Platform.Charity.Lottery;
using Platform.Charity.Redemptions;
using Platform.Charity.Supermarkets;
using Platform.Testing;

namespace Platform.Charity.Tests;

/// <summary>The calls the tests make, over HTTP, with the answers they expect.</summary>
public static class Api
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected) => HttpAnswers.ReadAsync<T>(response, expected, Cancel);

    public static Task<HttpValidationProblemDetails> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string field) =>
        HttpAnswers.ProblemAsync(response, expected, field, Cancel);

    public static async Task<FederationResponse> EstablishFederationAsync(this HttpClient client, string name, string region) =>
        await (await client.PostAsJsonAsync("/api/charity/federations", new { name, regionCode = region }, Cancel))
            .ReadAsync<FederationResponse>(HttpStatusCode.Created);

    public static async Task<FundResponse> EstablishFundAsync(this HttpClient client, Guid federationId, string community) =>
        await (await client.PostAsJsonAsync("/api/charity/funds", new { name = $"{community} 社区慈善基金", federationId, communityCode = community }, Cancel))
            .ReadAsync<FundResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> DonateAsync(this HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/charity/donations") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyRecord.Header, idempotencyKey);
        }

        return client.SendAsync(request, Cancel);
    }

    public static object Money(Guid fundId, long amountFen, string? receipt = null, string donorKind = "Merchant", string? donorName = "广安某商家") =>
        new { kind = "Money", donorKind, donorName, amountFen, fundId, receiptNumber = receipt };

    /// <summary>A gift of a donor of its own: one donor's repeated gifts to a fund are limited (Limiting_donations).</summary>
    public static async Task<DonationResponse> DonateMoneyAsync(this HttpClient client, Guid fundId, long amountFen) =>
        await (await client.DonateAsync(Money(fundId, amountFen, donorName: $"广安某商家 {Guid.NewGuid():N}"))).ReadAsync<DonationResponse>(HttpStatusCode.Created);

    public static async Task<DonationResponse> DonateGoodsAsync(this HttpClient client, Guid supermarketId, string item, int quantity, long pointsPrice) =>
        await (await client.DonateAsync(new
        {
            kind = "Goods", donorKind = "Enterprise", donorName = "某企业", amountFen = quantity * 1_000L, supermarketId, itemName = item, quantity, pointsPrice,
        })).ReadAsync<DonationResponse>(HttpStatusCode.Created);

    public static async Task<DisbursementResponse> RequestDisbursementAsync(this HttpClient client, Guid fundId, long amountFen) =>
        await (await client.PostAsJsonAsync("/api/charity/disbursements",
            new { fundId, kind = "Assistance", amountFen, purpose = "困难家庭临时救助", beneficiary = "某困难家庭" }, Cancel))
            .ReadAsync<DisbursementResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, Guid disbursementId) =>
        client.PostAsync($"/api/charity/disbursements/{disbursementId}/approvals", null, Cancel);

    public static async Task<FundResponse> FundAsync(this HttpClient client, Guid fundId) =>
        await (await client.GetAsync($"/api/charity/funds/{fundId}", Cancel)).ReadAsync<FundResponse>(HttpStatusCode.OK);

    public static async Task<SupermarketResponse> OpenSupermarketAsync(this HttpClient client, string community) =>
        await (await client.PostAsJsonAsync("/api/charity/supermarkets", new { name = "爱心超市", communityCode = community }, Cancel))
            .ReadAsync<SupermarketResponse>(HttpStatusCode.Created);

    public static async Task<SupermarketResponse> SupermarketAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/charity/supermarkets/{id}", Cancel)).ReadAsync<SupermarketResponse>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> RedeemAsync(this HttpClient client, Guid supermarketId, Guid volunteerId, Guid stockItemId, int quantity = 1) =>
        client.PostAsJsonAsync($"/api/charity/supermarkets/{supermarketId}/redemptions", new { volunteerId, stockItemId, quantity }, Cancel);

    public static Task<RedemptionResponse> RedemptionEndsAsync(this HttpClient client, Guid redemptionId) =>
        Eventually.UntilAsync(
            async () => await (await client.GetAsync($"/api/charity/redemptions/{redemptionId}", Cancel)).ReadAsync<RedemptionResponse>(HttpStatusCode.OK),
            r => r.Status != RedemptionStatus.Reserved, TimeSpan.FromSeconds(60), $"redemption {redemptionId} to end", Cancel);

    public static async Task<LotteryOutletResponse> RegisterOutletAsync(this HttpClient client, string community, decimal fundSharePercent) =>
        await (await client.PostAsJsonAsync("/api/charity/lottery/outlets", new { name = "福彩销售点", communityCode = community, fundSharePercent }, Cancel))
            .ReadAsync<LotteryOutletResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> ReportSalesAsync(this HttpClient client, Guid outletId, DateOnly periodStart, long salesFen, long revenueFen) =>
        client.PostAsJsonAsync($"/api/charity/lottery/outlets/{outletId}/reports",
            new { periodStart, periodEnd = periodStart.AddMonths(1).AddDays(-1), salesFen, revenueFen }, Cancel);
}
