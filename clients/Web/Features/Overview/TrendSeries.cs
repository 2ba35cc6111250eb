using MudBlazor;
using Platform.Clients.Reporting.Models;

namespace Platform.Web.Features.Overview;

/// <summary>A region's monthly figures as a chart's labels and series, and as the rows of the table beside it.</summary>
public sealed record TrendSeries(IReadOnlyList<string> Months, IReadOnlyDictionary<string, IReadOnlyList<long>> Values)
{
    /// <summary>The monthly figures the overview charts: counts of the same order of magnitude.</summary>
    public static readonly IReadOnlyList<string> Charted = ["volunteersRegistered", "activitiesCompleted", "serviceRecords", "serviceBeneficiaries"];

    public static TrendSeries From(Trends? trends, IReadOnlyList<string> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var months = (trends?.Months ?? []).Select(m => (Month: m.Month ?? "", Figures: FigureValues.Of(m.Figures))).ToList();
        return new TrendSeries(
            [.. months.Select(m => m.Month)],
            figures.ToDictionary(f => f, f => (IReadOnlyList<long>)[.. months.Select(m => m.Figures.GetValueOrDefault(f))]));
    }

    public bool IsEmpty => Months.Count == 0;

    public List<ChartSeries<double>> Series(Func<string, string> nameOf) =>
        [.. Values.Select(v => new ChartSeries<double> { Name = nameOf(v.Key), Data = new ChartData<double>([.. v.Value.Select(x => (double)x)]) })];
}
