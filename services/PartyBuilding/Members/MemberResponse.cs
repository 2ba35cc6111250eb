using Platform.PersonalData;

namespace Platform.PartyBuilding.Members;

/// <param name="ResidentIdNumber">Masked, e.g. 5116**********1234.</param>
/// <param name="Phone">Masked, e.g. 138****5678.</param>
public sealed record MemberResponse(Guid Id, string Name, string ResidentIdNumber, string? Phone, Guid? OrganisationId, DateTimeOffset RegisteredAt);

internal static class MemberMapping
{
    public static MemberResponse ToResponse(this PartyMember m, PersonalDataProtector protector) =>
        new(m.Id, m.Name, ResidentIdNumber.Mask(protector.Decrypt(m.ResidentIdCipher)),
            m.PhoneCipher is null ? null : PhoneNumber.Mask(protector.Decrypt(m.PhoneCipher)), m.OrganisationId, m.RegisteredAt);
}
