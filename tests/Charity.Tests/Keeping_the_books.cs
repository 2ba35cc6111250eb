using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Charity.Disbursements;
using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Charity.Lottery;

namespace Platform.Charity.Tests;

/// <summary>Against the database: random sequences of operations keep every entry balanced and every balance a sum.</summary>
public sealed class Keeping_the_books(CharityFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Any_sequence_of_operations_keeps_entries_balanced_and_each_balance_the_sum_of_its_lines(int seed)
    {
        var random = new Random(seed);
        var community = await fixture.NewCommunityAsync();
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, community);
        var outlet = await fixture.Client.RegisterOutletAsync(community, random.Next(0, 10_001) / 100m);
        var (expectedFund, expectedCollective, month) = (0L, 0L, 0);
        for (var step = 0; step < 40; step++)
        {
            switch (random.Next(4))
            {
                case 0:
                    var amount = random.NextInt64(1, 1_000_000);
                    await fixture.Client.DonateMoneyAsync(fund.Id, amount);
                    expectedFund += amount;
                    break;
                case 1:
                    var request = await fixture.Client.RequestDisbursementAsync(fund.Id, random.NextInt64(1, 600_000));
                    await (await fixture.Client.ApproveAsync(request.Id)).ReadAsync<DisbursementResponse>(HttpStatusCode.OK);
                    var paid = await fixture.SecondApprover.ApproveAsync(request.Id);
                    Assert.Equal(request.AmountFen <= expectedFund ? HttpStatusCode.OK : HttpStatusCode.Conflict, paid.StatusCode);
                    expectedFund -= paid.IsSuccessStatusCode ? request.AmountFen : 0;
                    break;
                case 2:
                    var revenue = random.NextInt64(1, 10_000_000);
                    var report = await (await fixture.Client.ReportSalesAsync(outlet.Id, new DateOnly(2020, 1, 1).AddMonths(month++), revenue * 10, revenue))
                        .ReadAsync<SalesReportResponse>(HttpStatusCode.Created);
                    Assert.Equal(revenue, report.FundShareFen + report.CollectiveShareFen);
                    expectedFund += report.FundShareFen;
                    expectedCollective += report.CollectiveShareFen;
                    break;
                default:
                    var entries = await fixture.InDbAsync(db => db.JournalEntries.AsNoTracking().Include(e => e.Lines)
                        .Where(e => e.CommunityCode == community && e.ReversesId == null).ToListAsync(Cancel));
                    if (entries.Count == 0)
                    {
                        break;
                    }

                    var entry = entries[random.Next(entries.Count)];
                    var reversal = await fixture.Client.PostAsJsonAsync($"/api/charity/ledger/entries/{entry.Id}/reversal", new { reason = "更正" }, Cancel);
                    var fundChange = entry.Lines.Where(l => l.Account == Accounts.Fund(fund.Id)).Sum(l => l.DebitFen - l.CreditFen);
                    var alreadyReversed = await fixture.InDbAsync(db => db.JournalEntries.AnyAsync(e => e.ReversesId == entry.Id, Cancel));
                    if (reversal.IsSuccessStatusCode)
                    {
                        expectedFund += fundChange;
                        expectedCollective += entry.Lines.Where(l => l.Account == Accounts.Collective(community)).Sum(l => l.DebitFen - l.CreditFen);
                    }
                    else
                    {
                        Assert.Equal(HttpStatusCode.Conflict, reversal.StatusCode);
                        Assert.True(expectedFund + fundChange < 0 || alreadyReversed, "Only an overdraw or a second reversal is refused.");
                    }

                    break;
            }

            Assert.True(expectedFund >= 0);
            Assert.Equal(expectedFund, (await fixture.Client.FundAsync(fund.Id)).BalanceFen);
        }

        var accounts = await (await fixture.Client.GetAsync($"/api/charity/ledger/communities/{community}", Cancel)).ReadAsync<CommunityAccountsResponse>(HttpStatusCode.OK);
        Assert.Equal((expectedFund, expectedCollective), (accounts.FundBalanceFen, accounts.CollectiveBalanceFen));
        var unbalanced = await fixture.InDbAsync(db => db.JournalLines.GroupBy(l => l.EntryId)
            .Where(g => g.Sum(l => l.DebitFen) != g.Sum(l => l.CreditFen) || g.Count() < 2).CountAsync(Cancel));
        Assert.Equal(0, unbalanced);
        var statement = await (await fixture.Client.GetAsync($"/api/charity/funds/{fund.Id}/statement", Cancel)).ReadAsync<FundStatementResponse>(HttpStatusCode.OK);
        Assert.Equal(expectedFund, statement.ClosingBalanceFen);
        Assert.Equal(expectedFund, statement.Lines.Sum(l => l.CreditFen - l.DebitFen));
    }

    [Fact]
    public async Task The_journal_refuses_to_be_edited_or_deleted()
    {
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync());
        await fixture.Client.DonateMoneyAsync(fund.Id, 1_000);
        var account = Accounts.Fund(fund.Id);

        var edit = await Assert.ThrowsAsync<PostgresException>(() => fixture.InDbAsync(db =>
            db.JournalLines.Where(l => l.Account == account).ExecuteUpdateAsync(s => s.SetProperty(l => l.CreditFen, 1), Cancel)));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => fixture.InDbAsync(db =>
            db.JournalEntries.Where(e => e.Lines.Any(l => l.Account == account)).ExecuteDeleteAsync(Cancel)));

        Assert.Equal((PostgresErrorCodes.RestrictViolation, PostgresErrorCodes.RestrictViolation), (edit.SqlState, delete.SqlState));
        Assert.Equal(1_000, (await fixture.Client.FundAsync(fund.Id)).BalanceFen);
    }

    [Fact]
    public async Task The_database_refuses_an_entry_that_does_not_balance()
    {
        var entry = Guid.NewGuid();
        var failure = await Assert.ThrowsAsync<PostgresException>(() => fixture.InDbAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO journal_entries (id, kind, community_code, source_id, memo, recorded_at) VALUES ({entry}, 'Donation', '511603001001', {entry}, 'bad', now());
            INSERT INTO journal_lines (entry_id, number, account, debit_fen, credit_fen) VALUES ({entry}, 1, 'x', 100, 0), ({entry}, 2, 'y', 0, 99);
            """, Cancel)));

        Assert.Equal(PostgresErrorCodes.CheckViolation, failure.SqlState);
        Assert.False(await fixture.InDbAsync(db => db.JournalEntries.AnyAsync(e => e.Id == entry, Cancel)));
    }

    [Fact]
    public async Task A_funds_journal_exports_as_csv_with_a_bom_and_a_running_balance()
    {
        var fund = await fixture.Client.EstablishFundAsync(fixture.FederationId, await fixture.NewCommunityAsync());
        await fixture.Client.DonateMoneyAsync(fund.Id, 1_000);
        await fixture.Client.DonateMoneyAsync(fund.Id, 2_500);

        var response = await fixture.Gateway.GetAsync($"/api/charity/funds/{fund.Id}/journal.csv", Cancel);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("entry_id,recorded_at,kind,memo,debit_fen,credit_fen,balance_fen", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(",0,2500,3500", lines[2], StringComparison.Ordinal);
    }
}
