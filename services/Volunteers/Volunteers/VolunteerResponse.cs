namespace Platform.Volunteers.Volunteers;

/// <summary>A volunteer as clients see it: ID number and phone only masked.</summary>
public sealed record VolunteerResponse(
    Guid Id, string Name, string IdNumber, string? Phone, string CommunityCode, IReadOnlyList<string> Skills,
    bool IsPartyMember, RegistrationSource Source, DateTimeOffset RegisteredAt, uint Version);

internal static class VolunteerMapping
{
    public static VolunteerResponse ToResponse(this Volunteer v) =>
        new(v.Id, v.Name, v.IdNumberMasked, v.PhoneMasked, v.CommunityCode, v.Skills, v.IsPartyMember, v.Source, v.RegisteredAt, v.Version);
}
