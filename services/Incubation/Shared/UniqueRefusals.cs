using Platform.Incubation.Rooms;
using Platform.ServiceDefaults.Problems;

namespace Platform.Incubation.Shared;

/// <summary>
/// Duplicates are stopped by unique indexes, not by reading first; saved with
/// <c>db.SaveOrRefuseAsync(UniqueRefusals.ByIndex, …)</c>, a violation of one of them becomes a refusal (409) that
/// names the field the client sent.
/// </summary>
public static class UniqueRefusals
{
    public static readonly IReadOnlyDictionary<string, Refusal> ByIndex = new Dictionary<string, Refusal>
    {
        ["ix_organisations_credit_code"] = new("creditCode", "An organisation with this unified social credit code is already registered."),
        ["ix_organisations_community_code_name"] = new("name", "The community already has an organisation of this name."),
        ["ix_centres_name"] = new("name", "A centre of this name already exists."),
        ["ix_social_workers_certificate_number"] = new("certificateNumber", "A social worker with this certificate number is already registered."),
        ["ix_social_work_rooms_community_code"] = new("communityCode", "The community already has its social work room."),
        [RoomAssignmentConfiguration.OneOpenAssignment] = new("socialWorkerId", "The social worker already serves in a room."),
    };
}
