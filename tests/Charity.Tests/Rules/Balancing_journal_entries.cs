using Platform.Charity.Ledger;

namespace Platform.Charity.Tests.Rules;

/// <summary>In memory: an entry is created only when it balances, and its reversal balances too.</summary>
public sealed class Balancing_journal_entries
{
    private static readonly string[] AccountCodes = [Accounts.DonationsInTransit, Accounts.Fund(Guid.NewGuid()), Accounts.Collective("511603001001"), "x", "y"];

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_lines_make_an_entry_exactly_when_debits_equal_credits(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 5_000; i++)
        {
            var lines = Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(3) switch
            {
                0 => JournalLine.Debit(AccountCodes[random.Next(AccountCodes.Length)], random.NextInt64(-2, 1_000)),
                1 => JournalLine.Credit(AccountCodes[random.Next(AccountCodes.Length)], random.NextInt64(-2, 1_000)),
                _ => new JournalLine(AccountCodes[random.Next(AccountCodes.Length)], random.NextInt64(0, 3), random.NextInt64(0, 3)),
            }).ToList();
            if (random.Next(2) == 0 && lines.Sum(l => l.DebitFen - l.CreditFen) is var gap && gap != 0)
            {
                lines.Add(gap > 0 ? JournalLine.Credit("z", gap) : JournalLine.Debit("z", -gap));
            }

            var valid = lines.Count >= 2 && lines.All(l => l.IsOneSided) && lines.Sum(l => l.DebitFen) == lines.Sum(l => l.CreditFen);
            if (valid)
            {
                var entry = JournalEntry.Create(JournalEntryKind.Donation, "511603001001", Guid.NewGuid(), "test", DateTimeOffset.UtcNow, lines);
                var reversal = entry.Reverse("undo", DateTimeOffset.UtcNow);
                Assert.Equal(entry.Lines.Sum(l => l.DebitFen), entry.Lines.Sum(l => l.CreditFen));
                Assert.Equal(entry.Id, reversal.ReversesId);
                foreach (var account in entry.Lines.Select(l => l.Account).Distinct())
                {
                    Assert.Equal(0, entry.Lines.Concat(reversal.Lines).Where(l => l.Account == account).Sum(l => l.CreditFen - l.DebitFen));
                }
            }
            else
            {
                Assert.Throws<UnbalancedEntryException>(() =>
                    JournalEntry.Create(JournalEntryKind.Donation, "511603001001", Guid.NewGuid(), "test", DateTimeOffset.UtcNow, lines));
            }
        }
    }
}
