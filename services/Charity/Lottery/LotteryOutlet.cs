using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Contracts.Charity;

namespace Platform.Charity.Lottery;

/// <summary>A welfare-lottery outlet (福彩销售点) run by a community as a special legal person; its revenue splits by <see cref="FundSharePercent"/>.</summary>
public sealed class LotteryOutlet
{
    private LotteryOutlet()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string CommunityCode { get; private init; } = "";
    /// <summary>The charity fund's share of the community's revenue, in percent with at most two decimals.</summary>
    public decimal FundSharePercent { get; private init; }
    public DateTimeOffset RegisteredAt { get; private init; }

    public static Dictionary<string, string[]> CheckRegistration(decimal fundSharePercent, string? communityProblem, bool communityHasFund)
    {
        var errors = new Dictionary<string, string[]>();
        if (RevenueSplit.RatioProblem(fundSharePercent) is { } ratio)
        {
            errors["fundSharePercent"] = [ratio];
        }

        if (communityProblem is not null)
        {
            errors["communityCode"] = [communityProblem];
        }
        else if (!communityHasFund)
        {
            errors["communityCode"] = ["The community has no charity fund to take its share."];
        }

        return errors;
    }

    public static LotteryOutlet Register(string name, string communityCode, decimal fundSharePercent, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Name = name.Trim(), CommunityCode = communityCode, FundSharePercent = fundSharePercent, RegisteredAt = now };

    public LotteryOutletRegistered Registered() => new(Id, Name, CommunityCode, FundSharePercent, RegisteredAt);

    /// <summary>A sales report's revenue, split by this outlet's ratio into two journal entries (a zero share posts none).</summary>
    public (SalesReport Report, IReadOnlyList<JournalEntry> Entries) Share(Fund fund, SalesFigures figures, DateTimeOffset now)
    {
        var split = RevenueSplit.Of(figures.RevenueFen, FundSharePercent);
        var report = SalesReport.Record(this, fund.Id, figures, split, now);
        var revenue = Accounts.LotteryRevenue(Id);
        var entries = new List<JournalEntry>();
        if (split.FundShareFen > 0)
        {
            entries.Add(JournalEntry.Create(JournalEntryKind.LotteryFundShare, CommunityCode, report.Id,
                $"Lottery {figures.PeriodStart:yyyy-MM-dd}–{figures.PeriodEnd:yyyy-MM-dd}: fund share {FundSharePercent}%", now,
                [JournalLine.Debit(revenue, split.FundShareFen), JournalLine.Credit(fund.Account, split.FundShareFen)]));
        }

        if (split.CollectiveShareFen > 0)
        {
            entries.Add(JournalEntry.Create(JournalEntryKind.LotteryCollectiveShare, CommunityCode, report.Id,
                $"Lottery {figures.PeriodStart:yyyy-MM-dd}–{figures.PeriodEnd:yyyy-MM-dd}: collective share", now,
                [JournalLine.Debit(revenue, split.CollectiveShareFen), JournalLine.Credit(Accounts.Collective(CommunityCode), split.CollectiveShareFen)]));
        }

        return (report, entries);
    }
}
