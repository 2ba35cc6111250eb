namespace Platform.Charity.Ledger;

/// <summary>
/// The ledger's accounts, named by code. An account's balance is its credits minus its debits: what a fund or a
/// collective economy account holds for its owner. The other accounts are the counterparts money comes from or goes
/// to, so their balances are negative.
/// </summary>
public static class Accounts
{
    /// <summary>Money received for funds and not yet banked (在途捐赠款).</summary>
    public const string DonationsInTransit = "donations-in-transit";

    /// <summary>A community charity fund (社区慈善基金).</summary>
    public static string Fund(Guid fundId) => $"fund:{fundId}";

    /// <summary>The fund an account code names, or null when it is not a fund's account.</summary>
    public static Guid? FundIdOf(string account) =>
        account.StartsWith("fund:", StringComparison.Ordinal) && Guid.TryParse(account.AsSpan(5), out var id) ? id : null;

    /// <summary>A community's collective economy account (社区集体经济账户).</summary>
    public static string Collective(string communityCode) => $"collective:{communityCode}";

    /// <summary>What a fund has paid out (已拨付).</summary>
    public static string DisbursementsPaid(Guid fundId) => $"disbursements-paid:{fundId}";

    /// <summary>The declared value of goods donated to a supermarket (物资捐赠).</summary>
    public static string GoodsInKind(Guid supermarketId) => $"goods-in-kind:{supermarketId}";

    /// <summary>A supermarket's stock of donated goods at declared value.</summary>
    public static string GoodsStock(Guid supermarketId) => $"goods-stock:{supermarketId}";

    /// <summary>A welfare-lottery outlet's community revenue to be shared (福彩公益金收入).</summary>
    public static string LotteryRevenue(Guid outletId) => $"lottery-revenue:{outletId}";
}
