using Platform.Contracts.Volunteers;

namespace Platform.Volunteers.Activities;

/// <summary>A volunteer service activity (志愿服务活动) organised by a team in a community, with a time window and a capacity.</summary>
public sealed class Activity
{
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(7);
    /// <summary>Volunteers may check in this long before the start.</summary>
    public static readonly TimeSpan EarlyCheckIn = TimeSpan.FromMinutes(30);
    /// <summary>And check out this long after the end (the organiser records late check-outs).</summary>
    public static readonly TimeSpan LateCheckOut = TimeSpan.FromHours(2);

    private Activity()
    {
    }

    public Guid Id { get; private init; }
    public string Title { get; private init; } = "";
    public ActivityCategory Category { get; private init; }
    public Guid OrganiserTeamId { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public DateTimeOffset StartsAt { get; private init; }
    public DateTimeOffset EndsAt { get; private init; }
    public int Capacity { get; private init; }
    /// <summary>Places taken; raised only by a conditional UPDATE so that concurrent sign-ups never exceed the capacity.</summary>
    public int SignedUp { get; private init; }
    public ActivityStatus Status { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public uint Version { get; private set; }

    public TimeSpan Window => EndsAt - StartsAt;

    public static Dictionary<string, string[]> CheckSchedule(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var errors = new Dictionary<string, string[]>();
        if (endsAt <= startsAt)
        {
            errors["endsAt"] = ["An activity ends after it starts."];
        }
        else if (endsAt - startsAt > LongestWindow)
        {
            errors["endsAt"] = ["An activity lasts at most 7 days."];
        }

        return errors;
    }

    public static Activity Plan(
        string title, ActivityCategory category, Guid organiserTeamId, string communityCode,
        DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity, DateTimeOffset now, Guid? id = null) =>
        new()
        {
            Id = id ?? Guid.CreateVersion7(now), Title = title.Trim(), Category = category, OrganiserTeamId = organiserTeamId,
            CommunityCode = communityCode, StartsAt = startsAt.ToUniversalTime(), EndsAt = endsAt.ToUniversalTime(),
            Capacity = capacity, Status = ActivityStatus.Open,
        };

    /// <summary>Why nobody can sign up now, or null.</summary>
    public string? SignUpProblem(DateTimeOffset now) =>
        Status != ActivityStatus.Open ? "The activity is no longer open."
        : now >= EndsAt ? "The activity has ended."
        : null;

    public bool AcceptsCheckInAt(DateTimeOffset at) => at >= StartsAt - EarlyCheckIn && at <= EndsAt;

    public bool AcceptsCheckOutAt(DateTimeOffset at) => at <= EndsAt + LateCheckOut;

    public string? Complete(DateTimeOffset now)
    {
        if (Status != ActivityStatus.Open)
        {
            return "The activity is already completed.";
        }

        if (now < StartsAt)
        {
            return "An activity cannot be completed before it starts.";
        }

        Status = ActivityStatus.Completed;
        CompletedAt = now;
        return null;
    }
}

public enum ActivityStatus
{
    Open = 1,
    Completed = 2,
}
