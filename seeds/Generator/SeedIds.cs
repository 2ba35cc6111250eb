namespace Platform.Seeds.Generator;

/// <summary>
/// Deterministic ids in the shape of UUID version 7 (time-ordered, so inserts stay index-friendly): a fixed timestamp
/// prefix, a kind number and a counter. The same seed therefore always names the same records.
/// </summary>
public static class SeedIds
{
    public const int Volunteer = 1;
    public const int Team = 2;
    public const int Activity = 3;
    public const int Organisation = 4;
    public const int Centre = 5;
    public const int Project = 6;
    public const int Room = 7;
    public const int SocialWorker = 8;
    public const int Federation = 9;
    public const int Fund = 10;
    public const int Donation = 11;
    public const int Supermarket = 12;
    public const int Outlet = 13;
    public const int ServiceRecord = 14;
    public const int LotteryReport = 15;
    public const int PartyOrganisation = 16;

    public static Guid Of(int kind, long n) => new($"01960000-{kind:x4}-7000-8000-{n:x12}");
}
