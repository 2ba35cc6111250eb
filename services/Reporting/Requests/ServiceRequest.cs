namespace Platform.Reporting.Requests;

/// <summary>What a resident or grid worker reports; each kind has its own deadline.</summary>
public enum RequestKind
{
    Need = 1,     // 需求
    Dispute = 2,  // 纠纷
    Hazard = 3,   // 隐患
}

public enum RequestState
{
    Reported = 1,
    Accepted = 2,
    Assigned = 3,
    Resolved = 4,
    Closed = 5,
}

public sealed record RequestTransition(RequestState From, RequestState To, string Actor, string? Note, DateTimeOffset At);

/// <summary>A service request: reported → accepted → assigned → resolved → closed, with a deadline by kind.</summary>
public sealed class ServiceRequest
{
    /// <summary>
    /// The key of the clock that deadlines are measured by: the platform's clock, registered apart so that a test can
    /// move request time forward without expiring the tokens the service validates with the same clock.
    /// </summary>
    public const string Clock = "service-request-clock";

    public static readonly IReadOnlyDictionary<RequestKind, TimeSpan> Deadlines = new Dictionary<RequestKind, TimeSpan>
    {
        [RequestKind.Hazard] = TimeSpan.FromHours(24),
        [RequestKind.Dispute] = TimeSpan.FromHours(72),
        [RequestKind.Need] = TimeSpan.FromDays(7),
    };

    public Guid Id { get; private init; }
    public RequestKind Kind { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public string Description { get; private init; } = "";
    public string? Address { get; private init; }
    public double? Latitude { get; private init; }
    public double? Longitude { get; private init; }
    public string? MediaUrl { get; private init; }
    public string ReportedBy { get; private init; } = "";
    public DateTimeOffset ReportedAt { get; private init; }
    public DateTimeOffset Deadline { get; private init; }
    public RequestState State { get; private set; }
    public string? AssignedTo { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public List<RequestTransition> History { get; private init; } = [];
    /// <summary>Counts the changes (1 when reported); a client that read one version cannot overwrite a later one.</summary>
    public int Version { get; private set; } = 1;

    public bool IsOpen => State is not (RequestState.Resolved or RequestState.Closed);

    public bool IsOverdue(DateTimeOffset now) => IsOpen && now > Deadline;

    public static ServiceRequest Report(RequestKind kind, string communityCode, string description, string? address,
        double? latitude, double? longitude, string? mediaUrl, string reportedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = kind,
        CommunityCode = communityCode,
        Description = description,
        Address = address,
        Latitude = latitude,
        Longitude = longitude,
        MediaUrl = mediaUrl,
        ReportedBy = reportedBy,
        ReportedAt = now,
        Deadline = now + Deadlines[kind],
        State = RequestState.Reported,
        UpdatedAt = now,
    };

    /// <summary>Moves one step along the workflow, or says why it cannot (an illegal transition is a conflict).</summary>
    public string? MoveTo(RequestState to, string actor, string? note, string? assignee, DateTimeOffset now)
    {
        var allowed = (State, to) switch
        {
            (RequestState.Reported, RequestState.Accepted) => true,
            (RequestState.Accepted or RequestState.Assigned, RequestState.Assigned) => true,
            (RequestState.Assigned, RequestState.Resolved) => true,
            (RequestState.Resolved, RequestState.Closed) => true,
            _ => false,
        };
        if (!allowed)
        {
            return $"A {State.ToString().ToLowerInvariant()} request cannot become {to.ToString().ToLowerInvariant()}.";
        }

        History.Add(new RequestTransition(State, to, actor, note, now));
        State = to;
        AssignedTo = assignee ?? AssignedTo;
        Notes = note ?? Notes;
        UpdatedAt = now;
        Version++;
        return null;
    }
}
