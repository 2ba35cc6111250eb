namespace Platform.Volunteers.Points;

/// <summary>
/// One line of a volunteer's love-points ledger (爱心积分). Lines are only ever appended; the balance is their sum.
/// Credits are positive, debits negative, a reversal gives a debit back.
/// </summary>
public sealed class PointsEntry
{
    private PointsEntry()
    {
    }

    public Guid Id { get; private init; }
    public Guid VolunteerId { get; private init; }
    public PointsEntryKind Kind { get; private init; }
    public long Points { get; private init; }
    /// <summary>The activity whose confirmed hours earned a credit.</summary>
    public Guid? ActivityId { get; private init; }
    /// <summary>Charity's redemption that a debit or reversal answers.</summary>
    public Guid? RedemptionId { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }

    public static PointsEntry Credit(Guid volunteerId, long points, Guid activityId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), VolunteerId = volunteerId, Kind = PointsEntryKind.Credit, Points = points, ActivityId = activityId, RecordedAt = now };

    public static PointsEntry Debit(Guid volunteerId, long points, Guid redemptionId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), VolunteerId = volunteerId, Kind = PointsEntryKind.Debit, Points = -points, RedemptionId = redemptionId, RecordedAt = now };

    public PointsEntry Reverse(DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), VolunteerId = VolunteerId, Kind = PointsEntryKind.Reversal, Points = -Points, RedemptionId = RedemptionId, RecordedAt = now };
}

public enum PointsEntryKind
{
    Credit = 1,
    Debit = 2,
    Reversal = 3,
}
