using Platform.Reporting.Statistics;

namespace Platform.Reporting.Records;

internal static class RecordCounters
{
    /// <summary>Adds records to the monthly figures, one upsert per community and month; call inside the records' transaction.</summary>
    public static async Task CountAsync(this StatisticsStore store, IEnumerable<ServiceRecord> records, CancellationToken ct)
    {
        foreach (var g in records.GroupBy(r => (r.CommunityCode, Month: CityMonth.Of(r.ServiceDate))))
        {
            await store.AddAsync(g.Key.CommunityCode, g.Key.Month, MonthlyFigures.ServiceRecords, g.Count(), ct);
            await store.AddAsync(g.Key.CommunityCode, g.Key.Month, MonthlyFigures.ServiceBeneficiaries, g.Sum(r => (long)r.Beneficiaries), ct);
        }
    }
}
