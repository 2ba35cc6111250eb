using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers.Import;

/// <summary>One import request: its id (carried by every <c>VolunteersImported</c> it publishes) and its time.</summary>
public sealed record ImportBatch(Guid Id, DateTimeOffset At);
