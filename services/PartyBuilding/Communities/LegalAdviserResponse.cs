using Platform.PersonalData;

namespace Platform.PartyBuilding.Communities;

/// <param name="Phone">Masked, e.g. 138****5678.</param>
public sealed record LegalAdviserResponse(string CommunityCode, string Name, string LawFirm, string? Phone, DateTimeOffset AppointedAt, int Version);

internal static class LegalAdviserMapping
{
    public static LegalAdviserResponse ToResponse(this LegalAdviser a, PersonalDataProtector protector) =>
        new(a.CommunityCode, a.Name, a.LawFirm, a.PhoneCipher is null ? null : PhoneNumber.Mask(protector.Decrypt(a.PhoneCipher)), a.AppointedAt, a.Version);
}
