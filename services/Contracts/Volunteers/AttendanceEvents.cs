namespace Platform.Contracts.Volunteers;

/// <summary>
/// The participants of a past activity recorded in bulk (attendance import): how many, their confirmed minutes and the
/// love points credited, summed over the batch. One event per activity and import instead of one per participant, so
/// a city-sized import does not flood the broker; each participant's hours and credit stay in Volunteers' ledger.
/// </summary>
public sealed record AttendanceImported(
    Guid ImportId, Guid ActivityId, ActivityCategory Category, string CommunityCode, int Participants, long Minutes, long Points,
    DateTimeOffset ConfirmedAt);
