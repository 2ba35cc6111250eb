namespace Platform.PartyBuilding.Members;

/// <summary>A party member (党员). The resident ID number and phone are stored encrypted; the keyed hash makes the ID unique.</summary>
public sealed class PartyMember
{
    private PartyMember()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private set; } = "";
    public byte[] ResidentIdCipher { get; private init; } = [];
    public byte[] ResidentIdHash { get; private init; } = [];
    public byte[]? PhoneCipher { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public DateTimeOffset RegisteredAt { get; private init; }

    public static PartyMember Register(string name, byte[] residentIdCipher, byte[] residentIdHash, byte[]? phoneCipher,
        Guid? organisationId, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), Name = name.Trim(), ResidentIdCipher = residentIdCipher, ResidentIdHash = residentIdHash,
            PhoneCipher = phoneCipher, OrganisationId = organisationId, RegisteredAt = now,
        };
}
