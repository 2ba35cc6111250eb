using Microsoft.Extensions.Options;
using Platform.Contracts.Volunteers;

namespace Platform.Volunteers.Points;

/// <summary>Points per confirmed hour, by activity category (<c>Volunteers:PointsPerHour:{Category}</c>, else <c>:Default</c>).</summary>
public sealed class PointsRates(IOptionsMonitor<PointsRatesOptions> options)
{
    public long PointsFor(ActivityCategory category, int minutes)
    {
        var rates = options.CurrentValue;
        var perHour = rates.TryGetValue(category.ToString(), out var rate) ? rate : rates.GetValueOrDefault("Default", 10);
        return perHour * minutes / 60;
    }
}

public sealed class PointsRatesOptions : Dictionary<string, long>;
