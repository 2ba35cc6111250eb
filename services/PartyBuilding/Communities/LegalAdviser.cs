namespace Platform.PartyBuilding.Communities;

/// <summary>The legal adviser of a community (一社区一法律顾问); the phone is stored encrypted.</summary>
public sealed class LegalAdviser
{
    private LegalAdviser()
    {
    }

    public string CommunityCode { get; private init; } = "";
    public string Name { get; private set; } = "";
    public string LawFirm { get; private set; } = "";
    public byte[]? PhoneCipher { get; private set; }
    public DateTimeOffset AppointedAt { get; private set; }
    public int Version { get; private set; }

    public static LegalAdviser Appoint(string communityCode) => new() { CommunityCode = communityCode };

    public void Set(string name, string lawFirm, byte[]? phoneCipher, DateTimeOffset now)
    {
        Name = name.Trim();
        LawFirm = lawFirm.Trim();
        PhoneCipher = phoneCipher;
        AppointedAt = now;
        Version++;
    }
}
