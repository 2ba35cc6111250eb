namespace Platform.Identity.Users;

public sealed record UserResponse(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string Region,
    Guid? OrganisationId, Guid? VolunteerId, bool Disabled);

internal static class UserMapping
{
    public static UserResponse ToResponse(this PlatformUser user, IEnumerable<string> roles) =>
        new(user.Id, user.UserName!, user.DisplayName, [.. roles], user.RegionCode, user.OrganisationId, user.VolunteerId, user.Disabled);
}
