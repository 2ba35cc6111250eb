namespace Platform.Volunteers.Activities;

/// <summary>The audit record of an organiser's confirmation: what was checked, what was confirmed, and why they differ.</summary>
public sealed class HoursConfirmation
{
    private HoursConfirmation()
    {
    }

    public Guid Id { get; private init; }
    public Guid ActivityId { get; private init; }
    public Guid VolunteerId { get; private init; }
    public int CheckedMinutes { get; private init; }
    public int ConfirmedMinutes { get; private init; }
    public string? Reason { get; private init; }
    public DateTimeOffset ConfirmedAt { get; private init; }

    public bool Adjusted => CheckedMinutes != ConfirmedMinutes;

    /// <summary>The rules of a confirmation, as field → messages.</summary>
    public static Dictionary<string, string[]> Check(int checkedMinutes, int minutes, string? reason, Activity activity)
    {
        var errors = new Dictionary<string, string[]>();
        if (minutes < 0)
        {
            errors["minutes"] = ["Hours cannot be negative."];
        }
        else if (minutes > activity.Window.TotalMinutes)
        {
            errors["minutes"] = ["Hours cannot exceed the activity's time window."];
        }

        if (minutes != checkedMinutes && string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = ["Hours that differ from the checked time need a reason."];
        }

        return errors;
    }

    public static HoursConfirmation Record(Participation participation, int minutes, string? reason, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), ActivityId = participation.ActivityId, VolunteerId = participation.VolunteerId,
            CheckedMinutes = participation.CheckedMinutes, ConfirmedMinutes = minutes, Reason = reason?.Trim(), ConfirmedAt = now,
        };
}
